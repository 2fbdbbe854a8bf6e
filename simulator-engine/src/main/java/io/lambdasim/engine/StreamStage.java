package io.lambdasim.engine;

import static io.lambdasim.engine.MessageTable.NIL;

import io.lambdasim.engine.source.SqsSource;
import io.lambdasim.engine.source.StreamSource;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.PartitionKey;

/**
 * A Kinesis or DynamoDB stream in front of one function (docs/event-sources.md cites the AWS
 * pages). The trace's arrivals are records; a record with a partition key (the native CSV's
 * {@code partition_key}) goes to the shard its key's MD5 falls in and to one lane of it, a record
 * without one round robin over the shards and within a shard over its {@code parallelization} lanes; each lane
 * runs one batch at a time, in order, so the function runs at most shards × parallelization
 * batches at once. A batch takes up to {@code batch_size} records from its lane's head and closes
 * when full, at 6 MB, or when the batching window ends. A failed batch blocks its lane: it is
 * retried (right after it ends) until it succeeds, until {@code max_retries} retries (then its
 * records are discarded to the on-failure destination: dead-lettered) or until its records pass
 * {@code max_record_age} or the stream's 24 h retention (dropped by age). With bisect-on-error a
 * failing batch of several records is split and its first half retried alone (splits do not count
 * as retries). The iterator age (now − arrival of the batch's newest record) is recorded per batch.
 */
final class StreamStage implements ArrivalStage {

    private static final long NONE = Long.MIN_VALUE;
    private static final long THROTTLE_RETRY_US = Durations.US_PER_S;

    private final Simulation sim;
    private final Attempt a;
    private final MessageTable m;
    private final StreamSource cfg;
    private final int lanes;
    private final long ageLimitUs;

    // Per lane (shard × parallelization), struct of arrays.
    private final int[] head;
    private final int[] tail;
    private final int[] count;
    private final long[] bytes;
    private final long[] windowOpenedUs;
    /** End of the batch in flight, or NONE. */
    private final long[] busyUntilUs;
    private final long[] retryAtUs;
    private final int[] inFlight;
    private final boolean[] inFlightFailed;
    private final int[] retries;
    /** Most records the next batch may take: the batch size, the failed batch's size (a retry), or half of it (bisection). */
    private final int[] limit;
    /** Records routed so far, for the round robin over shards; per shard, over its lanes. */
    private long routed;
    private final int[] routedInShard;
    private long timerAtUs = NONE;
    private long messages;
    private long batches;
    private long batchedMessages;

    StreamStage(Simulation sim, Attempt attempt, MessageTable messages, StreamSource cfg) {
        this.sim = sim;
        this.a = attempt;
        this.m = messages;
        this.cfg = cfg;
        this.lanes = cfg.shards() * cfg.parallelization();
        this.ageLimitUs = cfg.ageLimitUs();
        head = filled(NIL);
        tail = filled(NIL);
        count = new int[lanes];
        bytes = new long[lanes];
        windowOpenedUs = longs(NONE);
        busyUntilUs = longs(NONE);
        retryAtUs = longs(NONE);
        inFlight = new int[lanes];
        inFlightFailed = new boolean[lanes];
        retries = new int[lanes];
        limit = filled(cfg.batchSize());
        routedInShard = new int[cfg.shards()];
    }

    private int[] filled(int v) {
        int[] x = new int[lanes];
        java.util.Arrays.fill(x, v);
        return x;
    }

    private long[] longs(long v) {
        long[] x = new long[lanes];
        java.util.Arrays.fill(x, v);
        return x;
    }

    @Override
    public void arrive(FunctionState f) {
        long now = sim.now();
        int lane = lane(a.partitionKey);
        int h = m.add(a.firstArrivalUs, a.durationUs, a.maxMemoryMb, a.status, a.payloadBytes);
        messages++;
        sim.hold(1);
        if (tail[lane] == NIL) {
            head[lane] = h;
        } else {
            m.next[tail[lane]] = h;
        }
        tail[lane] = h;
        count[lane]++;
        bytes[lane] += m.payloadBytes[h];
        if (windowOpenedUs[lane] == NONE) {
            windowOpenedUs[lane] = now;
        }
        tryDispatch(f, lane, now);
        arm(f, now);
    }

    /**
     * A record with a partition key goes to the shard whose hash-key range holds it ({@link PartitionKey#shardOf}),
     * and within it always to the same lane, as Lambda keeps a key's records in order at any
     * parallelization; a record without one goes round robin over the shards, and within a shard over its lanes.
     */
    private int lane(long key) {
        int par = cfg.parallelization();
        if (key != InvocationCursor.MISSING) {
            return PartitionKey.shardOf(key, cfg.shards()) * par + (int) (key % par);
        }
        int shard = (int) (routed++ % cfg.shards());
        int lane = shard * par + routedInShard[shard]++ % par;
        if (routedInShard[shard] == par) {
            routedInShard[shard] = 0;
        }
        return lane;
    }

