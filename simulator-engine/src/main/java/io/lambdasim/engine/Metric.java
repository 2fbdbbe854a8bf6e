package io.lambdasim.engine;

import static io.lambdasim.engine.Aggregation.DERIVED;
import static io.lambdasim.engine.Aggregation.HISTOGRAM;
import static io.lambdasim.engine.Aggregation.MAX;
import static io.lambdasim.engine.Aggregation.RUN_PEAK;
import static io.lambdasim.engine.Aggregation.SUM;
import static io.lambdasim.engine.Metric.Kind.COUNT;
import static io.lambdasim.engine.Metric.Kind.DECIMAL;
import static io.lambdasim.engine.Metric.Kind.EXACT;
import static io.lambdasim.engine.Metric.Kind.MICROS;
import static io.lambdasim.engine.Metric.Kind.PERCENTILE;
import static io.lambdasim.engine.MetricGroup.BILLING;
import static io.lambdasim.engine.MetricGroup.ENVIRONMENTS;
import static io.lambdasim.engine.MetricGroup.LATENCY;
import static io.lambdasim.engine.MetricGroup.NONE;
import static io.lambdasim.engine.MetricGroup.OBSERVED;
import static io.lambdasim.engine.MetricGroup.TOP;

/**
 * Every figure the engine measures, declared once: its JSON key (inside its {@link MetricGroup}),
 * its column in per-function tables, its kind and unit, how it adds up over functions, and what
 * it means. {@link UsageStats} holds the values (the measured ones in a primitive array indexed by
 * this enum's ordinal, filled once at the end of a run); the writers (scenario JSON, tables,
 * results.csv, summaries) iterate these declarations instead of copying fields one by one. In the
 * spirit of Caffeine's simulator ({@code PolicyStats} and its {@code Metric}s).
 *
 * <p>Declaration order is the JSON order within each group. Names are a published contract: add
 * metrics freely, never rename one. Where a writer's older name differs (results.csv calls
 * {@link #THROTTLED} {@code throttles}), that writer maps its name to the metric.
 */
public enum Metric {

    INVOCATIONS(TOP, "invocations", "invocations", COUNT, 0, "invocations", SUM,
            "arrivals: the trace's rows (retries and warmer pings not included)"),
    COLD_STARTS(TOP, "coldStarts", "cold_starts", COUNT, 0, "invocations", SUM,
            "started attempts that ran INIT (async retries included, warmer pings apart)"),
    COLD_START_RATIO(TOP, "coldStartRatio", "cold_start_ratio", DECIMAL, 6, "ratio", DERIVED,
            "cold starts over invocations"),
    WARM_STARTS(TOP, "warmStarts", "warm_starts", COUNT, 0, "invocations", SUM,
            "started attempts on an initialised environment (provisioned ones included)"),
    THROTTLED(TOP, "throttled", "throttled", COUNT, 0, "attempts", SUM,
            "attempts refused by a concurrency or scaling limit: a synchronous caller's HTTP 429, or each"
                    + " throttled try of a queued event (results.csv calls the column throttles)"),
    TIMEOUTS(TOP, "timeouts", "timeouts", COUNT, 0, "attempts", SUM,
            "started attempts stopped at the function's timeout (billed for the whole timeout)"),
    ERRORS(TOP, "errors", "errors", COUNT, 0, "attempts", SUM,
            "failed attempts: function errors, timeouts and out-of-memory failures"),
    OUT_OF_MEMORY(TOP, "outOfMemory", null, COUNT, 0, "attempts", SUM,
            "attempts that used more memory than configured (also counted in errors)"),
    RETRIES(TOP, "retries", "retries", COUNT, 0, "attempts", SUM,
            "retries Lambda made of failed invocations: async events, stream batches (SQS messages return instead)"),
    DROPPED(TOP, "dropped", "dropped", COUNT, 0, "events", SUM,
            "async events dropped at their maximum event age"),
    WARMER_INVOCATIONS(TOP, "warmerInvocations", null, COUNT, 0, "invocations", SUM,
            "warmer pings started (billed; not in invocations)"),
    PEAK_CONCURRENCY(TOP, "peakConcurrency", "peak_concurrency", COUNT, 0, "invocations", RUN_PEAK,
            "most invocations in flight at once"),
    WARMER_COLD_STARTS(TOP, "warmerColdStarts", null, COUNT, 0, "invocations", SUM,
            "warmer pings that started cold"),
    INIT_MS(TOP, "initMs", "init_ms", MICROS, 3, "ms", SUM,
            "INIT time of the cold starts (warmer pings included), billed or not"),
    MEAN_DURATION_WITHOUT_INIT(TOP, "meanDurationWithoutInitMs", "mean_duration_without_init_ms", DECIMAL, 3, "ms", DERIVED,
            "handler duration per started invocation (warmer pings and retries included), INIT excluded, not"
                    + " rounded: the time the code ran"),
    MEAN_BILLED_DURATION(TOP, "meanBilledDurationMs", "mean_billed_duration_ms", DECIMAL, 3, "ms", DERIVED,
            "billed duration per request, on demand and on provisioned concurrency, INIT included where the rules"
                    + " bill it (results.csv: mean_duration_ms)"),

