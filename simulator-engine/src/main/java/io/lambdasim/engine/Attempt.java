package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Status;

/**
 * The invocation attempt being started: the registers an {@link ArrivalStage} fills before asking
 * the pool to run it, and the outcome the pool writes back. One instance per run, reused for every
 * attempt (no object per invocation); valid only until the next attempt.
 */
final class Attempt {

    // ---- inputs, set by the arrival or the stage
    /** Latency is measured from here: the arrival, or the time a retry was due. */
    long latencyOriginUs;
    /** When the event first reached Lambda (maximum event age counts from here). */
    long firstArrivalUs;
    /** Handler duration at the function's memory, µs. */
    long durationUs;
    /** Max memory used, MB, or MISSING. */
    int maxMemoryMb;
    /** One of {@link Status}'s constants. */
    int status;
    /** This row's observed INIT at the function's memory, or MISSING. */
    long observedInitUs;
    /** The part of that INIT AWS billed (SnapStart's Billed Restore Duration), or MISSING. */
    long observedInitBilledUs;
    /** Payload size, bytes (0 when the trace has none): what fills a batch to its 6 MB. */
    long payloadBytes;
    /** The record's partition key as {@link io.lambdasim.traces.PartitionKey} hashes it, or MISSING: its stream shard. */
    long partitionKey;
    /** Async bookkeeping: function-error retries so far, throttle back-offs so far. */
    int errorRetries;
    int backoffs;

    // ---- outputs, set by the pool when it starts the attempt
    /** When the started attempt ends. */
    long endUs;
    /** Whether it fails (error, timeout, out of memory): decided at the start, like everything else. */
    boolean failed;

    /** A fresh attempt that arrived at {@code nowUs}. */
    void arrive(long nowUs, long durationUs, int maxMemoryMb, int status, long observedInitUs, long payloadBytes) {
        this.latencyOriginUs = nowUs;
        this.firstArrivalUs = nowUs;
        this.durationUs = durationUs;
        this.maxMemoryMb = maxMemoryMb;
        this.status = status;
        this.observedInitUs = observedInitUs;
        this.observedInitBilledUs = InvocationCursor.MISSING;
        this.payloadBytes = payloadBytes < 0 ? 0 : payloadBytes;
        this.partitionKey = InvocationCursor.MISSING;
        this.errorRetries = 0;
        this.backoffs = 0;
    }

    /** A synthetic call (a warmer ping) of {@code durationUs} that succeeds. */
    void ping(long nowUs, long durationUs) {
        arrive(nowUs, durationUs, InvocationCursor.MISSING, Status.SUCCESS, InvocationCursor.MISSING, 0);
    }
}
