package io.lambdasim.engine.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What invokes a function: how an arrival of the trace reaches the pool (docs/event-sources.md).
 * When a function names none, each trace row's own trigger decides: a synchronous or unknown call
 * is {@link #SYNC}, an async or polled one goes through Lambda's internal queue ({@link #ASYNC}).
 */
public enum SourceKind {
    /** API Gateway, ALB, Function URL, a direct call: at once, or HTTP 429. */
    SYNC("sync"),
    /** S3, SNS, EventBridge, a direct async call: Lambda's internal queue with retries. */
    ASYNC("async"),
    /** An SQS queue read by pollers in batches. */
    SQS("sqs"),
    /** A Kinesis data stream read shard by shard in batches. */
    KINESIS("kinesis"),
    /** A DynamoDB stream read shard by shard in batches. */
    DYNAMODB_STREAMS("dynamodb-streams"),
    /** EventBridge scheduled rules: one asynchronous invocation per firing (each trace row is a firing). */
    SCHEDULE("schedule");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    /** The name users write ({@code source=sqs}). */
    public String id() {
        return id;
    }

    public boolean isStream() {
        return this == KINESIS || this == DYNAMODB_STREAMS;
    }

    /** Parses a name; IllegalArgumentException listing the allowed ones. */
    public static SourceKind parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        for (SourceKind k : values()) {
            if (k.id.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("source '" + text + "' (allowed: " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(SourceKind::id).collect(Collectors.joining(", "));
    }
}
