package io.lambdasim.engine.ec2;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution, ms: the time requests waited for a memory slot ({@link FleetResult#queue()}),
 * or their whole response time on the fleet ({@link FleetResult#response()}).
 */
public record QueueLatency(double meanMs, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs) {

    static QueueLatency of(Histogram waitsUs) {
        if (waitsUs.getTotalCount() == 0) {
            return new QueueLatency(0, 0, 0, 0, 0, 0);
        }
        return new QueueLatency(waitsUs.getMean() / 1e3, ms(waitsUs, 50), ms(waitsUs, 90), ms(waitsUs, 99),
                ms(waitsUs, 99.9), waitsUs.getMaxValue() / 1e3);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e3;
    }
}
