package io.lambdasim.reports.charts;

/**
 * Per-bucket series over the simulated time: concurrency (peak or mean busy environments in the
 * bucket), environments alive, cold starts and throttles counted in the bucket. Arrays are
 * index-aligned; bucket {@code i} starts at {@code i * bucketSeconds}.
 */
public record TimelineData(double bucketSeconds, double[] concurrency, double[] environmentsAlive,
                           double[] coldStarts, double[] throttles) {

    public TimelineData {
        int n = concurrency.length;
        if (environmentsAlive.length != n || coldStarts.length != n || throttles.length != n) {
            throw new IllegalArgumentException("timeline series differ in length");
        }
        if (!(bucketSeconds > 0)) {
            throw new IllegalArgumentException("bucket must be positive, was " + bucketSeconds + " s");
        }
    }

    public int buckets() {
        return concurrency.length;
    }
}
