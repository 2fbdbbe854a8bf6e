package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlivePolicy;
import io.lambdasim.traces.InvocationCursor;
import java.util.SplittableRandom;

/**
 * Settings and running state of one function, created the first time the trace mentions it. One
 * object per function (not per invocation); the simulation touches only its primitive fields on
 * the hot path.
 */
final class FunctionState {

    static final long NO_TIMER = Long.MIN_VALUE;
    /** Observed INIT durations kept per function for empirical sampling (reservoir). */
    static final int INIT_RESERVOIR = 64;

    // Field order matters: HotSpot lays fields out by size, in declaration order within a size, so
    // declaring the fields every invocation touches first keeps them on a few cache lines. With a
    // thousand functions the per-function state does not fit in L2, and each line is a miss.

    // ---- hot: read or written on every invocation
    final long timeoutUs;
    /** Time of the pending reclamation event, or NO_TIMER; older queue entries are stale. */
    long reclaimAtUs = NO_TIMER;
    long lastEndUs = InvocationCursor.MISSING;
    long invocations;
    long warmStarts;
    long busyUs;
    long requests;
    long billedUs;
    long latencySumUs;
    long latencyMaxUs;
    /** Cache of the CPU-model factor for the last reference memory seen. */
    double factor = 1.0;
    final int id;
    final int memoryMb;
    /** Reserved concurrency, or {@link InvocationCursor#MISSING} when the function uses the shared pool. */
    final int reserved;
    int inflight;
    int peakInflight;
    int factorRefMb = Integer.MIN_VALUE;
    int initSeen;
    int alive;
    /** Idle environments (on demand or provisioned) reset after a failure, waiting to re-initialise. */
    int resetIdle;
    /** Keep-alive lets the pool reclaim from the oldest idle environment without scanning. */
    final boolean fifoExpiry;
    /**
     * The function has a provisioned-concurrency schedule. Why: without one provisionedIdle is always
     * empty, and testing this flag (on a line start() reads anyway) saves a load of the deque object,
     * a likely cache miss per invocation with a thousand functions.
     */
    final boolean hasProvisioned;
    final KeepAlivePolicy keepAlive;
    /** The configured event source's stage; null: each arrival's own trigger picks the stage. */
    ArrivalStage source;
    final IntDeque idle = new IntDeque();
    final IntDeque provisionedIdle = new IntDeque();
    /** Per-function latency histogram, or null when the run keeps none (mean and maximum only). */
    final int[] latencyCounts;

    // ---- cold: cold starts, failures, schedules, results
    /**
     * The rarely touched counters, in an object of their own. Why: HotSpot lays out all long fields
     * before the ints and references, so 21 cold longs here would sit between the hot longs and the
     * hot ints/references (inflight, idle, keepAlive) and spread a warm invocation over four cache
     * lines instead of three adjacent ones; with a thousand functions each line is a likely miss.
     */
    final Cold cold = new Cold();

    static final class Cold {
        long prewarmAtUs = NO_TIMER;
        long provisionedOnSinceUs;
        long provisionedConfiguredUs;
        /** Scaling-rate bucket: theoretical arrival time of the generic cell rate algorithm. */
        long scalingTatUs;
        long coldStarts;
        long throttled;
        long timeouts;
        long errors;
        long outOfMemory;
        long retries;
        long dropped;
        long warmerInvocations;
        long warmerColdStarts;
        long created;
        long provisionedCreated;
        long aliveUs;
        long initBilledUs;
        /** INIT time of the cold starts, billed or not. */
        long initUs;
        long provisionedBilledUs;
        long observedColdStarts;
        long observedBilledUs;
        long observedBilledRows;
        /** Event sources: messages (async events, SQS messages, stream records) that arrived. */
        long messages;
        long batches;
        long batchedMessages;
        long deadLettered;
        long droppedByAge;
        long queueAgeMaxUs;
        long reinitialised;
    }

    int peakAlive;
    boolean provisionedEnabled;
    final String name;
    final ProvisionedSchedule provisioned;
    final InitModel initModel;
    /** The function's resolved settings (read off the hot path: retries, event ages, sources). */
    final FunctionConfig config;
    long[] initSamples;
    /**
     * This function's own random stream (INIT samples, random reuse and keep-alive, the observed-INIT
     * reservoir), seeded from the run's seed and the function's name. Why one per function and not
     * one per run: functions then draw the same numbers whatever else the run simulates and in
     * whatever order, which is what lets disjoint groups of functions run on separate threads and
     * still give the single-threaded result byte for byte ({@link ParallelSimulation}).
     */
    final SplittableRandom random;

    FunctionState(int id, FunctionConfig config, int memoryMb, KeepAlivePolicy keepAlive, boolean fifoExpiry,
                  boolean percentiles, long seed) {
        this.latencyCounts = percentiles ? new int[LatencyBuckets.SIZE] : null;
        this.id = id;
        this.config = config;
        this.name = config.name();
        this.memoryMb = memoryMb;
        this.timeoutUs = config.timeoutUs();
        this.reserved = config.reserved();
        this.provisioned = config.provisioned();
        this.hasProvisioned = !provisioned.isNone();
        this.keepAlive = keepAlive;
        this.fifoExpiry = fifoExpiry;
        this.initModel = config.init();
        this.random = new SplittableRandom(streamSeed(seed, name));
    }

    /**
     * The seed of a function's stream: the run's seed and a 64-bit FNV-1a hash of the name, mixed
     * (SplittableRandom's own finaliser, Stafford variant 13) so that nearby seeds and similar names
     * give unrelated streams.
     */
    static long streamSeed(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        long z = seed ^ (h * 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Latency of a started (non-warmer) invocation; their count is coldStarts + warmStarts. */
    void recordLatency(long us) {
        if (latencyCounts != null) {
            latencyCounts[LatencyBuckets.index(us)]++;
        }
        latencySumUs += us;
        if (us > latencyMaxUs) {
            latencyMaxUs = us;
        }
    }

    LatencySummary latency() {
        return LatencyBuckets.summary(latencyCounts, cold.coldStarts + warmStarts, latencySumUs, latencyMaxUs);
    }

    boolean hasReserved() {
        return reserved != InvocationCursor.MISSING;
    }

    /** Remembers an observed INIT duration (reservoir sampling keeps a uniform sample of all seen). */
    void observeInit(long initUs, java.util.random.RandomGenerator random) {
        if (initSamples == null) {
            initSamples = new long[INIT_RESERVOIR];
        }
        if (initSeen < INIT_RESERVOIR) {
            initSamples[initSeen] = initUs;
        } else {
            long j = random.nextLong(initSeen + 1L);
            if (j < INIT_RESERVOIR) {
                initSamples[(int) j] = initUs;
            }
        }
        initSeen++;
    }

    boolean hasObservedInit() {
        return initSeen > 0;
    }

    long sampleObservedInit(java.util.random.RandomGenerator random) {
        return initSamples[random.nextInt(Math.min(initSeen, INIT_RESERVOIR))];
    }
}
