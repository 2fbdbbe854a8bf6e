package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Accumulates the {@link Timeline}: counters per bucket, and time-weighted integrals of the
 * in-flight and alive counts, advanced piecewise across bucket boundaries. Arrays grow with the
 * horizon (one slot per bucket), not with the number of invocations.
 *
 * <p>With a {@link TimelineSink} the recorder streams instead: every update happens at the
 * simulation's current time, which never goes back, so a bucket is final once time leaves it;
 * it goes to the sink and its slot is reused. Memory is then one bucket, whatever the horizon.
 *
 * <p>Either way a timeline stops at {@link #MAX_BUCKETS}: a bucket far too narrow for the trace
 * ({@code --bucket 1us} over a day is 86 billion rows) is reported in one line, not run until
 * the disk or the heap is full.
 */
final class TimelineRecorder implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The most buckets a timeline may have (10 million: about 1 GB of CSV). */
    static final long MAX_BUCKETS = 10_000_000L;

    private final long bucketUs;
    /** Null once the recorder travelled (a group's counters sent to a Spark driver): never streamed then. */
    private final transient TimelineSink sink;
    /** Streaming: the bucket index held in slot 0. */
    private long base;
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
        this(bucketUs, null);
    }

    TimelineRecorder(long bucketUs, TimelineSink sink) {
        this.bucketUs = bucketUs;
        this.sink = sink;
    }

    private IllegalArgumentException tooMany(long us) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "a timeline bucket of %s gives more than %,d buckets by %s of trace time: use a wider bucket",
                Durations.format(bucketUs), MAX_BUCKETS, Durations.format(us)));
    }

    private int bucket(long us) {
        long index = us / bucketUs;
        if (index >= MAX_BUCKETS) {
            throw tooMany(us);
        }
        if (sink != null) {
            while (base < index) {
                emit(0, base, bucketUs);
                clear(0);
                base++;
            }
            buckets = 1;
            return 0;
        }
        int b = (int) index;
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
        if (nowUs / bucketUs >= MAX_BUCKETS) {
            throw tooMany(nowUs); // before a single empty bucket of the gap is written
        }
        while (lastUs < nowUs) {
            int b = bucket(lastUs);
            long end = Math.min(nowUs, (lastUs / bucketUs + 1) * bucketUs);
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
            bucket((other.buckets - 1) * bucketUs); // grows these arrays to the other's last bucket (bucket takes µs)
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

    /** Sends bucket {@code index}, held in {@code slot}, to the sink; {@code width} µs of it were simulated. */
    private void emit(int slot, long index, long width) {
        long w = Math.max(1, width);
        sink.bucket(new TimelineBucket(index * bucketUs, invocations[slot], coldStarts[slot], throttled[slot],
                requests[slot], peakConcurrency[slot], (double) concurrencyUs[slot] / w, peakAlive[slot],
                (double) aliveUs[slot] / w, mbUs[slot] / 1.024e9, provisionedMbUs[slot] / 1.024e9));
    }

    private void clear(int slot) {
        invocations[slot] = 0;
        coldStarts[slot] = 0;
        throttled[slot] = 0;
        requests[slot] = 0;
        peakConcurrency[slot] = 0;
        peakAlive[slot] = 0;
        concurrencyUs[slot] = 0;
        aliveUs[slot] = 0;
        mbUs[slot] = 0;
        provisionedMbUs[slot] = 0;
    }

    /** The timeline to {@code horizonUs}; null when it was streamed (the sink has every bucket). */
    Timeline finish(long horizonUs) {
        advance(horizonUs);
        if (sink != null) {
            long last = Math.max(0, Math.max(base, (horizonUs + bucketUs - 1) / bucketUs - 1));
            bucket(last * bucketUs); // emits every bucket before the last
            emit(0, base, Math.min(bucketUs, horizonUs - base * bucketUs));
            return null;
        }
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
