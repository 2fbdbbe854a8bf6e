package io.lambdasim.engine.source;

import io.lambdasim.engine.Durations;

/**
 * A Kinesis or DynamoDB stream read by Lambda shard by shard (AWS: "How Lambda processes records
 * from Amazon Kinesis Data Streams", "... DynamoDB Streams", CreateEventSourceMapping;
 * docs/event-sources.md). Records go to the shards round robin (the trace formats carry no
 * partition key). Each shard runs {@code parallelization} batches at once; a failing batch blocks
 * its shard (its lane of the shard with parallelization) and is retried until it succeeds, its
 * retries run out or its records pass their maximum age.
 *
 * @param kind            {@link SourceKind#KINESIS} or {@link SourceKind#DYNAMODB_STREAMS}
 * @param shards          shards of the stream, 1 to 10,000
 * @param parallelization concurrent batches per shard, 1 to 10
 * @param batchSize       records per invocation at most, 1 to 10,000 (default 100)
 * @param batchWindowUs   how long to gather records before invoking, 0 to 300 s
 * @param maxRetries      retries of a failing batch before its records are discarded, 0 to
 *                        10,000, or -1: until the records expire (default)
 * @param maxRecordAgeUs  records older than this are discarded, 60 s to 7 days, or -1: until they
 *                        expire from the stream (24 h retention, the default of both)
 * @param bisectOnError   split a failing batch in two and retry the halves
 * @param perMessage      share of a record's traced duration that is per-record work (as for SQS)
 */
public record StreamSource(SourceKind kind, int shards, int parallelization, int batchSize, long batchWindowUs,
                           int maxRetries, long maxRecordAgeUs, boolean bisectOnError, double perMessage) {

    public static final int MAX_SHARDS = 10_000;
    public static final int MAX_PARALLELIZATION = 10;
    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final int MAX_RETRIES = 10_000;
    public static final long MIN_RECORD_AGE_US = 60 * Durations.US_PER_S;
    public static final long MAX_RECORD_AGE_US = 7 * Durations.US_PER_DAY;
    /** Unlimited retries or record age: -1, as in the AWS API. */
    public static final int UNLIMITED = -1;
    /** Kinesis keeps records 24 h by default, DynamoDB Streams always 24 h: then they expire. */
    public static final long RETENTION_US = 24 * Durations.US_PER_H;

    public StreamSource {
        if (kind == null || !kind.isStream()) {
            throw new IllegalArgumentException("a stream source is kinesis or dynamodb-streams, not " + kind);
        }
        Ranges.check("shards", shards, 1, MAX_SHARDS);
        Ranges.check("parallelization", parallelization, 1, MAX_PARALLELIZATION);
        Ranges.check("batch_size", batchSize, 1, SqsSource.MAX_BATCH_SIZE);
        Ranges.checkDuration("batch_window", batchWindowUs, 0, SqsSource.MAX_BATCH_WINDOW_US);
        if (maxRetries != UNLIMITED) {
            Ranges.check("max_retries", maxRetries, 0, MAX_RETRIES);
        }
        if (maxRecordAgeUs != UNLIMITED) {
            Ranges.checkDuration("max_record_age", maxRecordAgeUs, MIN_RECORD_AGE_US, MAX_RECORD_AGE_US);
        }
        Ranges.checkShare("per_message", perMessage);
    }

    /** The defaults of a stream of {@code kind}: one shard, batches of 100, no window, retried until the records expire. */
    public static StreamSource defaults(SourceKind kind) {
        return new StreamSource(kind, 1, 1, DEFAULT_BATCH_SIZE, 0, UNLIMITED, UNLIMITED, false, 1.0);
    }

    /** Records older than this are discarded: the maximum record age, else the stream's retention. */
    public long ageLimitUs() {
        return maxRecordAgeUs == UNLIMITED ? RETENTION_US : Math.min(maxRecordAgeUs, RETENTION_US);
    }
}
