package io.lambdasim.engine;

import static io.lambdasim.engine.MessageTable.NIL;

import io.lambdasim.engine.source.SqsSource;
import io.lambdasim.traces.InvocationCursor;

/**
 * An SQS queue in front of one function, read by Lambda's pollers (docs/event-sources.md cites the
 * AWS pages). The trace's arrivals are messages. A batch gathers from the oldest visible message
 * and closes when it holds {@code batch_size} messages, when 6 MB of payload would be passed, or when
 * the batching window (opened when the batch started gathering) ends; it is then invoked once,
 * as soon as a poller is free. Pollers: 5 batches at once at first; while closed batches wait for
 * one, one more every 200 ms (300 a minute), up to 1,000 or the mapping's maximum concurrency or the
 * function's reserved concurrency; back to 5 after a minute with no message and no batch running
 * (our reading of "when traffic is low"). A failed or throttled batch's messages become visible
 * again a visibility timeout after they were received; a message received {@code max_receive}
 * times goes to the dead-letter queue; a message older than the queue's retention (4 days) is gone.
 *
 * <p>Everything about a batch is decided when it starts, like any invocation: the success or
 * failure of its messages is settled then; the poller it holds is free at its completion.
 */
final class SqsStage implements ArrivalStage {

    private static final long NONE = Long.MIN_VALUE;
    private static final long POLLER_STEP_US = Durations.US_PER_MIN / SqsSource.POLLERS_ADDED_PER_MINUTE;
    private static final long IDLE_BEFORE_SCALE_DOWN_US = Durations.US_PER_MIN;
    /** After a throttled batch the pollers try again this much later (or at a completion). */
    private static final long THROTTLE_RETRY_US = Durations.US_PER_S;

    // The fields every message touches come first within their size (HotSpot lays out longs, then
    // ints, then references, each in declaration order): with a thousand functions a stage is a
    // likely cache miss, and the common case should touch as few lines of it as possible.
    private long messages;
    private long batches;
    private long batchedMessages;
    private long lastActiveUs;
    private long throttledUntilUs = NONE;
    /** The batching window, copied from the mapping so the common case reads no other object. */
    private final long windowUs;
    private int visible;
    private int returningHead = NIL;
    /** Batches allowed at once, as of {@link #backlogSinceUs}. */
    private int pollers;
    private final Simulation sim;
    private final Attempt a;

    private final MessageTable m;
    private final SqsSource cfg;
    private final int cap;

    /** Visible messages, oldest first ({@link #visible} of them). */
    private int head = NIL;
    private int tail = NIL;
    private long visibleBytes;
    /** Messages of failed batches waiting out their visibility timeout, in the order they return (from {@link #returningHead}). */
    private int returningTail = NIL;
    /** When the batch being gathered started gathering; NONE while no message is visible. */
    private long windowOpenedUs = NONE;
    /** Since when a closed batch has waited for a poller; NONE when none waits. */
    private long backlogSinceUs = NONE;
    /** Time of this stage's pending SOURCE event; earlier queue entries are stale. */
    private long timerAtUs = NONE;

    SqsStage(Simulation sim, Attempt attempt, MessageTable messages, SqsSource cfg, int reservedConcurrency) {
        this.sim = sim;
        this.a = attempt;
        this.m = messages;
        this.cfg = cfg;
        this.windowUs = cfg.batchWindowUs();
        this.cap = cfg.pollerCap(reservedConcurrency);
        this.pollers = Math.min(cap, SqsSource.INITIAL_POLLERS);
    }

    @Override
    public void arrive(FunctionState f) {
        long now = sim.now();
        messages++;
        if (visible == 0 && returningHead == NIL) {
            if (f.inflight == 0 && now - lastActiveUs >= IDLE_BEFORE_SCALE_DOWN_US) {
                pollers = Math.min(cap, SqsSource.INITIAL_POLLERS);
            }
            if (windowUs == 0 && f.inflight < pollers && (throttledUntilUs == NONE || now >= throttledUntilUs)) {
                invokeAlone(f, now);
                return;
            }
        }
        int h = m.add(a.firstArrivalUs, a.durationUs, a.maxMemoryMb, a.status, a.payloadBytes);
        sim.hold(1);
        append(h);
        pump(f);
    }

    /**
     * The common case, without the queue's bookkeeping: nothing waits, no window, a poller is free,
     * so the message is a batch of its own, invoked now, exactly as {@link #dispatch} would. The
     * message enters the queue's tables only if it has to come back (failed or throttled).
     */
    private void invokeAlone(FunctionState f, long now) {
        lastActiveUs = now;
        a.observedInitUs = InvocationCursor.MISSING; // as for any batch: the row's own INIT is not the batch's
        a.observedInitBilledUs = InvocationCursor.MISSING;
        throttledUntilUs = NONE;
        boolean started = sim.start(f, false);
        if (started) {
            batches++;
            batchedMessages++;
            sim.queueAgeZero();
            if (!a.failed) {
                return;
            }
        } else {
            sim.throttled(f);
            throttledUntilUs = now + THROTTLE_RETRY_US;
        }
        int h = m.add(a.firstArrivalUs, a.durationUs, a.maxMemoryMb, a.status, a.payloadBytes);
        m.receives[h] = 1;
        sim.hold(1);
        settleFailed(f, h, now);
        arm(f, now);
    }

    @Override
    public void finish(FunctionState f) {
        f.cold.messages += messages;
        f.cold.batches += batches;
        f.cold.batchedMessages += batchedMessages;
    }

