package io.lambdasim.engine;

import java.util.Locale;

/**
 * Parses and formats the durations users type ({@code 250ms}, {@code 10m}, {@code 1.5s}, {@code 2h},
 * {@code 900}, {@code 100us}) into the engine's unit, a long count of microseconds.
 *
 * <p>A bare number means seconds, because that is what {@code --timeout 900} means to a Lambda user.
 */
public final class Durations {

    public static final long US_PER_MS = 1_000L;
    public static final long US_PER_S = 1_000_000L;
    public static final long US_PER_MIN = 60 * US_PER_S;
    public static final long US_PER_H = 60 * US_PER_MIN;
    public static final long US_PER_DAY = 24 * US_PER_H;

    private Durations() {
    }

    /** Microseconds in {@code text}; throws IllegalArgumentException naming the value otherwise. */
    /** The longest duration a setting may hold: 100 years of 365 days. */
    public static final long MAX_US = 36_500L * 24 * 3_600_000_000L;

    public static long parseUs(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration (expected e.g. 250ms, 10m, 1.5s, 2h)");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        String number = s.substring(0, i);
        String unit = s.substring(i).trim();
        long scale;
        switch (unit) {
            case "us": case "µs": scale = 1; break;
            case "ms": scale = US_PER_MS; break;
            case "": case "s": case "sec": scale = US_PER_S; break;
            case "m": case "min": scale = US_PER_MIN; break;
            case "h": scale = US_PER_H; break;
            case "d": scale = US_PER_DAY; break;
            default:
                throw new IllegalArgumentException("bad duration '" + text
                        + "': unit must be one of us, ms, s, m (or min), h, d");
        }
        try {
            double value = Double.parseDouble(number);
            if (value < 0 || Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            if (value * scale > MAX_US) {
                // Sums of times must stay far from overflowing a long.
                throw new IllegalArgumentException("duration '" + text + "' is too large: at most 36500d (100 years)");
            }
            return Math.round(value * scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad duration '" + text + "': expected a non-negative number and a unit, e.g. 250ms, 10m");
        }
    }

    /**
     * A length as people say it, for sentences: "7 days", "1 day", "2.01 hours", "45 minutes",
     * "12.5 seconds" (whole units when exact, else two decimals of the largest unit that fits).
     */
    public static String describe(long us) {
        long[] units = {US_PER_DAY, US_PER_H, US_PER_MIN, US_PER_S};
        String[] names = {"day", "hour", "minute", "second"};
        for (int i = 0; i < units.length; i++) {
            if (us >= units[i]) {
                double v = (double) us / units[i];
                String n = us % units[i] == 0 ? Long.toString(us / units[i])
                        : String.format(java.util.Locale.ROOT, "%.2f", v);
                return n + " " + names[i] + (n.equals("1") ? "" : "s");
            }
        }
        return String.format(java.util.Locale.ROOT, "%.3f ms", us / 1000.0);
    }

    /** A short human form: {@code 250ms}, {@code 10m}, {@code 1.5s}. */
    public static String format(long us) {
        if (us == Long.MAX_VALUE) {
            return "never";
        }
        if (us % US_PER_H == 0 && us != 0) {
            return us / US_PER_H + "h";
        }
        if (us % US_PER_MIN == 0 && us != 0) {
            return us / US_PER_MIN + "m";
        }
        if (us % US_PER_S == 0 && us != 0) {
            return us / US_PER_S + "s";
        }
        if (us % US_PER_MS == 0) {
            return us / US_PER_MS + "ms";
        }
        return us + "us";
    }
}
