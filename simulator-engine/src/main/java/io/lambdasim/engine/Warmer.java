package io.lambdasim.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warmer: a scheduled ping of every function ({@code rate(5 minutes)}, as an EventBridge schedule
 * expression, or simply {@code 5m}), each ping a real invocation of {@code durationUs} that is billed
 * and may itself be a cold start. {@code concurrency} pings fire at once (warming N environments).
 *
 * <p>Pings of a function start at its first invocation in the trace (a streaming replay does not
 * know the functions beforehand), on the grid of multiples of the period since the trace start.
 */
public record Warmer(long periodUs, long durationUs, int concurrency) {

    public static final Warmer NONE = new Warmer(0, 0, 0);
    public static final long DEFAULT_DURATION_US = 5 * Durations.US_PER_MS;
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|second|seconds)\\s*\\)(?:\\s*x\\s*(\\d+))?");

    public boolean isNone() {
        return periodUs <= 0;
    }

    /** {@code rate(5 minutes)}, {@code rate(1 hour)}, {@code 5m}; optional {@code x3} for three concurrent pings. */
    public static Warmer parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.equals("none") || s.isEmpty()) {
            return NONE;
        }
        Matcher m = RATE.matcher(s);
        long period;
        int concurrency = 1;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2);
            long scale = unit.startsWith("hour") ? Durations.US_PER_H
                    : unit.startsWith("minute") ? Durations.US_PER_MIN : Durations.US_PER_S;
            period = n * scale;
            if (m.group(3) != null) {
                concurrency = Integer.parseInt(m.group(3));
            }
        } else {
            try {
                period = Durations.parseUs(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad warmer '" + text + "': expected rate(5 minutes), rate(1 hour) or a duration like 5m");
            }
        }
        if (period <= 0 || concurrency < 1) {
            throw new IllegalArgumentException("bad warmer '" + text + "': period and concurrency must be positive");
        }
        return new Warmer(period, DEFAULT_DURATION_US, concurrency);
    }

    @Override
    public String toString() {
        return isNone() ? "none" : "every " + Durations.format(periodUs) + (concurrency > 1 ? " x" + concurrency : "");
    }
}
