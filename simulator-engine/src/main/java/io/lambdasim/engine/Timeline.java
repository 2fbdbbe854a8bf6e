package io.lambdasim.engine;

/**
 * The run cut into buckets of {@code bucketUs} from trace time 0. Concurrency is in-flight
 * invocations (INIT or busy); averages are time-weighted within the bucket. {@code gbSeconds} are
 * on-demand billed GB-s of invocations that started in the bucket, {@code provisionedGbSeconds} the
 * configured PC GB-s; pricing multiplies them (and the requests) into a cost per bucket.
 */
public record Timeline(long bucketUs, long[] invocations, long[] coldStarts, long[] throttled, long[] requests,
                       int[] peakConcurrency, double[] avgConcurrency, int[] peakAlive, double[] avgAlive,
                       double[] gbSeconds, double[] provisionedGbSeconds) {

    public int buckets() {
        return invocations.length;
    }

    public long bucketStartUs(int i) {
        return i * bucketUs;
    }

    /** Bucket {@code i} as one value (what a {@link TimelineSink} receives). */
    public TimelineBucket bucket(int i) {
        return new TimelineBucket(bucketStartUs(i), invocations[i], coldStarts[i], throttled[i], requests[i],
                peakConcurrency[i], avgConcurrency[i], peakAlive[i], avgAlive[i], gbSeconds[i], provisionedGbSeconds[i]);
    }
}
