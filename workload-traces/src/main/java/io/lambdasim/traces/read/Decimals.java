package io.lambdasim.traces.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes into scaled longs: {@code fixed("395.99", 3)} is
 * 395990, i.e. milliseconds to microseconds without a double in between, so a value written with
 * at most {@code scale} decimals round-trips exactly. More decimals are rounded half-up.
 */
public final class Decimals {

    /** Returned for anything that is not a number; no exception on the hot path. */
    public static final long BAD = Long.MIN_VALUE;

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};

    /**
     * The largest time a trace cell may hold, in µs: 999,999,999,999,999 ms (about 31,700 years),
     * which leaves the engine's sums of times far from overflowing a long.
     */
    public static final long MAX_MILLIS_US = 999_999_999_999_999_000L;

    /** More integer digits than this would overflow a long once scaled by up to 10^9. */
    private static final int MAX_INT_DIGITS = 9;

    private Decimals() {
    }

    /**
     * {@code b[s..e)} (blanks around allowed) times 10^scale, rounded half-up away from zero; a
     * leading '-' gives a negative result; {@link #BAD} when not a number or out of range.
     */
    public static long fixed(byte[] b, int s, int e, int scale) {
        // Fast path, the shape of nearly every trace cell: up to 9 digits, optionally '.' and at
        // most `scale` decimals, nothing else. Anything unusual falls through to the full parser.
        if (e - s <= 9 + 1 + scale && s < e) {
            long v = 0;
            int i = s;
            while (i < e && (b[i] - '0' & 0xff) < 10) {
                v = v * 10 + (b[i++] - '0');
            }
            if (i > s && i - s <= 9) { // at most 9 integer digits: v * 10^scale cannot overflow
                if (i == e) {
                    return v * POW10[scale];
                }
                if (b[i] == '.' && e - i - 1 <= scale && e - i > 1) {
                    int kept = e - i - 1;
                    long frac = 0;
                    for (int j = i + 1; j < e; j++) {
                        int d = b[j] - '0';
                        if (d < 0 || d > 9) {
                            return slowPath(b, s, e, scale);
                        }
                        frac = frac * 10 + d;
                    }
                    return v * POW10[scale] + frac * POW10[scale - kept];
                }
            }
        }
        return slowPath(b, s, e, scale);
    }

    private static long slowPath(byte[] b, int s, int e, int scale) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (s == e) {
            return BAD;
        }
        boolean negative = false;
        int i = s;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long intPart = 0;
        int intDigits = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            // Leading zeros do not count towards the overflow limit.
            if (intPart != 0 || b[i] != '0') {
                intDigits++;
            }
            intPart = intPart * 10 + (b[i] - '0');
            i++;
            if (intDigits > MAX_INT_DIGITS + 9 - scale) {
                return BAD;
            }
        }
        boolean anyDigit = i > s + (negative || b[s] == '+' ? 1 : 0);
        long frac = 0;
        int fracDigits = 0;
        boolean roundUp = false;
        if (i < e && b[i] == '.') {
            i++;
            int fs = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                int d = b[i] - '0';
                if (fracDigits < scale) {
                    frac = frac * 10 + d;
                    fracDigits++;
                } else if (fracDigits == scale) {
                    roundUp = d >= 5; // only the first dropped digit decides half-up
                    fracDigits++;
                }
                i++;
            }
            anyDigit |= i > fs;
        }
        if (!anyDigit) {
            return BAD;
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            return slow(b, s, e, scale);
        }
        if (i != e) {
            return BAD;
        }
        int kept = Math.min(fracDigits, scale);
        long v = intPart * POW10[scale] + frac * POW10[scale - kept] + (roundUp ? 1 : 0);
        return negative ? -v : v;
    }

    /** Scientific notation ({@code 1e-05}, as Python writes small floats): rare, so a BigDecimal is fine. */
    private static long slow(byte[] b, int s, int e, int scale) {
        try {
            BigDecimal d = new BigDecimal(new String(b, s, e - s, StandardCharsets.US_ASCII))
                    .movePointRight(scale).setScale(0, RoundingMode.HALF_UP);
            if (d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
                return BAD;
            }
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException ex) {
            return BAD;
        }
    }

    /**
     * Why {@code b[s..e)} was rejected, for an error message: "too large" with the limit when it
     * is a number above {@code max}, else "expected ..., found '...'". Not on the hot path.
     */
    public static String problem(byte[] b, int s, int e, String expected, long max, String unit) {
        String text = new String(b, s, e - s, StandardCharsets.UTF_8).strip(); // strip, not trim: trim eats control characters
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        if (text.length() < 1000) {
            try {
                BigDecimal d = new BigDecimal(text);
                if (d.signum() > 0 && d.compareTo(BigDecimal.valueOf(max)) > 0) {
                    return String.format(java.util.Locale.ROOT, "too large: %s %s is above the limit of %,d %s", shown, unit, max, unit);
                }
            } catch (NumberFormatException | ArithmeticException ignored) {
                // not a number: say what was expected
            }
        }
        return "expected " + expected + ", found '" + shown + "'";
    }

    /** A non-negative integer that fits an int, or -1 ({@code b[s..e)}, blanks allowed). */
    public static int natural(byte[] b, int s, int e) {
        if (e - s > 0 && e - s <= 9) {
            int v = 0;
            int i = s;
            while (i < e && (b[i] - '0' & 0xff) < 10) {
                v = v * 10 + (b[i++] - '0');
            }
            if (i == e) {
                return v; // plain digits: the common case
            }
        }
        long v = fixed(b, s, e, 0);
        if (v == BAD || v < 0 || v > Integer.MAX_VALUE) {
            return -1;
        }
        // fixed() rounds "12.7" to 13; an integer field must not carry decimals at all.
        for (int i = s; i < e; i++) {
            if (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
                return -1;
            }
        }
        return (int) v;
    }

    /** Whether {@code b[s..e)} equals the ASCII {@code word}, ignoring case and blanks around. */
    public static boolean equalsIgnoreCase(byte[] b, int s, int e, String word) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (e - s != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            int c = b[s + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