    ENVIRONMENTS_CREATED(ENVIRONMENTS, "created", "environments_created", COUNT, 0, "environments", SUM,
            "execution environments created on demand or pre-warmed (provisioned ones apart)"),
    PROVISIONED_ENVIRONMENTS(ENVIRONMENTS, "provisioned", null, COUNT, 0, "environments", SUM,
            "provisioned-concurrency environments created"),
    PEAK_ENVIRONMENTS(ENVIRONMENTS, "peak", "peak_environments", COUNT, 0, "environments", RUN_PEAK,
            "most environments alive at once"),
    AVG_ALIVE(ENVIRONMENTS, "avgAlive", "avg_alive", DECIMAL, 6, "environments", DERIVED,
            "environments alive on average over the horizon"),
    AVG_BUSY(ENVIRONMENTS, "avgBusy", "avg_busy", DECIMAL, 6, "environments", DERIVED,
            "environments busy (in INIT or running) on average over the horizon"),
    IDLE_GB_SECONDS(ENVIRONMENTS, "idleGbSeconds", "idle_gb_s", EXACT, 6, "GB-s", SUM,
            "memory held by idle environments"),
    REINITIALISED(ENVIRONMENTS, "reinitialised", "environments_reinitialised", COUNT, 0, "environments", SUM,
            "environments reset after a timeout or an out-of-memory failure whose next invocation ran INIT again"
                    + " (counted in cold starts, not in created)"),

    LATENCY_P50(LATENCY, "p50", "latency_p50_ms", PERCENTILE, 3, "ms", HISTOGRAM,
            "median latency of started invocations: queueing + INIT + duration"),
    LATENCY_P90(LATENCY, "p90", "latency_p90_ms", PERCENTILE, 3, "ms", HISTOGRAM,
            "90th percentile of the latency"),
    LATENCY_P99(LATENCY, "p99", "latency_p99_ms", PERCENTILE, 3, "ms", HISTOGRAM,
            "99th percentile of the latency"),
    LATENCY_MAX(LATENCY, "max", "latency_max_ms", DECIMAL, 3, "ms", MAX,
            "longest latency"),
    LATENCY_MEAN(LATENCY, "mean", null, DECIMAL, 3, "ms", DERIVED,
            "mean latency"),

    BILLED_MS(BILLING, "billedMs", "billed_ms", MICROS, 3, "ms", SUM,
            "on-demand billed duration, rounded up per invocation, with INIT where the rules bill it"),
    GB_SECONDS(BILLING, "gbSeconds", "gb_s", EXACT, 6, "GB-s", SUM,
            "on-demand compute: billed seconds x memory / 1024"),
    INIT_BILLED_MS(BILLING, "initBilledMs", "init_billed_ms", MICROS, 3, "ms", SUM,
            "the INIT part of the on-demand billed duration"),
    REQUESTS(BILLING, "requests", "requests", COUNT, 0, "requests", SUM,
            "billable requests: every started invocation, retries and warmer pings included, throttles not"),
    PROVISIONED_BILLED_MS(BILLING, "provisionedBilledMs", null, MICROS, 3, "ms", SUM,
            "billed duration of invocations served by provisioned concurrency"),
    PROVISIONED_GB_SECONDS(BILLING, "provisionedGbSeconds", null, EXACT, 6, "GB-s", SUM,
            "their compute, billed at the provisioned duration price"),
    PROVISIONED_CONFIGURED_GB_SECONDS(BILLING, "provisionedConfiguredGbSeconds", null, EXACT, 6, "GB-s", SUM,
            "provisioned concurrency configured, used or not"),

