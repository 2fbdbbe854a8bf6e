package io.lambdasim.engine;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of started invocations, in milliseconds: queueing (async retries after
 * throttles) + INIT (cold starts) + duration. From an HdrHistogram of µs values, so percentiles
 * carry its relative precision (3 significant digits for the total; per function a
 * compact log histogram, within ±6.25%, see LatencyBuckets; NaN percentiles when the run kept no
 * per-function histogram, {@link SimulationConfig#perFunctionPercentiles()}).
 */
public record LatencySummary(long count, double meanMs, double p50Ms, double p90Ms, double p99Ms, double maxMs) implements java.io.Serializable {

    /** Whether p50/p90/p99 were measured (per function they are only with a per-function histogram). */
    public boolean hasPercentiles() {
        return !Double.isNaN(p50Ms);
    }

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);
    /** Not measured: every figure NaN. */
    public static final LatencySummary UNMEASURED = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN);

    static LatencySummary of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencySummary(h.getTotalCount(), h.getMean() / 1000.0,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
