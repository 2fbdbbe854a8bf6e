package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlivePolicy;
import io.lambdasim.traces.InvocationCursor;

/**
 * Settings and running state of one function, created the first time the trace mentions it. One
 * object per function (not per invocation); the simulation touches only its primitive fields on
 * the hot path.
 */
final class FunctionState {

    static final long NO_TIMER = Long.MIN_VALUE;
    /** Observed INIT durations kept per function for empirical sampling (reservoir). */
    static final int INIT_RESERVOIR = 64;

    final int id;
    final String name;
    final int memoryMb;
    final long timeoutUs;
    /** Reserved concurrency, or {@link InvocationCursor#MISSING} when the function uses the shared pool. */
    final int reserved;
    final ProvisionedSchedule provisioned;
    final KeepAlivePolicy keepAlive;
    /** Keep-alive lets the pool reclaim from the oldest idle environment without scanning. */
    final boolean fifoExpiry;
    final InitModel initModel;

    final IntDeque idle = new IntDeque();
    final IntDeque provisionedIdle = new IntDeque();
    /** Time of the pending reclamation event, or NO_TIMER; older queue entries are stale. */
    long reclaimAtUs = NO_TIMER;
    long prewarmAtUs = NO_TIMER;
    boolean provisionedEnabled;
    long provisionedOnSinceUs;
    long provisionedConfiguredUs;

    /** Scaling-rate bucket: theoretical arrival time of the generic cell rate algorithm. */
    long scalingTatUs;
    int inflight;
    int alive;
    long lastEndUs = InvocationCursor.MISSING;

    /** Cache of the CPU-model factor for the last reference memory seen. */
    int factorRefMb = Integer.MIN_VALUE;
    double factor = 1.0;

    long[] initSamples;
    int initSeen;

    // counters
    long invocations;
    long coldStarts;
    long warmStarts;
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
    int peakAlive;
    int peakInflight;
    long aliveUs;
    long busyUs;
    long requests;
    long billedUs;
    long initBilledUs;
    long provisionedBilledUs;
    long observedColdStarts;
    long observedBilledUs;
    long observedBilledRows;
    final LatencyBuckets latencyUs = new LatencyBuckets();

    FunctionState(int id, String name, int memoryMb, long timeoutUs, int reserved, ProvisionedSchedule provisioned,
                  KeepAlivePolicy keepAlive, boolean fifoExpiry, InitModel initModel) {
        this.id = id;
        this.name = name;
        this.memoryMb = memoryMb;
        this.timeoutUs = timeoutUs;
        this.reserved = reserved;
        this.provisioned = provisioned;
        this.keepAlive = keepAlive;
        this.fifoExpiry = fifoExpiry;
        this.initModel = initModel;
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