    OBSERVED_COLD_STARTS(OBSERVED, "coldStarts", "observed_cold_starts", COUNT, 0, "invocations", SUM,
            "rows of the trace that recorded an INIT duration"),
    OBSERVED_BILLED_MS(OBSERVED, "billedMs", "observed_billed_ms", MICROS, 3, "ms", SUM,
            "billed duration as the trace recorded it"),
    OBSERVED_BILLED_ROWS(OBSERVED, "rowsWithBilledDuration", null, COUNT, 0, "rows", SUM,
            "rows of the trace that recorded a billed duration"),

    MESSAGES(MetricGroup.SOURCES, "messages", "messages", COUNT, 0, "messages", SUM,
            "arrivals through a queue or stream: async events, SQS messages, stream records"),
    BATCHES(MetricGroup.SOURCES, "batches", "batches", COUNT, 0, "invocations", SUM,
            "invocations an SQS poller or a stream shard started for a batch"),
    MEAN_BATCH_SIZE(MetricGroup.SOURCES, "meanBatchSize", "mean_batch_size", DECIMAL, 3, "messages", DERIVED,
            "messages per batch (retried batches counted each time)"),
    DEAD_LETTERED(MetricGroup.SOURCES, "deadLettered", "dead_lettered", COUNT, 0, "messages", SUM,
            "messages that left unprocessed for a dead-letter queue or on-failure destination: SQS after"
                    + " max_receive receives, async events that failed every retry, stream records after max_retries"),
    DROPPED_BY_AGE(MetricGroup.SOURCES, "droppedByAge", "dropped_by_age", COUNT, 0, "messages", SUM,
            "messages dropped for their age: async events at their maximum event age, stream records at"
                    + " max_record_age or the stream's retention, SQS messages at the queue's retention"),
    QUEUE_AGE_P50(MetricGroup.QUEUE_AGE, "p50", null, PERCENTILE, 3, "ms", HISTOGRAM,
            "median age of a message when its batch started (async events: at each start; streams: the"
                    + " iterator age, of each batch's newest record)"),
    QUEUE_AGE_P99(MetricGroup.QUEUE_AGE, "p99", null, PERCENTILE, 3, "ms", HISTOGRAM,
            "99th percentile of that age"),
    QUEUE_AGE_MAX(MetricGroup.QUEUE_AGE, "max", "queue_age_max_ms", MICROS, 3, "ms", MAX,
            "oldest age of that kind"),
    BATCHED_MESSAGES(NONE, "batchedMessages", null, COUNT, 0, "messages", SUM,
            "messages in the started batches, counted once per batch they were in"),

    ALIVE_US(NONE, "aliveUs", null, COUNT, 0, "µs", SUM,
            "environment-microseconds alive"),
    BUSY_US(NONE, "busyUs", null, COUNT, 0, "µs", SUM,
            "environment-microseconds busy (in INIT or running)"),
    PROVISIONED_CONFIGURED_US(NONE, "provisionedConfiguredUs", null, COUNT, 0, "µs", SUM,
            "provisioned environment-microseconds enabled");

    /** How a metric's value is held and written. */
    public enum Kind {
        /** A whole number ({@link UsageStats#count}). */
        COUNT,
        /** Microseconds held as a whole number, written as milliseconds ({@link UsageStats#value}). */
        MICROS,
        /** A measured or derived real number ({@link UsageStats#value}). */
        DECIMAL,
        /** An exact decimal, GB-s ({@link UsageStats#exact}). */
        EXACT,
        /** A percentile, NaN when not measured (per function without a histogram). */
        PERCENTILE
    }

    private final MetricGroup group;
    private final String key;
    private final String column;
    private final Kind kind;
    private final int decimals;
    private final String unit;
    private final Aggregation aggregation;
    private final String description;

    Metric(MetricGroup group, String key, String column, Kind kind, int decimals, String unit, Aggregation aggregation,
           String description) {
        this.group = group;
        this.key = key;
        this.column = column;
        this.kind = kind;
        this.decimals = decimals;
        this.unit = unit;
        this.aggregation = aggregation;
        this.description = description;
    }

    public MetricGroup group() {
        return group;
    }

    /** The JSON key inside its group's object. */
    public String key() {
        return key;
    }

    /** The column in per-function tables, or null when they do not show it. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** Decimals written (JSON and tables); 0 for counts. */
    public int decimals() {
        return decimals;
    }

    /** Unit of the written value ({@code ms} for {@link Kind#MICROS}). */
    public String unit() {
        return unit;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public String description() {
        return description;
    }

    /** Whether the engine stores this metric (a whole number in the result's array) rather than deriving it. */
    boolean stored() {
        return (kind == COUNT || kind == MICROS) && aggregation != DERIVED;
    }
}
