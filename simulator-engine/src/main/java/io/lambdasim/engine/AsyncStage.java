package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;

/**
 * Asynchronous invocation (S3, SNS, EventBridge, a direct async call): Lambda's internal queue.
 * A throttled event waits and is retried with exponential back-off (first {@code throttleBackoffUs},
 * doubling, at most {@code throttleBackoffMaxUs} apart); a failed invocation is retried after the
 * function's retry delays (1 and 2 minutes by default, 0 to 2 of them). The maximum event age
 * applies to every retry: an event that would be older than it when retried is dropped instead.
 *
 * <p>AWS: "Asynchronous invocation" and "Error handling and automatic retries" in the Lambda
 * developer guide (docs/event-sources.md cites them).
 */
final class AsyncStage implements ArrivalStage {

    private final Simulation sim;
    private final Attempt a;
    private final PendingRequests pending = new PendingRequests();
    private final long backoffUs;
    private final long backoffMaxUs;

    AsyncStage(Simulation sim, Attempt attempt, long backoffUs, long backoffMaxUs) {
        this.sim = sim;
        this.a = attempt;
        this.backoffUs = backoffUs;
        this.backoffMaxUs = backoffMaxUs;
    }

    @Override
    public void arrive(FunctionState f) {
        f.cold.messages++;
        attempt(f, InvocationCursor.MISSING);
    }

    /** A {@link EventKind#RETRY} event: the event in {@code slot} tries again. */
    void retry(int slot) {
        FunctionState f = sim.function(pending.function[slot]);
        a.firstArrivalUs = pending.firstArrivalUs[slot];
        a.latencyOriginUs = pending.latencyOriginUs[slot];
        a.durationUs = pending.durationUs[slot];
        a.maxMemoryMb = pending.maxMemoryUsedMb[slot];
        a.status = pending.status[slot];
        a.observedInitUs = InvocationCursor.MISSING;
        a.observedInitBilledUs = InvocationCursor.MISSING;
        a.backoffs = pending.backoffs[slot];
        a.errorRetries = pending.errorRetries[slot];
        attempt(f, slot);
    }

    /** Starts the current attempt or handles its throttle; {@code slot} is its pending slot or MISSING. */
    private void attempt(FunctionState f, int slot) {
        long startUs = sim.now();
        if (sim.start(f, false)) {
            sim.queueAge(f, startUs - a.firstArrivalUs);
            if (a.failed) {
                if (a.errorRetries < f.config.asyncRetryDelaysUs().size()) {
                    scheduleErrorRetry(f, a.endUs);
                } else {
                    f.cold.deadLettered++; // failed every attempt: to the on-failure destination, if any
                }
            }
            if (slot != InvocationCursor.MISSING) {
                release(slot);
            }
            return;
        }
        sim.throttled(f);
        // Lambda keeps the event and retries with back-off until the maximum event age.
        long backoff = Math.min(backoffMaxUs, backoffUs << Math.min(a.backoffs, 30));
        long retryAt = sim.now() + backoff;
        if (retryAt - a.firstArrivalUs > f.config.maxEventAgeUs()) {
            f.cold.dropped++;
            f.cold.droppedByAge++;
            if (slot != InvocationCursor.MISSING) {
                release(slot);
            }
            return;
        }
        int s = slot != InvocationCursor.MISSING ? slot : allocate();
        save(f, s);
        pending.backoffs[s] = (byte) Math.min(a.backoffs + 1, 100);
        sim.schedule(retryAt, EventKind.RETRY, s);
    }

    /**
     * Lambda retries a failed async event after 1 and then 2 minutes (by default), as a fresh
     * attempt, unless the event would be older than its maximum age by then: then it is dropped.
     */
    private void scheduleErrorRetry(FunctionState f, long endUs) {
        long at = endUs + f.config.asyncRetryDelaysUs().get(a.errorRetries);
        if (at - a.firstArrivalUs > f.config.maxEventAgeUs()) {
            f.cold.dropped++;
            f.cold.droppedByAge++;
            return;
        }
        int s = allocate();
        a.errorRetries++;
        a.backoffs = 0;
        a.latencyOriginUs = at;
        save(f, s);
        f.cold.retries++;
        sim.schedule(at, EventKind.RETRY, s);
    }

    private void save(FunctionState f, int s) {
        pending.function[s] = f.id;
        pending.firstArrivalUs[s] = a.firstArrivalUs;
        pending.latencyOriginUs[s] = a.latencyOriginUs;
        pending.durationUs[s] = a.durationUs;
        pending.maxMemoryUsedMb[s] = a.maxMemoryMb;
        pending.status[s] = (byte) a.status;
        pending.backoffs[s] = (byte) a.backoffs;
        pending.errorRetries[s] = (byte) a.errorRetries;
    }

    private int allocate() {
        sim.hold(1);
        return pending.allocate();
    }

    private void release(int slot) {
        sim.hold(-1);
        pending.release(slot);
    }
}
