package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Accumulates the {@link Timeline}: counters per bucket, and time-weighted integrals of the
 * in-flight and alive counts, advanced piecewise across bucket boundaries. Arrays grow with the
 * horizon (one slot per bucket), not with the number of invocations.
 */
final class TimelineRecorder {

    private final long bucketUs;
    private long[] invocations = new long[64];
    private long[] coldStarts = new long[64];
    private long[] throttled = new long[64];
    private long[] requests = new long[64];
    private int[] peakConcurrency = new int[64];
    private int[] peakAlive = new int[64];
    /** Σ count × µs per bucket. */
    private long[] concurrencyUs = new long[64];
    private long[] aliveUs = new long[64];
    /** MB·µs: exact until converted. */
    private long[] mbUs = new long[64];
    private long[] provisionedMbUs = new long[64];
    private int buckets;
    private long lastUs;
    private int lastConcurrency;
    private int lastAlive;
    private int lastProvisionedMb;

    TimelineRecorder(long bucketUs) {
        this.bucketUs = bucketUs;
    }

    private int bucket(long us) {
        int b = (int) (us / bucketUs);
        if (b >= invocations.length) {
            int n = Math.max(b + 1, invocations.length * 2);
            invocations = Arrays.copyOf(invocations, n);
            coldStarts = Arrays.copyOf(coldStarts, n);
            throttled = Arrays.copyOf(throttled, n);
            requests = Arrays.copyOf(requests, n);
            peakConcurrency = Arrays.copyOf(peakConcurrency, n);
            peakAlive = Arrays.copyOf(peakAlive, n);
            concurrencyUs = Arrays.copyOf(concurrencyUs, n);
            aliveUs = Arrays.copyOf(aliveUs, n);
            mbUs = Arrays.copyOf(mbUs, n);
            provisionedMbUs = Arrays.copyOf(provisionedMbUs, n);
        }
        buckets = Math.max(buckets, b + 1);
        return b;
    }

    /** Integrates the counts held since the last call up to {@code nowUs}. */
    void advance(long nowUs) {
        while (lastUs < nowUs) {
            int b = bucket(lastUs);
            long end = Math.min(nowUs, (b + 1L) * bucketUs);
            long dt = end - lastUs;
            concurrencyUs[b] += lastConcurrency * dt;
            aliveUs[b] += lastAlive * dt;
            provisionedMbUs[b] += lastProvisionedMb * dt;
            lastUs = end;
        }
    }

    /** Records the counts after an event at the current time. */
    void state(int concurrency, int alive, int provisionedMb) {
        int b = bucket(lastUs);
        lastConcurrency = concurrency;
        lastAlive = alive;
        lastProvisionedMb = provisionedMb;
        peakConcurrency[b] = Math.max(peakConcurrency[b], concurrency);
        peakAlive[b] = Math.max(peakAlive[b], alive);
    }

    void invocation(long nowUs) {
        invocations[bucket(nowUs)]++;
    }

    void coldStart(long nowUs) {
        coldStarts[bucket(nowUs)]++;
    }

    void throttle(long nowUs) {
        throttled[bucket(nowUs)]++;
    }

    void billed(long nowUs, long billedUs, int memoryMb) {
        int b = bucket(nowUs);
        requests[b]++;
        mbUs[b] += billedUs * memoryMb;
    }

    /**
     * Adds another recorder's per-bucket counters (invocations, cold starts, throttles, requests,
     * MB·µs billed) to these: a parallel run's groups count them, one merged recorder follows the
     * summed concurrency ({@link ConcurrencyMerger}).
     */
    void addCounters(TimelineRecorder other) {
        if (other.buckets > 0) {
            bucket(other.buckets - 1);
        }
        for (int b = 0; b < other.buckets; b++) {
            invocations[b] += other.invocations[b];
            coldStarts[b] += other.coldStarts[b];
            throttled[b] += other.throttled[b];
            requests[b] += other.requests[b];
            mbUs[b] += other.mbUs[b];
        }
    }

    long bucketUs() {
        return bucketUs;
    }

    /** Peak concurrency recorded in bucket {@code b} so far (0 for a bucket not reached). */
    int peakConcurrency(int b) {
        return b < buckets ? peakConcurrency[b] : 0;
    }

    int peakAlive(int b) {
        return b < buckets ? peakAlive[b] : 0;
    }

    Timeline finish(long horizonUs) {
        advance(horizonUs);
        int n = Math.max(1, Math.max(buckets, (int) ((horizonUs + bucketUs - 1) / bucketUs)));
        bucket(n - 1);
        double[] avgConc = new double[n];
        double[] avgAlive = new double[n];
        double[] gbs = new double[n];
        double[] pcGbs = new double[n];
        for (int i = 0; i < n; i++) {
            long width = Math.max(1, Math.min(bucketUs, horizonUs - i * bucketUs));
            avgConc[i] = (double) concurrencyUs[i] / width;
            avgAlive[i] = (double) aliveUs[i] / width;
            gbs[i] = mbUs[i] / 1.024e9;
            pcGbs[i] = provisionedMbUs[i] / 1.024e9;
        }
        return new Timeline(bucketUs, Arrays.copyOf(invocations, n), Arrays.copyOf(coldStarts, n),
                Arrays.copyOf(throttled, n), Arrays.copyOf(requests, n), Arrays.copyOf(peakConcurrency, n), avgConc,
                Arrays.copyOf(peakAlive, n), avgAlive, gbs, pcGbs);
    }
}