    @Override
    public void completed(FunctionState f) {
        long now = sim.now();
        for (int lane = 0; lane < lanes; lane++) {
            if (busyUntilUs[lane] == now) {
                finish(f, lane, now);
                tryDispatch(f, lane, now);
            }
        }
        arm(f, now);
    }

    @Override
    public void timer(FunctionState f) {
        long now = sim.now();
        if (now != timerAtUs) {
            return;
        }
        timerAtUs = NONE;
        for (int lane = 0; lane < lanes; lane++) {
            tryDispatch(f, lane, now);
        }
        arm(f, now);
    }

    /** The batch of {@code lane} ended: its records leave on success; a failure blocks the lane for a retry. */
    private void finish(FunctionState f, int lane, long now) {
        busyUntilUs[lane] = NONE;
        int n = inFlight[lane];
        if (!inFlightFailed[lane]) {
            removeHead(lane, n);
            retries[lane] = 0;
            limit[lane] = cfg.batchSize();
        } else if (cfg.bisectOnError() && n > 1) {
            limit[lane] = n / 2;
        } else if (cfg.maxRetries() != StreamSource.UNLIMITED && retries[lane] >= cfg.maxRetries()) {
            f.cold.deadLettered += n; // discarded to the on-failure destination
            removeHead(lane, n);
            retries[lane] = 0;
            limit[lane] = cfg.batchSize();
        } else {
            retries[lane]++;
            f.cold.retries++;
            limit[lane] = n; // the same batch again, not the records that arrived meanwhile
        }
        windowOpenedUs[lane] = count[lane] > 0 ? now : NONE;
    }

    private void removeHead(int lane, int n) {
        for (int i = 0; i < n; i++) {
            int h = head[lane];
            head[lane] = m.next[h];
            count[lane]--;
            bytes[lane] -= m.payloadBytes[h];
            m.release(h);
            sim.hold(-1);
        }
        if (head[lane] == NIL) {
            tail[lane] = NIL;
        }
    }

    private void tryDispatch(FunctionState f, int lane, long now) {
        if (busyUntilUs[lane] != NONE || count[lane] == 0 || (retryAtUs[lane] != NONE && now < retryAtUs[lane])) {
            return;
        }
        retryAtUs[lane] = NONE;
        while (count[lane] > 0 && now - m.arrivalUs[head[lane]] > ageLimitUs) {
            f.cold.droppedByAge++; // past its maximum age or the stream's retention
            removeHead(lane, 1);
            retries[lane] = 0;
            limit[lane] = cfg.batchSize();
        }
        if (count[lane] == 0) {
            windowOpenedUs[lane] = NONE;
            return;
        }
        boolean retrying = retries[lane] > 0 || limit[lane] < cfg.batchSize();
        if (!retrying && count[lane] < cfg.batchSize() && bytes[lane] < SqsSource.MAX_BATCH_BYTES
                && now - windowOpenedUs[lane] < cfg.batchWindowUs()) {
            return; // still gathering
        }
        int n = 0;
        long size = 0;
        int last = NIL;
        for (int h = head[lane]; h != NIL && n < limit[lane]; h = m.next[h]) {
            if (n > 0 && size + m.payloadBytes[h] > SqsSource.MAX_BATCH_BYTES) {
                break;
            }
            size += m.payloadBytes[h];
            last = h;
            n++;
        }
        BatchModel.fill(a, m, head[lane], n, cfg.perMessage());
        if (!sim.start(f, false)) {
            sim.throttled(f);
            retryAtUs[lane] = now + THROTTLE_RETRY_US;
            return;
        }
        batches++;
        batchedMessages += n;
        sim.queueAge(f, now - m.arrivalUs[last]); // the iterator age: of the batch's newest record
        busyUntilUs[lane] = a.endUs;
        inFlight[lane] = n;
        inFlightFailed[lane] = a.failed;
    }

    @Override
    public void finish(FunctionState f) {
        f.cold.messages += messages;
        f.cold.batches += batches;
        f.cold.batchedMessages += batchedMessages;
    }

    /** One timer at the earliest window end or throttle retry of an idle lane. */
    private void arm(FunctionState f, long now) {
        long next = Long.MAX_VALUE;
        for (int lane = 0; lane < lanes; lane++) {
            if (busyUntilUs[lane] != NONE || count[lane] == 0) {
                continue;
            }
            if (retryAtUs[lane] != NONE) {
                next = Math.min(next, retryAtUs[lane]);
            } else if (windowOpenedUs[lane] != NONE) {
                next = Math.min(next, Math.max(now, windowOpenedUs[lane] + cfg.batchWindowUs()));
            }
        }
        if (next != Long.MAX_VALUE && (timerAtUs == NONE || next < timerAtUs)) {
            timerAtUs = next;
            sim.schedule(next, EventKind.SOURCE, f.id);
        }
    }
}
