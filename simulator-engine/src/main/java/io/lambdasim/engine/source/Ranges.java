package io.lambdasim.engine.source;

import io.lambdasim.engine.Durations;

/** One-line range errors for the source settings: the key, the value and the allowed range. */
final class Ranges {

    private Ranges() {
    }

    static long check(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " " + value + " outside " + min + ".." + max);
        }
        return value;
    }

    static long checkDuration(String key, long us, long minUs, long maxUs) {
        if (us < minUs || us > maxUs) {
            throw new IllegalArgumentException(key + " " + Durations.format(us) + " outside "
                    + Durations.format(minUs) + ".." + Durations.format(maxUs));
        }
        return us;
    }

    static double checkShare(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " " + value + " outside 0..1");
        }
        return value;
    }
}
