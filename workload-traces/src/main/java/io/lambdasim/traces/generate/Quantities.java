package io.lambdasim.traces.generate;

import java.util.Locale;

/**
 * Parses the quantities of the spec: durations with a unit ({@code 80ms}, {@code 1.5s}, {@code 30d}),
 * rates ({@code 5/s}, {@code 120/m}), plain integers and times of day. One place so that "units
 * everywhere" means the same units everywhere.
 */
final class Quantities {

    static final long US_PER_MS = 1_000L;
    static final long US_PER_S = 1_000_000L;
    static final long US_PER_MIN = 60 * US_PER_S;
    static final long US_PER_HOUR = 60 * US_PER_MIN;
    static final long US_PER_DAY = 24 * US_PER_HOUR;

    /** Longest duration or horizon we accept: 100 years keeps every µs sum far from overflow. */
    private static final double MAX_US = 100 * 366 * (double) US_PER_DAY;

    static final String DURATION = "a duration such as 250us, 80ms, 1.5s, 10m, 2h or 30d";
    static final String RATE = "a rate such as 5/s, 120/m or 10/h";

    private Quantities() {
    }

    /** µs in one {@code unit}, or -1 when the unit is not one of us, ms, s, m, h, d. */
    static long unitUs(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "us": case "µs": return 1;
            case "ms": return US_PER_MS;
            case "s": return US_PER_S;
            case "m": return US_PER_MIN;
            case "h": return US_PER_HOUR;
            case "d": return US_PER_DAY;
            default: return -1;
        }
    }

    /** A non-negative duration with a unit, in µs (rounded to the nearest µs). */
    static long durationUs(SpecToken t) {
        int split = numberEnd(t);
        if (split == 0) {
            throw t.error(DURATION);
        }
        long unit = unitUs(t.sub(split).text());
        if (unit < 0) {
            throw t.error(DURATION + " (units us, ms, s, m, h, d)");
        }
        double us = number(t.sub(0, split), DURATION) * unit;
        if (us > MAX_US) {
            throw t.error("a duration of at most 100 years");
        }
        return Math.round(us);
    }

    /** A strictly positive duration in µs. */
    static long positiveDurationUs(SpecToken t) {
        long us = durationUs(t);
        if (us <= 0) {
            throw t.error(DURATION + " greater than zero");
        }
        return us;
    }

    /** A rate {@code N/unit} as events per second; zero allowed only when {@code allowZero}. */
    static double ratePerSecond(SpecToken t, boolean allowZero) {
        int slash = t.indexOf('/');
        if (slash <= 0) {
            throw t.error(RATE);
        }
        long unit = unitUs(t.sub(slash + 1).trim().text());
        if (unit < 0) {
            throw t.error(RATE + " (per us, ms, s, m, h or d)");
        }
        double count = number(t.sub(0, slash).trim(), RATE);
        double perSecond = count * US_PER_S / unit;
        if (perSecond <= 0 && !allowZero) {
            throw t.error(RATE + " greater than zero");
        }
        return perSecond;
    }

    /** An integer in {@code [min, max]}; {@code what} says what it is for. */
    static long integer(SpecToken t, long min, long max, String what) {
        long v;
        try {
            v = Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw t.error(what + " (an integer from " + min + " to " + max + ")");
        }
        if (v < min || v > max) {
            throw t.error(what + " (an integer from " + min + " to " + max + ")");
        }
        return v;
    }

    /** {@code HH:MM} or {@code HH:MM:SS} as µs after midnight. */
    static long timeOfDayUs(SpecToken t) {
        String[] parts = t.text().split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw t.error("a time of day HH:MM such as 09:00");
        }
        long[] limits = {23, 59, 59};
        long[] units = {US_PER_HOUR, US_PER_MIN, US_PER_S};
        long us = 0;
        for (int i = 0; i < parts.length; i++) {
            long v;
            try {
                v = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < 0 || v > limits[i] || parts[i].length() > 2) {
                throw t.error("a time of day HH:MM from 00:00 to 23:59");
            }
            us += v * units[i];
        }
        return us;
    }

    /** A plain non-negative decimal number (no sign, no exponent: specs are written by people). */
    static double number(SpecToken t, String expected) {
        if (t.isEmpty() || numberEnd(t) != t.length()) {
            throw t.error(expected);
        }
        double v = Double.parseDouble(t.text());
        if (!Double.isFinite(v)) {
            throw t.error(expected);
        }
        return v;
    }

    /** Length of the leading {@code digits[.digits]} of {@code t}. */
    private static int numberEnd(SpecToken t) {
        int i = 0;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            int dot = i++;
            int fraction = 0;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
                fraction++;
            }
            if (fraction == 0) {
                return dot;
            }
        }
        return digits == 0 ? 0 : i;
    }

    /** Formats µs back into the largest unit that keeps it whole, for messages and descriptions. */
    static String formatUs(long us) {
        long[] units = {US_PER_DAY, US_PER_HOUR, US_PER_MIN, US_PER_S, US_PER_MS, 1};
        String[] names = {"d", "h", "m", "s", "ms", "us"};
        for (int i = 0; i < units.length; i++) {
            if (us != 0 && us % units[i] == 0) {
                return (us / units[i]) + names[i];
            }
        }
        return us + "us";
    }
}
