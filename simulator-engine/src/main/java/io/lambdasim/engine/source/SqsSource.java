package io.lambdasim.engine.source;

import io.lambdasim.engine.Durations;
import io.lambdasim.traces.InvocationCursor;

/**
 * An SQS queue read by Lambda's pollers (AWS: "Lambda parameters for Amazon SQS event source
 * mappings", "Configuring scaling behavior for SQS event source mappings", CreateEventSourceMapping;
 * docs/event-sources.md).
 *
 * @param batchSize           messages per invocation at most, 1 to 10,000 (default 10); above 10
 *                            only with a batching window of at least 1 s
 * @param batchWindowUs       how long a poller gathers messages before invoking, 0 to 300 s
 * @param maxConcurrency      the mapping's maximum concurrency, 2 to 1,000, or MISSING (none)
 * @param visibilityTimeoutUs a failed batch's messages return to the queue this long after they
 *                            were received (the queue's setting: 0 to 12 h, default 30 s)
 * @param maxReceive          receives after which a message goes to the dead-letter queue, 1 to
 *                            1,000, or MISSING (no redrive policy: retried until the retention ends)
 * @param perMessage          share of a message's traced duration that is per-message work, 0 to 1
 *                            (default 1: a batch of n runs as long as its n messages one after the
 *                            other); the rest is per-invocation overhead paid once per batch
 */
public record SqsSource(int batchSize, long batchWindowUs, int maxConcurrency, long visibilityTimeoutUs, int maxReceive,
                        double perMessage) {

    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final int MAX_BATCH_SIZE = 10_000;
    /** Above this batch size AWS requires a batching window of at least 1 s. */
    public static final int MAX_BATCH_WITHOUT_WINDOW = 10;
    public static final long MAX_BATCH_WINDOW_US = 300 * Durations.US_PER_S;
    public static final int MIN_MAX_CONCURRENCY = 2;
    public static final int MAX_MAX_CONCURRENCY = 1_000;
    public static final long DEFAULT_VISIBILITY_TIMEOUT_US = 30 * Durations.US_PER_S;
    public static final long MAX_VISIBILITY_TIMEOUT_US = 12 * Durations.US_PER_H;
    public static final int MAX_RECEIVE = 1_000;
    /** A batch closes before its payload would pass 6 MB, the synchronous invocation payload limit. */
    public static final long MAX_BATCH_BYTES = 6L * 1024 * 1024;
    /** Pollers start with 5 concurrent batches ... */
    public static final int INITIAL_POLLERS = 5;
    /** ... add up to 300 a minute while messages wait ... */
    public static final int POLLERS_ADDED_PER_MINUTE = 300;
    /** ... to at most 1,000 batches at once (the current AWS page; it said 1,250 before). */
    public static final int MAX_POLLERS = 1_000;
    /** SQS keeps a message 4 days by default (its retention period): older ones are gone. */
    public static final long RETENTION_US = 4 * Durations.US_PER_DAY;

    public static final SqsSource DEFAULTS = new SqsSource(DEFAULT_BATCH_SIZE, 0, InvocationCursor.MISSING,
            DEFAULT_VISIBILITY_TIMEOUT_US, InvocationCursor.MISSING, 1.0);

    public SqsSource {
        Ranges.check("batch_size", batchSize, 1, MAX_BATCH_SIZE);
        Ranges.checkDuration("batch_window", batchWindowUs, 0, MAX_BATCH_WINDOW_US);
        if (batchSize > MAX_BATCH_WITHOUT_WINDOW && batchWindowUs < Durations.US_PER_S) {
            throw new IllegalArgumentException("batch_size " + batchSize + " above " + MAX_BATCH_WITHOUT_WINDOW
                    + " needs a batch_window of at least 1s (AWS), found " + Durations.format(batchWindowUs));
        }
        if (maxConcurrency != InvocationCursor.MISSING) {
            Ranges.check("max_concurrency", maxConcurrency, MIN_MAX_CONCURRENCY, MAX_MAX_CONCURRENCY);
        }
        Ranges.checkDuration("visibility_timeout", visibilityTimeoutUs, 0, MAX_VISIBILITY_TIMEOUT_US);
        if (maxReceive != InvocationCursor.MISSING) {
            Ranges.check("max_receive", maxReceive, 1, MAX_RECEIVE);
        }
        Ranges.checkShare("per_message", perMessage);
    }

    /** Most batches at once: 1,000, or less by the mapping's maximum concurrency or the function's reservation. */
    public int pollerCap(int reservedConcurrency) {
        int cap = MAX_POLLERS;
        if (maxConcurrency != InvocationCursor.MISSING) {
            cap = Math.min(cap, maxConcurrency);
        }
        if (reservedConcurrency != InvocationCursor.MISSING) {
            cap = Math.min(cap, Math.max(1, reservedConcurrency));
        }
        return cap;
    }
}
