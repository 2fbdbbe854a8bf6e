package io.lambdasim.engine.source;

import io.lambdasim.traces.InvocationCursor;

/**
 * Event-source settings as given for a function or for every function, each one optional
 * ({@code null}: inherit); a given value is checked against AWS's range here, so every front end
 * reports the same one-line error. {@link #over} layers a function's settings on the run's, and
 * {@link #async}, {@link #sqs}, {@link #stream} resolve them into the typed, fully checked
 * configurations the engine runs.
 *
 * @param source          what invokes the function; null: each trace row's own trigger
 * @param batchSize       sqs and streams
 * @param batchWindowUs   sqs and streams
 * @param maxConcurrency  sqs
 * @param visibilityTimeoutUs sqs
 * @param maxReceive      sqs
 * @param shards          streams
 * @param parallelization streams
 * @param maxRetries      streams (-1: unlimited)
 * @param maxRecordAgeUs  streams (-1: unlimited)
 * @param bisectOnError   streams
 * @param perMessage      sqs and streams: the per-message share of a message's duration
 * @param asyncRetries    async and schedule
 * @param maxEventAgeUs   async and schedule
 */
public record SourceSettings(SourceKind source, Integer batchSize, Long batchWindowUs, Integer maxConcurrency,
                             Long visibilityTimeoutUs, Integer maxReceive, Integer shards, Integer parallelization,
                             Integer maxRetries, Long maxRecordAgeUs, Boolean bisectOnError, Double perMessage,
                             Integer asyncRetries, Long maxEventAgeUs) {

    public static final SourceSettings NONE = new Builder().build();

    public SourceSettings {
        if (batchSize != null) {
            Ranges.check("batch_size", batchSize, 1, SqsSource.MAX_BATCH_SIZE);
        }
        if (batchWindowUs != null) {
            Ranges.checkDuration("batch_window", batchWindowUs, 0, SqsSource.MAX_BATCH_WINDOW_US);
        }
        if (maxConcurrency != null) {
            Ranges.check("max_concurrency", maxConcurrency, SqsSource.MIN_MAX_CONCURRENCY, SqsSource.MAX_MAX_CONCURRENCY);
        }
        if (visibilityTimeoutUs != null) {
            Ranges.checkDuration("visibility_timeout", visibilityTimeoutUs, 0, SqsSource.MAX_VISIBILITY_TIMEOUT_US);
        }
        if (maxReceive != null) {
            Ranges.check("max_receive", maxReceive, 1, SqsSource.MAX_RECEIVE);
        }
        if (shards != null) {
            Ranges.check("shards", shards, 1, StreamSource.MAX_SHARDS);
        }
        if (parallelization != null) {
            Ranges.check("parallelization", parallelization, 1, StreamSource.MAX_PARALLELIZATION);
        }
        if (maxRetries != null && maxRetries != StreamSource.UNLIMITED) {
            Ranges.check("max_retries", maxRetries, 0, StreamSource.MAX_RETRIES);
        }
        if (maxRecordAgeUs != null && maxRecordAgeUs != StreamSource.UNLIMITED) {
            Ranges.checkDuration("max_record_age", maxRecordAgeUs, StreamSource.MIN_RECORD_AGE_US, StreamSource.MAX_RECORD_AGE_US);
        }
        if (perMessage != null) {
            Ranges.checkShare("per_message", perMessage);
        }
        if (asyncRetries != null) {
            Ranges.check("async_retries", asyncRetries, 0, AsyncSource.MAX_RETRIES);
        }
        if (maxEventAgeUs != null) {
            AsyncSource.checkMaxEventAge(maxEventAgeUs);
        }
    }

    /** These settings where given, {@code base}'s elsewhere. */
    public SourceSettings over(SourceSettings base) {
        return new SourceSettings(or(source, base.source), or(batchSize, base.batchSize), or(batchWindowUs, base.batchWindowUs),
                or(maxConcurrency, base.maxConcurrency), or(visibilityTimeoutUs, base.visibilityTimeoutUs),
                or(maxReceive, base.maxReceive), or(shards, base.shards), or(parallelization, base.parallelization),
                or(maxRetries, base.maxRetries), or(maxRecordAgeUs, base.maxRecordAgeUs), or(bisectOnError, base.bisectOnError),
                or(perMessage, base.perMessage), or(asyncRetries, base.asyncRetries), or(maxEventAgeUs, base.maxEventAgeUs));
    }

    private static <T> T or(T v, T fallback) {
        return v != null ? v : fallback;
    }

    /** The async settings, over {@code base} (the run's). */
    public AsyncSource async(AsyncSource base) {
        return new AsyncSource(or(asyncRetries, base.retries()), or(maxEventAgeUs, base.maxEventAgeUs()));
    }

    /** The SQS mapping these settings describe, AWS's defaults for what they leave unset. */
    public SqsSource sqs() {
        SqsSource d = SqsSource.DEFAULTS;
        return new SqsSource(or(batchSize, d.batchSize()), or(batchWindowUs, d.batchWindowUs()),
                or(maxConcurrency, InvocationCursor.MISSING), or(visibilityTimeoutUs, d.visibilityTimeoutUs()),
                or(maxReceive, InvocationCursor.MISSING), or(perMessage, d.perMessage()));
    }

    /** The stream mapping (kinesis or dynamodb-streams) these settings describe, AWS's defaults for the rest. */
    public StreamSource stream() {
        StreamSource d = StreamSource.defaults(source);
        return new StreamSource(source, or(shards, d.shards()), or(parallelization, d.parallelization()),
                or(batchSize, d.batchSize()), or(batchWindowUs, d.batchWindowUs()), or(maxRetries, d.maxRetries()),
                or(maxRecordAgeUs, d.maxRecordAgeUs()), or(bisectOnError, d.bisectOnError()), or(perMessage, d.perMessage()));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable; {@link #build()} checks the ranges. */
    public static final class Builder {
        private SourceKind source;
        private Integer batchSize;
        private Long batchWindowUs;
        private Integer maxConcurrency;
        private Long visibilityTimeoutUs;
        private Integer maxReceive;
        private Integer shards;
        private Integer parallelization;
        private Integer maxRetries;
        private Long maxRecordAgeUs;
        private Boolean bisectOnError;
        private Double perMessage;
        private Integer asyncRetries;
        private Long maxEventAgeUs;

        private Builder() {
        }

        private Builder(SourceSettings s) {
            source = s.source;
            batchSize = s.batchSize;
            batchWindowUs = s.batchWindowUs;
            maxConcurrency = s.maxConcurrency;
            visibilityTimeoutUs = s.visibilityTimeoutUs;
            maxReceive = s.maxReceive;
            shards = s.shards;
            parallelization = s.parallelization;
            maxRetries = s.maxRetries;
            maxRecordAgeUs = s.maxRecordAgeUs;
            bisectOnError = s.bisectOnError;
            perMessage = s.perMessage;
            asyncRetries = s.asyncRetries;
            maxEventAgeUs = s.maxEventAgeUs;
        }

        public Builder source(SourceKind v) { source = v; return this; }
        public Builder batchSize(Integer v) { batchSize = v; return this; }
        public Builder batchWindowUs(Long v) { batchWindowUs = v; return this; }
        public Builder maxConcurrency(Integer v) { maxConcurrency = v; return this; }
        public Builder visibilityTimeoutUs(Long v) { visibilityTimeoutUs = v; return this; }
        public Builder maxReceive(Integer v) { maxReceive = v; return this; }
        public Builder shards(Integer v) { shards = v; return this; }
        public Builder parallelization(Integer v) { parallelization = v; return this; }
        public Builder maxRetries(Integer v) { maxRetries = v; return this; }
        public Builder maxRecordAgeUs(Long v) { maxRecordAgeUs = v; return this; }
        public Builder bisectOnError(Boolean v) { bisectOnError = v; return this; }
        public Builder perMessage(Double v) { perMessage = v; return this; }
        public Builder asyncRetries(Integer v) { asyncRetries = v; return this; }
        public Builder maxEventAgeUs(Long v) { maxEventAgeUs = v; return this; }

        public SourceSettings build() {
            return new SourceSettings(source, batchSize, batchWindowUs, maxConcurrency, visibilityTimeoutUs, maxReceive,
                    shards, parallelization, maxRetries, maxRecordAgeUs, bisectOnError, perMessage, asyncRetries,
                    maxEventAgeUs);
        }
    }
}
