package io.lambdasim.traces;

/**
 * A forward-only cursor over one time-ordered stream of invocations: the single shape every trace
 * reader and generator produces and the engine consumes.
 *
 * <p>Why a cursor and not a stream of objects: the engine replays hundreds of millions of
 * invocations, and one object per invocation would make the garbage collector the bottleneck.
 * After {@link #next()} returns {@code true} the accessors describe the current invocation until
 * the next call; nothing is allocated per row.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #startUs()} never decreases from one invocation to the next (ties keep source order);
 *       time is microseconds since the start of the trace.</li>
 *   <li>Fields the source does not carry return {@link #MISSING} ({@code -1}); they are never
 *       silently zero.</li>
 *   <li>A malformed source makes {@code next()} throw {@link TraceException} naming file, line and
 *       field.</li>
 * </ul>
 */
public interface InvocationCursor extends AutoCloseable {

    /** Marker for a field the source does not carry. */
    int MISSING = -1;

    /** Advances to the next invocation; {@code false} at the end of the stream. */
    boolean next();

    /** The names behind {@link #functionId()}; grows while the cursor reads. */
    FunctionTable functions();

    /** Dense function id, 0-based, an index into {@link #functions()}. */
    int functionId();

    /** Start of the invocation (arrival at the platform), µs since trace start. */
    long startUs();

    /** Duration of the handler (excluding INIT), µs. */
    long durationUs();

    /** Configured memory, MB, or {@link #MISSING}. */
    int memoryMb();

    /** Max memory used, MB, or {@link #MISSING}. */
    int maxMemoryUsedMb();

    /** Observed INIT duration, µs, or {@link #MISSING}; present means an observed cold start. */
    long initUs();

    /** Billed duration as the source reported it, µs, or {@link #MISSING}. */
    long billedUs();

    /**
     * The part of {@link #initUs()} AWS billed, µs, when the source says so (a SnapStart restore:
     * {@code Billed Restore Duration}, while {@code Restore Duration} is the INIT latency), else
     * {@link #MISSING}: the billing era's INIT rule applies.
     */
    default long initBilledUs() {
        return MISSING;
    }

    /** One of {@link Status}'s constants. */
    int status();

    /** One of {@link InvocationType}'s constants. */
    int invocationType();

    /** Payload size in bytes, or {@link #MISSING}. */
    long payloadBytes();

    /**
     * Observed execution environment (e.g. the CloudWatch log stream), as a dense id into
     * {@link #environments()}, or {@link #MISSING}.
     */
    default int environmentId() {
        return MISSING;
    }

    /**
     * The record's partition key as {@link PartitionKey} hashes it (non-negative), or {@link #MISSING}:
     * a Kinesis or DynamoDB stream routes records of one key to one shard.
     */
    default long partitionKey() {
        return MISSING;
    }

    /** Names behind {@link #environmentId()}; empty when the source has none. */
    default FunctionTable environments() {
        return FunctionTable.EMPTY;
    }

    /**
     * Trace time 0 on the source's own clock (µs since the Unix epoch for CloudWatch logs; since the
     * trace's zero for Azure 2021), else {@link #MISSING}; known once {@link #next()} has returned
     * {@code true}. Lets several files of one workload be merged on one clock.
     */
    default long originUs() {
        return MISSING;
    }

    /**
     * What the reader did besides producing rows (rows skipped, functions defaulted, which optional
     * fields the source carries). Final once {@link #next()} has returned {@code false}.
     */
    default TraceReport report() {
        return TraceReport.none();
    }

    /** Releases the underlying file; never throws a checked exception. */
    @Override
    void close();
}
