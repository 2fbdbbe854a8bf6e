package io.lambdasim.engine;

/**
 * A small log-linear histogram of µs values for per-function latency: exact below 16 µs, then 8
 * buckets per power of two (each at most 1/8 = 12.5% wide, reported at its midpoint, so within
 * ±6.25%). 488 ints per function: a thousand functions fit in the CPU caches, where a thousand
 * HdrHistograms of 2 digits (about 30 KB each) would not, and recording is one shift, one add.
 * The run's total latency keeps a full HdrHistogram.
 *
 * <p>Static methods over a plain {@code int[]} that the function's state holds beside its count,
 * sum and maximum (hot fields it already touches), so recording touches no extra object.
 */
final class LatencyBuckets {

    static final int SIZE = 16 + (63 - 4) * 8;

    private static final int EXACT = 16;
    private static final int SUB_BITS = 3;
    private static final int SUB = 1 << SUB_BITS;

    private LatencyBuckets() {
    }

    /** Bucket of {@code v}: v itself below 16; else 16 + 8 × (msb − 4) + the 3 bits after the leading one. */
    static int index(long v) {
        if (v < EXACT) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) (v >>> (msb - SUB_BITS)) & (SUB - 1);
        return EXACT + (msb - 4) * SUB + sub;
    }

    /** Midpoint of bucket {@code i} (its value for exact buckets). */
    static double midpoint(int i) {
        if (i < EXACT) {
            return i;
        }
        int msb = (i - EXACT) / SUB + 4;
        int sub = (i - EXACT) % SUB;
        double width = Math.pow(2, msb - SUB_BITS);
        return Math.pow(2, msb) + sub * width + width / 2;
    }

    /** Value at quantile q (0..1) of the {@code total} values in {@code counts}, µs; never above {@code maxUs}. */
    static double valueAt(int[] counts, long total, long maxUs, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(midpoint(i), maxUs);
            }
        }
        return maxUs;
    }

    /** Summary of the values; {@code counts} null: no histogram kept, percentiles are NaN. */
    static LatencySummary summary(int[] counts, long total, long sumUs, long maxUs) {
        if (total == 0) {
            return LatencySummary.EMPTY;
        }
        if (counts == null) {
            return new LatencySummary(total, sumUs / 1000.0 / total, Double.NaN, Double.NaN, Double.NaN, maxUs / 1000.0);
        }
        return new LatencySummary(total, sumUs / 1000.0 / total, valueAt(counts, total, maxUs, 0.5) / 1000,
                valueAt(counts, total, maxUs, 0.9) / 1000, valueAt(counts, total, maxUs, 0.99) / 1000, maxUs / 1000.0);
    }
}
