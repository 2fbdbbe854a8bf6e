package io.lambdasim.reports.slo;

import io.lambdasim.engine.Durations;
import java.util.List;
import java.util.Locale;

/**
 * A latency objective, {@code --latency-slo p99=300ms}: at this percentile of the requests, the
 * latency (queueing, INIT and duration on Lambda; waiting and serving on an EC2 fleet or Managed
 * Instances) must not exceed the objective. An option that misses it is ranked after the options
 * that meet it, whatever it costs.
 *
 * @param percentile  the percentile, one of {@link #PERCENTILES}
 * @param objectiveUs the most the latency at that percentile may be, µs
 */
public record LatencySlo(double percentile, long objectiveUs) {

    /** The percentiles every option measures (the EC2 fleet's response histogram keeps these). */
    public static final List<Double> PERCENTILES = List.of(50.0, 90.0, 95.0, 99.0, 99.9);

    /** What the setting accepts, for messages and the docs table. */
    public static final String EXPECTED = "a percentile and a duration such as p99=300ms "
            + "(percentiles p50, p90, p95, p99, p99.9; durations from 1ms to 900s)";

    static final long MIN_US = Durations.US_PER_MS;
    static final long MAX_US = 900 * Durations.US_PER_S;

    public LatencySlo {
        if (!PERCENTILES.contains(percentile)) {
            throw new IllegalArgumentException("expected " + EXPECTED + "; found percentile " + percentile);
        }
        if (objectiveUs < MIN_US || objectiveUs > MAX_US) {
            throw new IllegalArgumentException("expected " + EXPECTED + "; found " + Durations.format(objectiveUs));
        }
    }

    /** {@code p99=300ms}, {@code p99.9=1s}; a bare number is seconds, as everywhere. */
    public static LatencySlo parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int eq = t.indexOf('=');
        if (!t.startsWith("p") || eq < 2) {
            throw new IllegalArgumentException("expected " + EXPECTED);
        }
        double p;
        try {
            p = Double.parseDouble(t.substring(1, eq));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + EXPECTED);
        }
        long us;
        try {
            us = Durations.parseUs(t.substring(eq + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + EXPECTED);
        }
        return new LatencySlo(p, us);
    }

    /** {@code p99} or {@code p99.9}. */
    public String percentileLabel() {
        return percentile == Math.rint(percentile) ? "p" + (long) percentile : "p" + percentile;
    }

    public double objectiveMs() {
        return objectiveUs / 1e3;
    }

    /** The canonical spelling, {@code p99=300ms}. */
    public String spec() {
        return percentileLabel() + "=" + Durations.format(objectiveUs);
    }

    @Override
    public String toString() {
        return spec();
    }
}
