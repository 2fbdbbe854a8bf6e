package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;

/**
 * One invocation for a batch of messages (an SQS poller's or a stream shard's): the per-message
 * duration model of docs/event-sources.md. A trace row is a message processed alone, its duration
 * d; a share {@code p} ({@code per_message}) of it is per-message work and the rest per-invocation
 * overhead, paid once per batch. A batch of n messages then runs
 * <pre>  Σ d_i × ((1 − p) / n + p)</pre>
 * that is, p × Σ d_i of message work plus (1 − p) × the mean d of overhead. With p = 1 (the default)
 * the messages run one after the other; with p = 0 a batch takes as long as its average message.
 * The batch fails as its worst message (a timeout before an error); it needs as much memory as its
 * largest message; its latency counts from its oldest message.
 */
final class BatchModel {

    private BatchModel() {
    }

    /** Fills {@code a} for the {@code n} messages chained from {@code first}. */
    static void fill(Attempt a, MessageTable m, int first, int n, double perMessage) {
        long sum = 0;
        int status = 0;
        int maxMemory = InvocationCursor.MISSING;
        long oldest = Long.MAX_VALUE;
        int h = first;
        for (int i = 0; i < n; i++) {
            sum += m.durationUs[h];
            status = Math.max(status, m.status[h]); // Status: UNKNOWN < SUCCESS < ERROR < TIMEOUT
            maxMemory = Math.max(maxMemory, m.maxMemoryMb[h]);
            oldest = Math.min(oldest, m.arrivalUs[h]);
            h = m.next[h];
        }
        a.arrive(oldest, perMessage == 1.0 || n == 1 ? sum : Math.round(sum * ((1 - perMessage) / n + perMessage)), maxMemory,
                status, InvocationCursor.MISSING, 0);
    }
}
