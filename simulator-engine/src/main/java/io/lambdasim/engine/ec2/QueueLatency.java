package io.lambdasim.engine.ec2;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution, ms: the time requests waited for a memory slot ({@link FleetResult#queue()}),
 * or their whole response time on the fleet ({@link FleetResult#response()}).
 */
public record QueueLatency(double meanMs, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs,
                           double p95Ms) {

    static QueueLatency of(Histogram waitsUs) {
        if (waitsUs.getTotalCount() == 0) {
            return new QueueLatency(0, 0, 0, 0, 0, 0, 0);
        }
        return new QueueLatency(waitsUs.getMean() / 1e3, ms(waitsUs, 50), ms(waitsUs, 90), ms(waitsUs, 99),
                ms(waitsUs, 99.9), waitsUs.getMaxValue() / 1e3, ms(waitsUs, 95));
    }

    /**
     * The figure at {@code percentile} (50, 90, 95, 99 or 99.9: the ones kept, which a latency
     * objective may name); IllegalArgumentException for any other.
     */
    public double atPercentile(double percentile) {
        if (percentile == 50) {
            return p50Ms;
        } else if (percentile == 90) {
            return p90Ms;
        } else if (percentile == 95) {
            return p95Ms;
        } else if (percentile == 99) {
            return p99Ms;
        } else if (percentile == 99.9) {
            return p999Ms;
        }
        throw new IllegalArgumentException("no p" + percentile + " kept (p50, p90, p95, p99, p99.9)");
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e3;
    }
}
