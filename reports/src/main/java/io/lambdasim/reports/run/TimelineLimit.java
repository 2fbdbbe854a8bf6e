package io.lambdasim.reports.run;

import io.lambdasim.engine.Durations;
import java.util.Locale;

/**
 * How many timeline buckets a run may have, checked before it starts when the workload's length
 * is known (a generated one): a streamed timeline ({@code simulate --timeline}) at most 10 million
 * rows (about 1 GB of CSV, the engine's own limit); one kept in memory (batch, the GUI, the report's
 * chart: a map of a dozen cells per bucket, about 2 KB) what a quarter of the heap holds. The
 * message says which bucket would fit. A trace file's length is known only once read: the engine
 * stops at its limit with the same advice.
 */
final class TimelineLimit {

    static final long STREAMED_MAX = 10_000_000L;
    private static final long KEPT_BYTES_PER_BUCKET = 2048;

    private TimelineLimit() {
    }

    static long keptMax() {
        return Math.max(10_000, Runtime.getRuntime().maxMemory() / 4 / KEPT_BYTES_PER_BUCKET);
    }

    static void check(ScenarioOptions options, boolean streamed) {
        long bucket = options.simulation().timelineBucketUs();
        long horizon = ScenarioRunner.expectedHorizonUs(options);
        if (bucket <= 0 || horizon <= 0) {
            return;
        }
        long buckets = (horizon + bucket - 1) / bucket;
        long max = streamed ? STREAMED_MAX : keptMax();
        if (buckets > max) {
            long wider = (horizon + max - 1) / max;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bucket %s gives %,d timeline buckets over the %s workload; at most %,d %s: use a bucket of %s or wider",
                    Durations.format(bucket), buckets, Durations.format(horizon), max,
                    streamed ? "rows are written" : "fit in this JVM's heap", Durations.format(roundUp(wider))));
        }
    }

    /** A bucket width a person would type: the next whole us, ms, s, m or h at or above {@code us}. */
    static long roundUp(long us) {
        long[] units = {1, Durations.US_PER_MS, Durations.US_PER_S, Durations.US_PER_MIN, Durations.US_PER_H};
        long unit = 1;
        for (long u : units) {
            if (us >= u) {
                unit = u;
            }
        }
        return (us + unit - 1) / unit * unit;
    }
}