    @Override
    public void timer(FunctionState f) {
        long now = sim.now();
        if (now != timerAtUs) {
            return; // stale: a later or earlier timer replaced it
        }
        timerAtUs = NONE;
        while (returningHead != NIL && m.visibleAtUs[returningHead] <= now) {
            int h = returningHead;
            returningHead = m.next[h];
            if (returningHead == NIL) {
                returningTail = NIL;
            }
            append(h);
        }
        pump(f);
    }

    @Override
    public void completed(FunctionState f) {
        lastActiveUs = sim.now();
        if (visible > 0) {
            pump(f); // a poller is free for a waiting batch
        }
    }

    private void append(int h) {
        m.next[h] = NIL;
        if (tail == NIL) {
            head = h;
        } else {
            m.next[tail] = h;
        }
        tail = h;
        visible++;
        visibleBytes += m.payloadBytes[h];
        if (windowOpenedUs == NONE) {
            windowOpenedUs = sim.now();
        }
    }

    /** Starts every closed batch a poller is free for, then sets the timer for what waits. */
    private void pump(FunctionState f) {
        long now = sim.now();
        while (visible > 0 && closed(now) && (throttledUntilUs == NONE || now >= throttledUntilUs)) {
            int limit = limit(now);
            if (f.inflight >= limit) {
                if (backlogSinceUs == NONE) {
                    backlogSinceUs = now;
                }
                break;
            }
            throttledUntilUs = NONE;
            dispatch(f, now);
        }
        if (backlogSinceUs != NONE && (visible == 0 || !closed(now))) {
            pollers = limit(now); // the backlog is over: keep the pollers it added
            backlogSinceUs = NONE;
        }
        arm(f, now);
    }

    private boolean closed(long now) {
        return visible >= cfg.batchSize() || visibleBytes >= SqsSource.MAX_BATCH_BYTES
                || now - windowOpenedUs >= cfg.batchWindowUs();
    }

    private int limit(long now) {
        if (backlogSinceUs == NONE) {
            return pollers;
        }
        return (int) Math.min(cap, pollers + (now - backlogSinceUs) / POLLER_STEP_US);
    }

    /** Takes the next batch off the queue and invokes the function once for it. */
    private void dispatch(FunctionState f, long now) {
        int first = NIL;
        int last = NIL;
        int n = 0;
        long bytes = 0;
        while (head != NIL && n < cfg.batchSize()) {
            int h = head;
            long size = m.payloadBytes[h];
            if (n > 0 && bytes + size > SqsSource.MAX_BATCH_BYTES) {
                break;
            }
            head = m.next[h];
            if (head == NIL) {
                tail = NIL;
            }
            visible--;
            visibleBytes -= size;
            if (now - m.arrivalUs[h] > SqsSource.RETENTION_US) {
                f.cold.droppedByAge++;
                release(h);
                continue;
            }
            m.receives[h]++;
            m.next[h] = NIL;
            if (last == NIL) {
                first = h;
            } else {
                m.next[last] = h;
            }
            last = h;
            n++;
            bytes += size;
        }
        windowOpenedUs = visible > 0 ? now : NONE;
        if (n == 0) {
            return;
        }
        lastActiveUs = now;
        BatchModel.fill(a, m, first, n, cfg.perMessage());
        if (!sim.start(f, false)) {
            sim.throttled(f);
            throttledUntilUs = now + THROTTLE_RETRY_US;
            settleFailed(f, first, now);
            return;
        }
        batches++;
        batchedMessages += n;
        for (int h = first; h != NIL; h = m.next[h]) {
            sim.queueAge(f, now - m.arrivalUs[h]);
        }
        if (a.failed) {
            settleFailed(f, first, now);
        } else {
            for (int h = first; h != NIL; ) {
                int next = m.next[h];
                release(h); // deleted from the queue by the poller
                h = next;
            }
        }
    }

    /** A failed or throttled batch received at {@code now}: back after the visibility timeout, or to the dead-letter queue. */
    private void settleFailed(FunctionState f, int first, long now) {
        for (int h = first; h != NIL; ) {
            int next = m.next[h];
            if (cfg.maxReceive() != InvocationCursor.MISSING && m.receives[h] >= cfg.maxReceive()) {
                f.cold.deadLettered++;
                release(h);
            } else {
                m.visibleAtUs[h] = now + cfg.visibilityTimeoutUs();
                m.next[h] = NIL;
                if (returningTail == NIL) {
                    returningHead = h;
                } else {
                    m.next[returningTail] = h;
                }
                returningTail = h;
            }
            h = next;
        }
    }

    private void release(int h) {
        m.release(h);
        sim.hold(-1);
    }

    /** Wakes the stage at the earliest of: the window's end, a message's return, the next poller, a throttle retry. */
    private void arm(FunctionState f, long now) {
        long next = Long.MAX_VALUE;
        if (visible > 0) {
            if (!closed(now)) {
                next = windowOpenedUs + cfg.batchWindowUs();
            } else if (throttledUntilUs != NONE && throttledUntilUs > now) {
                next = throttledUntilUs;
            } else if (backlogSinceUs != NONE && limit(now) < cap) {
                next = backlogSinceUs + ((now - backlogSinceUs) / POLLER_STEP_US + 1) * POLLER_STEP_US;
            }
        }
        if (returningHead != NIL) {
            next = Math.min(next, Math.max(now, m.visibleAtUs[returningHead]));
        }
        if (next != Long.MAX_VALUE && (timerAtUs == NONE || next < timerAtUs)) {
            timerAtUs = next;
            sim.schedule(next, EventKind.SOURCE, f.id);
        }
    }
}
