package io.lambdasim.reports.settings;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.ProvisionedSchedule;
import io.lambdasim.engine.Warmer;
import io.lambdasim.engine.ec2.Balancer;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.init.InitPresets;
import io.lambdasim.engine.lmi.ManagedInstancesDefaults;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SqsSource;
import io.lambdasim.engine.source.StreamSource;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.Month;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.settings.Setting.Group;
import io.lambdasim.reports.settings.Setting.Scope;
import io.lambdasim.reports.slo.LatencySlo;
import io.lambdasim.reports.uncertainty.Span;
import io.lambdasim.reports.uncertainty.Spans;
import io.lambdasim.traces.Placement;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.generate.WorkloadSpec;
import io.lambdasim.traces.scale.TrafficScaling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of lambdasim, declared once (in the spirit of Caffeine's {@code reference.conf} and
 * its typed settings): the command options, the batch columns, the functions-file keys, the GUI form
 * fields and the table in {@code docs/settings.md} are derived from this list. A test compares the
 * docs table with {@link SettingsTable}.
 *
 * <p>Defaults live here and nowhere else; a setting whose default depends on the input (the trace's
 * memory, the rules' longest timeout) says how in its note, and the use case that applies it is the
 * only place that computes it.
 */
public final class Settings {

    // Declared before the settings: their initialisers register into these.
    private static final List<Setting<?>> ALL = new ArrayList<>();
    private static final Map<String, Setting<?>> BY_KEY = new LinkedHashMap<>();

    private Settings() {
    }

    // ================================================================================ workload

    public static final Setting<String> NAME = declare("name", Group.WORKLOAD, ValueType.text(null, "a name", "NAME"))
            .options("--name").note("the trace file's name, or 'generated'")
            .help("Scenario name in the output; in a batch file unique, and a row named `defaults` sets defaults for every row.")
            .batch().build();
    public static final Setting<Path> TRACE = declare("trace", Group.WORKLOAD, ValueType.path())
            .options("--trace").note("none: give a trace or a generate spec").help("Trace file to replay (batch: relative to the scenario file); or give `generate`.")
            .batch().build();
    public static final Setting<String> GENERATE = declare("generate", Group.WORKLOAD,
                    ValueType.grammar("SPEC", "a workload spec such as 'poisson(5/s);duration=exp(80ms);horizon=1h'",
                            t -> { WorkloadSpec.parse(t); return t; }, t -> t))
            .options("--generate").note("none: give a trace or a generate spec").help("Generate the workload from a spec instead of reading a trace (docs/workloads.md).")
            .batch().build();
    public static final Setting<Long> SEED = declare("seed", Group.WORKLOAD, ValueType.anyLong("N"))
            .options("--seed").def(Long.toString(io.lambdasim.traces.DefaultSeed.VALUE))
            .help("Seed of every random choice: generated workloads, Azure 2019 placement, random policies and INIT samples, traffic scaling.")
            .batch().build();
    public static final Setting<Double> TRAFFIC_SCALE = declare("traffic_scale", Group.WORKLOAD,
                    ValueType.decimal(0, true, TrafficScaling.MAX_FACTOR, "K"))
            .options("--traffic-scale").def("1")
            .help("Multiply the workload's traffic: thinning below 1, shifted copies above.")
            .batch().build();
    public static final Setting<Long> PERIOD = declare("period", Group.WORKLOAD,
                    ValueType.duration(Durations.US_PER_S, 3660 * Durations.US_PER_DAY))
            .options("--period")
            .note("a generated workload's horizon; whole days for Azure 2019 files; otherwise first start to last completion")
            .help("The period the trace covers, from which usage is projected to a month.")
            .batch().build();

    public static final Setting<Boolean> ALLOW_HUGE = declare("allow_huge", Group.WORKLOAD, ValueType.yesNo())
            .options("--allow-huge").def("no")
            .help("Generate a workload expected to exceed 10,000,000,000 invocations (or generation steps); refused otherwise.")
            .batch().build();

    // ================================================================================ reading traces

    public static final Setting<String> FORMAT = declare("format", Group.TRACE_READING,
                    ValueType.choice(() -> Arrays.stream(TraceFormat.values()).map(TraceFormat::id).toList()))
            .options("--format").note("detected from the file")
            .help("Trace format.").batch().build();
    public static final Setting<String> FUNCTION = declare("function", Group.TRACE_READING, ValueType.text(null, "a function name", "NAME"))
            .options("--function").note("the log group, else the file name")
            .help("Function name for traces that lack one (CloudWatch REPORT lines).").batch().build();
    public static final Setting<Boolean> SKIP_BAD_ROWS = declare("skip_bad_rows", Group.TRACE_READING, ValueType.yesNo())
            .options("--skip-bad-rows").def("no")
            .help("Skip malformed rows and report how many, instead of stopping at the first.").batch().build();
    public static final Setting<String> PLACEMENT = declare("placement", Group.TRACE_READING,
                    ValueType.choice(() -> Arrays.stream(Placement.values()).map(Placement::id).toList()))
            .options("--placement").def("uniform")
            .help("Azure 2019: how a minute's invocations are spread inside the minute.").batch().build();
    public static final Setting<Path> DURATIONS = declare("durations", Group.TRACE_READING, ValueType.path())
            .options("--durations").note("the function_durations_percentiles file beside the trace for the same day")
            .help("Azure 2019: the durations file.").batch().build();
    public static final Setting<Path> APP_MEMORY = declare("app_memory", Group.TRACE_READING, ValueType.path())
            .options("--app-memory").note("the app_memory_percentiles file beside the trace for the same day")
            .help("Azure 2019: the app memory file.").batch().build();
    public static final Setting<Long> DEFAULT_DURATION = declare("default_duration", Group.TRACE_READING,
                    ValueType.duration(1, 900 * Durations.US_PER_S))
            .options("--default-duration").def("1s")
            .help("Azure 2019: duration of functions missing from the durations file.").batch().build();
    public static final Setting<Integer> TRACE_MEMORY_MB = declare("trace_memory_mb", Group.TRACE_READING,
                    ValueType.integer(1, CpuModel.MAX_MEMORY_MB, "MB"))
            .options("--trace-memory-mb", "--memory").note("what the trace says")
            .help("Memory (MB) recorded for every invocation, overriding what the trace says.").batch().build();
    public static final Setting<Long> REORDER_WINDOW = declare("reorder_window", Group.TRACE_READING,
                    ValueType.duration(Durations.US_PER_S, 7 * Durations.US_PER_DAY))
            .options("--reorder-window").def("900s")
            .help("Azure 2021 and CloudWatch: how far a row may start before rows already read (Lambda's longest timeout).")
            .batch().build();

    // ================================================================================ function

    public static final Setting<Integer> MEMORY_MB = declare("memory_mb", Group.FUNCTION,
                    ValueType.integer(CpuModel.MIN_MEMORY_MB, CpuModel.MAX_MEMORY_MB, "MB"))
            .options("--memory-mb").note("the trace's memory field, else 512")
            .help("Configured memory of each function, MB (the billing rules' range applies).").batch().function().build();
    public static final Setting<String> ARCH = declare("arch", Group.FUNCTION, ValueType.choice("x86_64", "arm64"))
            .options("--arch").def("x86_64").help("Architecture.").batch().build();
    public static final Setting<Long> TIMEOUT = declare("timeout", Group.FUNCTION, ValueType.duration(Durations.US_PER_MS, 900 * Durations.US_PER_S))
            .options("--timeout").note("the longest the billing rules allow: 900s; 300s under aws-2014 and aws-2017-11, 60s under aws-2014-preview")
            .help("Function timeout: the invocation stops there and is billed for it.").batch().function().build();
    public static final Setting<String> RUNTIME = declare("runtime", Group.FUNCTION,
                    ValueType.grammar("RUNTIME", "a Lambda runtime identifier such as python3.12, nodejs20.x, java21 or "
                            + "provided.al2023 (families: " + String.join(", ", InitPresets.names()) + ")", t -> {
                                if (InitPresets.find(t) == null) {
                                    throw new IllegalArgumentException("expected a Lambda runtime identifier of a known family ("
                                            + String.join(", ", InitPresets.names()) + "), e.g. python3.12 or java21");
                                }
                                return t;
                            }, t -> t))
            .options("--runtime").note("none (the init setting applies)")
            .help("Runtime whose INIT distribution a simulated cold start draws from.").function().build();
    public static final Setting<InitModel> INIT = declare("init", Group.FUNCTION,
                    ValueType.grammar("MODEL", "250ms, normal(265ms,354ms), lognormal(MEAN,P99), lognormal-sd(MEAN,SD) or runtime:NAME",
                            InitModel::parse, InitModel::spec))
            .options("--init").def("250ms")
            .help("INIT of a simulated cold start when the trace observed none for the function.").batch().function().build();
    public static final Setting<Span<InitModel>> INIT_RANGE = declare("init_range", Group.FUNCTION,
                    ValueType.grammar("LOW..HIGH", "an INIT range such as 200ms..800ms or lognormal(250ms,700ms)..lognormal(400ms,1.2s)",
                            Spans::init, Span::text))
            .options("--init-range").note("none (the init setting is taken as known)")
            .help("Range the INIT is uncertain over: figures are reported with their band over it (central: init, "
                    + "else the range's midpoint).").batch().function().build();
    public static final Setting<KeepAlive> KEEP_ALIVE = declare("keep_alive", Group.FUNCTION,
                    ValueType.grammar("POLICY", String.join(", ", KeepAlive.syntax())
                            + ", or a range LOW..HIGH such as fixed:5m..60m (its midpoint, with the range as uncertain)",
                            Spans::keepAliveCentral, KeepAlive::spec))
            .options("--keep-alive").def("fixed:10m").help("How long an idle environment is kept.").batch().function().build();
    public static final Setting<Span<KeepAlive>> KEEP_ALIVE_RANGE = declare("keep_alive_range", Group.FUNCTION,
                    ValueType.grammar("LOW..HIGH", "a keep-alive range such as fixed:5m..60m or random:4m-12m..6m-18m",
                            Spans::keepAlive, Span::text))
            .options("--keep-alive-range").note("none (or the range given to --keep-alive)")
            .help("Range the keep-alive is uncertain over: figures are reported with their band over it.")
            .batch().function().build();
    public static final Setting<String> REUSE = declare("reuse", Group.FUNCTION, ValueType.choice("mru", "lru", "random"))
            .options("--reuse").def("mru").help("Which idle environment a warm start takes.").batch().build();
    public static final Setting<Long> MAX_LIFETIME = declare("max_lifetime", Group.FUNCTION,
                    ValueType.duration(Durations.US_PER_S, 3660 * Durations.US_PER_DAY))
            .options("--max-lifetime").note("never")
            .help("Recycle environments this long after creation, after their current invocation.").batch().build();
    public static final Setting<Integer> RESERVED = declare("reserved", Group.FUNCTION, ValueType.integer(0, 1_000_000, "N"))
            .options("--reserved").note("none (the shared account pool)")
            .help("Reserved concurrency: caps the function and is carved out of the account pool.").batch().function().build();
    public static final Setting<ProvisionedSchedule> PROVISIONED = declare("provisioned", Group.FUNCTION,
                    ValueType.grammar("N|N@HH:MM-HH:MM", "N or a daily window such as 10@08:00-20:00",
                            ProvisionedSchedule::parse, ProvisionedSchedule::toString))
            .options("--provisioned").note("none").help("Provisioned concurrency, always or in a daily window.")
            .batch().function().build();
    public static final Setting<Warmer> WARMER = declare("warmer", Group.FUNCTION,
                    ValueType.grammar("SCHEDULE", "a schedule such as 'rate(5 minutes)' or 5m", Warmer::parse, Warmer::toString))
            .options("--warmer").note("none").help("Scheduled warming pings of every function.").batch().build();
    public static final Setting<Long> MAX_EVENT_AGE = declare("max_event_age", Group.FUNCTION,
                    ValueType.duration(60 * Durations.US_PER_S, 6 * Durations.US_PER_H))
            .options("--max-event-age").def("6h").help("Asynchronous events older than this are dropped.").batch().function().build();
    public static final Setting<Integer> ASYNC_RETRIES = declare("async_retries", Group.FUNCTION, ValueType.integer(0, 2, "N"))
            .options("--async-retries").def("2").help("Retries of a failed asynchronous invocation, after 1 and 2 minutes.")
            .batch().function().build();
    public static final Setting<Integer> EPHEMERAL_MB = declare("ephemeral_mb", Group.FUNCTION, ValueType.integer(512, 10_240, "MB"))
            .options("--ephemeral-mb").def("512").help("Ephemeral storage (/tmp); above 512 MB it is billed per GB-s.")
            .batch().build();
    /**
     * SnapStart as AWS supports it (docs.aws.amazon.com/lambda/latest/dg/snapstart.html: Java 11+,
     * Python 3.12+, .NET 8+): the runtime names the family, which decides whether the snapshot
     * cache and restores are charged (Python and .NET pay, Java does not).
     */
    public static final Setting<String> SNAPSTART = declare("snapstart", Group.FUNCTION,
                    ValueType.grammar("RUNTIME", "no, or the runtime of a SnapStart function: java21, python3.12 or dotnet8",
                            Settings::snapStartRuntime, t -> t))
            .options("--snapstart").def("no")
            .help("SnapStart: new environments resume from a snapshot (set --init to the restore latency); Python and .NET "
                    + "functions pay the snapshot cache per GB-s and each restore per GB, Java pays neither.")
            .batch().build();
    public static final Setting<Path> FUNCTIONS = declare("functions", Group.FUNCTION, ValueType.path())
            .options("--functions").note("none")
            .help("Per-function settings file (CSV or YAML; keys: the settings marked 'functions file' here).").batch().build();
    public static final Setting<String> START_TIME = declare("start_time", Group.FUNCTION,
                    ValueType.text("([01]?\\d|2[0-3]):[0-5]\\d", "a time of day HH:MM from 00:00 to 23:59", "HH:MM"))
            .options("--start-time").def("00:00").help("Time of day at the trace's start, for provisioned schedules.")
            .batch().build();
    public static final Setting<Long> BUCKET = declare("bucket", Group.FUNCTION, ValueType.duration(Durations.US_PER_S, 30 * Durations.US_PER_DAY))
            .options("--bucket").note("1m (batch: about 480 buckets over the workload, at least 1m)")
            .help("Timeline bucket width.").batch().build();

    // ================================================================================ account

    public static final Setting<Integer> CONCURRENCY_LIMIT = declare("concurrency_limit", Group.ACCOUNT, ValueType.integer(1, 1_000_000, "N"))
            .options("--concurrency-limit").def("1000").help("Account concurrency limit, shared by all functions.").batch().build();
    public static final Setting<String> SCALING = declare("scaling", Group.ACCOUNT, ValueType.choice("standard", "legacy"))
            .options("--scaling").def("standard")
            .help("Scaling rate: standard (1,000 environments per function per 10 s) or legacy (region burst, then +500/min).")
            .batch().build();

    // ================================================================================ event source (docs/event-sources.md)

    public static final Setting<String> SOURCE = declare("source", Group.SOURCE,
                    ValueType.choice(() -> Arrays.stream(SourceKind.values()).map(SourceKind::id).toList()))
            .options("--source").note("each trace row's own trigger: sync (and unknown) rows sync, async and poll rows async")
            .help("What invokes the function: sync, async (Lambda's queue), sqs (pollers), kinesis or dynamodb-streams (shards), schedule.")
            .batch().function().build();
    public static final Setting<Integer> BATCH_SIZE = declare("batch_size", Group.SOURCE,
                    ValueType.integer(1, SqsSource.MAX_BATCH_SIZE, "N"))
            .options("--batch-size").note("10 for sqs, 100 for streams")
            .help("sqs and streams: most messages per invocation (sqs: above 10 only with a batch window of 1s or more).")
            .batch().function().build();
    public static final Setting<Long> BATCH_WINDOW = declare("batch_window", Group.SOURCE,
                    ValueType.duration(0, SqsSource.MAX_BATCH_WINDOW_US))
            .options("--batch-window").def("0s")
            .help("sqs and streams: how long a batch gathers messages before the function is invoked.")
            .batch().function().build();
    public static final Setting<Integer> MAX_CONCURRENCY = declare("max_concurrency", Group.SOURCE,
                    ValueType.integer(SqsSource.MIN_MAX_CONCURRENCY, SqsSource.MAX_MAX_CONCURRENCY, "N"))
            .options("--max-concurrency").note("none (1,000 pollers, or the function's reserved concurrency)")
            .help("sqs: the mapping's maximum concurrency, the most batches at once.").batch().function().build();
    public static final Setting<Long> VISIBILITY_TIMEOUT = declare("visibility_timeout", Group.SOURCE,
                    ValueType.duration(0, SqsSource.MAX_VISIBILITY_TIMEOUT_US))
            .options("--visibility-timeout").def("30s")
            .help("sqs: a failed batch's messages are visible again this long after they were received.")
            .batch().function().build();
    public static final Setting<Integer> MAX_RECEIVE = declare("max_receive", Group.SOURCE,
                    ValueType.integer(1, SqsSource.MAX_RECEIVE, "N"))
            .options("--max-receive").note("none (no dead-letter queue: retried until the queue's 4-day retention)")
            .help("sqs: receives after which a message goes to the dead-letter queue.").batch().function().build();
    public static final Setting<Integer> SHARDS = declare("shards", Group.SOURCE, ValueType.integer(1, StreamSource.MAX_SHARDS, "N"))
            .options("--shards").def("1").help("Streams: shards; a record goes to the shard its partition_key's MD5 falls in, else round robin.").batch().function().build();
    public static final Setting<Integer> PARALLELIZATION = declare("parallelization", Group.SOURCE,
                    ValueType.integer(1, StreamSource.MAX_PARALLELIZATION, "N"))
            .options("--parallelization").def("1").help("Streams: batches at once per shard.").batch().function().build();
    public static final Setting<Integer> MAX_RETRIES = declare("max_retries", Group.SOURCE,
                    ValueType.grammar("N|-1", "a whole number from 0 to " + StreamSource.MAX_RETRIES + ", or -1 (until the records expire)",
                            t -> unlimited(t) ? StreamSource.UNLIMITED : ValueType.integer(0, StreamSource.MAX_RETRIES, "N").parse(t),
                            v -> Integer.toString(v)))
            .options("--max-retries").def("-1")
            .help("Streams: retries of a failing batch, which blocks its shard, before its records are discarded.")
            .batch().function().build();
    public static final Setting<Long> MAX_RECORD_AGE = declare("max_record_age", Group.SOURCE,
                    ValueType.grammar("DURATION|-1", "a duration from 1m to 7d, or -1 (until the records expire after 24h)",
                            t -> unlimited(t) ? (long) StreamSource.UNLIMITED
                                    : ValueType.duration(StreamSource.MIN_RECORD_AGE_US, StreamSource.MAX_RECORD_AGE_US).parse(t),
                            v -> v == StreamSource.UNLIMITED ? "-1" : Durations.format(v)))
            .options("--max-record-age").def("-1").help("Streams: records older than this are discarded.")
            .batch().function().build();
    public static final Setting<Boolean> BISECT_ON_ERROR = declare("bisect_on_error", Group.SOURCE, ValueType.yesNo())
            .options("--bisect-on-error").def("no").help("Streams: split a failing batch in two and retry the halves.")
            .batch().function().build();
    public static final Setting<Double> PER_MESSAGE = declare("per_message", Group.SOURCE, ValueType.fraction(true, "F"))
            .options("--per-message").def("1")
            .help("sqs and streams: share of a message's duration that is per-message work (the rest is paid once per batch).")
            .batch().function().build();

    // ================================================================================ duration model

    public static final Setting<Double> CPU_FRACTION = declare("cpu_fraction", Group.MODEL, ValueType.fraction(true, "F"))
            .options("--cpu-fraction").def(ValueType.plain(CpuModel.DEFAULT_CPU_FRACTION))
            .help("CPU-bound share of the duration: how durations scale with memory (and what an EC2 vCPU must do).")
            .batch().function().build();
    public static final Setting<Span<Double>> CPU_FRACTION_RANGE = declare("cpu_fraction_range", Group.MODEL,
                    ValueType.grammar("LOW..HIGH", "a range of shares such as 0.3..0.7", Spans::fraction, Span::text))
            .options("--cpu-fraction-range").note("none (the cpu_fraction setting is taken as known)")
            .help("Range the CPU-bound share is uncertain over: figures are reported with their band over it "
                    + "(central: cpu_fraction, else the range's midpoint).").batch().function().build();
    public static final Setting<Integer> THREADS = declare("threads", Group.MODEL, ValueType.integer(1, 64, "N"))
            .options("--threads").def(Integer.toString(CpuModel.DEFAULT_THREADS))
            .help("Threads the function can use, capping the vCPUs it benefits from.").batch().build();
    public static final Setting<Integer> REFERENCE_MEMORY_MB = declare("reference_memory_mb", Group.MODEL,
                    ValueType.integer(CpuModel.MIN_MEMORY_MB, CpuModel.MAX_MEMORY_MB, "MB"))
            .options("--reference-memory-mb").note("each invocation's recorded memory, else 512")
            .help("Memory the workload's durations were measured at.").batch().build();

    // ================================================================================ pricing

    public static final Setting<String> REGION = declare("region", Group.PRICING,
                    ValueType.text("[a-z0-9-]+", "an AWS region such as us-east-1 (one the price book has)", "REGION"))
            .options("--region").def("us-east-1").help("AWS region of the prices.").batch().build();
    public static final Setting<String> RULES = declare("rules", Group.PRICING, ValueType.choice(BillingRules::names))
            .options("--rules").def(BillingRules.defaultName())
            .help("Billing rule set (era, docs/billing.md); a setting the era lacks is an error.").batch().build();
    public static final Setting<Boolean> FREE_TIER = declare("free_tier", Group.PRICING, ValueType.yesNo())
            .options("--free-tier").def("yes").help("Apply Lambda's monthly free tier to the monthly bill.").batch().build();
    public static final Setting<Double> SAVINGS_PLAN = declare("savings_plan", Group.PRICING, ValueType.fraction(false, "F"))
            .options("--savings-plan").def("0")
            .help("Compute Savings Plans discount on Lambda duration and provisioned concurrency (never requests), e.g. 0.17.")
            .batch().build();
    public static final Setting<Path> PRICES = declare("prices", Group.PRICING, ValueType.path())
            .options("--prices").note("the bundled price book")
            .help("Price-book file (from 'lambdasim prices import'; batch: relative to the scenario file).").batch().build();
    public static final Setting<Double> HOURS = declare("hours", Group.PRICING, ValueType.decimal(1, false, 744, "H"))
            .options("--hours").def(ValueType.plain(Month.DEFAULT_HOURS))
            .help("Hours in a month: simulated usage is projected to a month of this length.").batch().build();

    // ================================================================================ around the function (issue 18)
    // Prices and rules: pricing-models' around-prices.json and AroundBilling; docs/around-the-function.md.
    // Every part is off by default, so the bill stays the function's alone unless asked.

    public static final Setting<String> FRONT_DOOR = declare("front_door", Group.AROUND,
                    ValueType.choice(AroundConfig.FrontDoor::ids))
            .options("--front-door").def("none")
            .help("What HTTP requests pass before the function: none, http-api or rest-api (API Gateway), alb, "
                    + "function-url (free); priced on Lambda's side (EC2's balancer is --load-balancer).")
            .batch().build();
    public static final Setting<String> PUBLISHER = declare("publisher", Group.AROUND,
                    ValueType.choice(AroundConfig.Publisher::ids))
            .options("--publisher").def("none")
            .help("Who publishes the asynchronous events (cost, breakeven: every request): none (S3, direct calls: free), "
                    + "sns or eventbridge.")
            .batch().build();
    public static final Setting<Boolean> VPC = declare("vpc", Group.AROUND, ValueType.yesNo())
            .options("--vpc").def("no")
            .help("The function runs in a VPC and reaches the internet through a NAT gateway in each availability zone.")
            .batch().build();
    public static final Setting<Integer> AZS = declare("azs", Group.AROUND, ValueType.integer(1, AroundConfig.MAX_AZS, "N"))
            .options("--azs").def("2")
            .help("Availability zones: one NAT gateway each (with vpc) and one public address each for an ALB front door.")
            .batch().build();
    public static final Setting<Long> PAYLOAD_BYTES = declare("payload_bytes", Group.AROUND,
                    ValueType.wholeNumber(1, AroundConfig.MAX_PAYLOAD_BYTES, "BYTES"))
            .options("--payload-bytes").def("1024")
            .help("Size of a request, message or event in: SQS, SNS and EventBridge bill 64 KB chunks, Kinesis 25 KB "
                    + "units, HTTP API 512 KB units; an ALB processes it.")
            .batch().build();
    public static final Setting<Long> RESPONSE_BYTES = declare("response_bytes", Group.AROUND,
                    ValueType.wholeNumber(0, AroundConfig.MAX_TRANSFER_BYTES, "BYTES"))
            .options("--response-bytes").def("0")
            .help("Bytes a synchronous response sends out to the internet: data transfer out, at the same rate on "
                    + "Lambda's side and EC2's.")
            .batch().build();
    public static final Setting<Long> NAT_BYTES = declare("nat_bytes", Group.AROUND,
                    ValueType.wholeNumber(0, AroundConfig.MAX_TRANSFER_BYTES, "BYTES"))
            .options("--nat-bytes").def("0")
            .help("With vpc: bytes an invocation exchanges with the internet through the NAT gateway.")
            .batch().build();
    public static final Setting<Boolean> LOGS = declare("logs", Group.AROUND, ValueType.yesNo())
            .options("--logs").def("no")
            .help("Price CloudWatch Logs ingestion: Lambda's START, END and REPORT lines (about 350 bytes) plus log_bytes per invocation.")
            .batch().build();
    public static final Setting<Long> LOG_BYTES = declare("log_bytes", Group.AROUND,
                    ValueType.wholeNumber(0, AroundConfig.MAX_TRANSFER_BYTES, "BYTES"))
            .options("--log-bytes").def("0")
            .help("With logs: application log bytes an invocation writes.")
            .batch().build();
    public static final Setting<Integer> PUBLIC_IPV4 = declare("public_ipv4", Group.AROUND,
                    ValueType.integer(0, AroundConfig.MAX_PUBLIC_IPV4, "N"))
            .options("--public-ipv4").def("0")
            .help("Public IPv4 addresses per EC2 instance, billed per address-hour.")
            .batch().build();
    public static final Setting<Integer> EBS_GB = declare("ebs_gb", Group.AROUND, ValueType.integer(0, AroundConfig.MAX_EBS_GB, "GB"))
            .options("--ebs-gb").def("0")
            .help("EBS gp3 root volume per EC2 instance, GB.")
            .batch().build();

    // ================================================================================ EC2 fleet

    public static final Setting<List<String>> EC2 = declare("ec2", Group.FLEET,
                    ValueType.listOf(ValueType.text("[A-Za-z0-9._-]+(=[0-9.]+(:[0-9.]+:[0-9.]+)?)?",
                            "a price-book instance type or NAME=USD_PER_HOUR[:VCPUS:MEMORY_GIB]", "TYPE")))
            .options("--ec2").note("none").help("EC2 options to compare.").batch().build();
    public static final Setting<String> FLEET = declare("fleet", Group.FLEET, ValueType.choice("static", "autoscaled"))
            .options("--fleet", "--mode").def("static")
            .help("EC2 fleet: static (sized for the peak minute) or autoscaled (target tracking).").batch().build();
    public static final Setting<String> BALANCER = declare("balancer", Group.FLEET,
                    ValueType.choice(() -> Arrays.stream(Balancer.values()).map(Balancer::label).toList()))
            .options("--balancer").def(Balancer.DEFAULT_LABEL)
            .help("How the load balancer places requests on EC2 instances: least-outstanding, round-robin (an ALB's own "
                    + "default) or central (one ideal shared queue, for comparison).").batch().build();
    public static final Setting<Integer> MIN_INSTANCES = declare("min_instances", Group.FLEET, ValueType.integer(0, 100_000, "N"))
            .options("--min-instances").def("2").help("Fewest EC2 instances (2: one per availability zone).").batch().build();
    public static final Setting<Integer> MAX_INSTANCES = declare("max_instances", Group.FLEET, ValueType.integer(1, 100_000, "N"))
            .options("--max-instances").def("10000")
            .help("Most EC2 instances: an autoscaled fleet's ceiling, and a cap on a static fleet sized for a larger peak.")
            .batch().build();
    public static final Setting<Long> LAUNCH_DELAY = declare("launch_delay", Group.FLEET, ValueType.duration(0, Durations.US_PER_H))
            .options("--launch-delay").def("3m").help("From an autoscaling decision to the new instance serving.").batch().build();
    public static final Setting<Long> COOLDOWN = declare("cooldown", Group.FLEET, ValueType.duration(0, Durations.US_PER_H))
            .options("--cooldown").def("5m").help("No scale-in within this long after a scaling activity.").batch().build();
    public static final Setting<Boolean> LOAD_BALANCER = declare("load_balancer", Group.FLEET, ValueType.yesNo())
            .options("--load-balancer").def("no").help("Add an application load balancer to each EC2 option.").batch().build();
    public static final Setting<Double> TARGET_UTILIZATION = declare("target_utilization", Group.FLEET,
                    ValueType.decimal(0, true, 1, "F"))
            .options("--target-utilization").def("0.7").help("CPU utilisation an EC2 fleet is sized for.").batch().build();
    public static final Setting<Double> EC2_DISCOUNT = declare("ec2_discount", Group.FLEET, ValueType.fraction(false, "F"))
            .options("--ec2-discount", "--discount").def("0")
            .help("Discount on EC2 on-demand prices (Savings Plans, Reserved Instances, Spot).").batch().build();

    // ================================================================================ Lambda Managed Instances
    // Defaults and their sources: the engine's managed-instances.csv (ManagedInstancesDefaults);
    // docs/managed-instances.md. Further keys (runtime, memory_mb, ...) go inside the lmi spec.

    public static final Setting<String> LMI = declare("lmi", Group.MANAGED_INSTANCES,
                    ValueType.grammar("TYPE[,KEY=VALUE...]", "a price-book instance type, then settings, e.g. "
                            + "m7g.large,min=3,max=20,max_concurrency=32,target_cpu=0.5 (keys: "
                            + String.join(", ", LmiSettings.OPTIONS) + ")", t -> {
                                LmiSettings.expandSpec(t);
                                return t;
                            }, t -> t))
            .options("--lmi").note("none")
            .help("Also replay the workload on Lambda Managed Instances of this instance type, with these settings "
                    + "(docs/managed-instances.md).")
            .batch().build();
    public static final Setting<String> LMI_INSTANCE = declare("lmi_instance", Group.MANAGED_INSTANCES,
                    ValueType.text("[a-z][a-z0-9-]*\\.[a-z0-9]+", "a price-book instance type of the C, M or R families, e.g. m7g.large", "TYPE"))
            .options("--lmi-instance").note("none (or the type --lmi names)")
            .help("Lambda Managed Instances: the instance type (the same as --lmi TYPE).").batch().build();
    public static final Setting<Integer> LMI_MIN = declare("lmi_min", Group.MANAGED_INSTANCES, ValueType.integer(0, 100_000, "N"))
            .options("--lmi-min").def(Integer.toString(ManagedInstancesDefaults.MIN_INSTANCES))
            .help("Lambda Managed Instances: fewest instances (AWS: three, one per availability zone).").batch().build();
    public static final Setting<Integer> LMI_MAX = declare("lmi_max", Group.MANAGED_INSTANCES, ValueType.integer(1, 100_000, "N"))
            .options("--lmi-max").note("15,000 vCPUs' worth of the instance type (the API's MaxVCpuCount ceiling)")
            .help("Lambda Managed Instances: most instances.").batch().build();
    public static final Setting<Integer> LMI_MAX_CONCURRENCY = declare("lmi_max_concurrency", Group.MANAGED_INSTANCES,
                    ValueType.integer(1, ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT, "N"))
            .options("--lmi-max-concurrency")
            .note("the runtime's per-vCPU default (python 16, nodejs 64, java 32, dotnet 32) × the environment's vCPUs")
            .help("Lambda Managed Instances: invocations one execution environment runs at once.").batch().build();
    public static final Setting<Double> LMI_TARGET_CPU = declare("lmi_target_cpu", Group.MANAGED_INSTANCES,
                    ValueType.decimal(0, true, 1, "F"))
            .options("--lmi-target-cpu").note("1/1.5 (the 50% scaling buffer of AWS's calculator methodology)")
            .help("Lambda Managed Instances: CPU utilisation of the execution environments the scaler keeps.").batch().build();

    // ================================================================================ analysis

    public static final Setting<Boolean> BREAKEVEN = declare("breakeven", Group.ANALYSIS, ValueType.yesNo())
            .options("--breakeven").def("no")
            .help("Also find, by simulation, the traffic factor at which an EC2 option becomes cheaper (slow on large traces).")
            .batch().build();
    /**
     * Issue 16: an option that cannot keep up is not "cheapest". Checked on every simulated option
     * (Lambda, EC2 fleets, Managed Instances) by {@code reports.slo}; not a functions-file key: the
     * fleets serve all functions together, so the objective is the run's.
     */
    public static final Setting<LatencySlo> LATENCY_SLO = declare("latency_slo", Group.ANALYSIS,
                    ValueType.grammar("PCT=DURATION", LatencySlo.EXPECTED, LatencySlo::parse, LatencySlo::spec))
            .options("--latency-slo").note("none (options ranked by cost alone)")
            .help("Latency objective such as p99=300ms: an option (Lambda, an EC2 fleet, Managed Instances) whose simulated "
                    + "latency at that percentile exceeds it is marked and ranked after the options that meet it, with the reason.")
            .batch().build();
    public static final Setting<Long> REQUESTS = declare("requests", Group.ANALYSIS,
                    ValueType.wholeNumber(0, 1_000_000_000_000_000L, "N"))
            .options("--requests").note("required").help("Requests a month of a steady load.").build();
    public static final Setting<Double> DURATION_MS = declare("duration_ms", Group.ANALYSIS,
                    ValueType.decimal(0, true, 900_000, "MS"))
            .options("--duration-ms").note("required for the analytic break-even and cost").help("Duration of one request of a steady load, ms.").build();
    public static final Setting<Double> INIT_MS = declare("init_ms", Group.ANALYSIS, ValueType.decimal(0, false, 900_000, "MS"))
            .options("--init-ms").def("250").help("Steady load: INIT of a cold start, ms.").build();
    public static final Setting<Double> COLD_RATIO = declare("cold_ratio", Group.ANALYSIS, ValueType.fraction(true, "F"))
            .options("--cold-ratio").def("0").help("Steady load: share of requests that are cold starts.").build();
    public static final Setting<Boolean> CUSTOM_RUNTIME = declare("custom_runtime", Group.ANALYSIS, ValueType.yesNo())
            .options("--custom-runtime").def("no")
            .help("Steady load: a custom runtime or container image (rules that bill only their INIT bill it).").build();
    public static final Setting<Double> FROM = declare("from", Group.ANALYSIS, ValueType.decimal(1, false, 1e15, "REQUESTS"))
            .options("--from").def("1000").help("Analytic break-even: lowest monthly requests.").build();
    public static final Setting<Double> TO = declare("to", Group.ANALYSIS, ValueType.decimal(1, false, 1e15, "REQUESTS"))
            .options("--to").def("10000000000").help("Analytic break-even: highest monthly requests.").build();
    public static final Setting<Double> MAX_FACTOR = declare("max_factor", Group.ANALYSIS,
                    ValueType.decimal(1, false, TrafficScaling.MAX_FACTOR, "K"))
            .options("--max-factor").def("1024").help("Trace break-even: largest traffic factor tried.").build();
    public static final Setting<List<Integer>> MEMORY_SIZES = declare("memory_sizes", Group.ANALYSIS,
                    ValueType.listOf(ValueType.integer(CpuModel.MIN_MEMORY_MB, CpuModel.MAX_MEMORY_MB, "MB")))
            .options("--memory").note("128,256,512,1024,1536,1769,2048,3008,4096,10240, within the billing rules' range")
            .help("Sizing: memory sizes to try.").build();
    public static final Setting<List<String>> ARCHES = declare("arches", Group.ANALYSIS,
                    ValueType.listOf(ValueType.choice("x86_64", "arm64")))
            .options("--arch").def("x86_64").help("Sizing: architectures to price.").build();
    public static final Setting<String> STRATEGY = declare("strategy", Group.ANALYSIS, ValueType.choice("cost", "speed", "balanced"))
            .options("--strategy").def("cost")
            .help("Sizing: cost (cheapest, ties by speed), speed (fastest, ties by cost), balanced (weighted).").build();
    public static final Setting<Double> BALANCED_WEIGHT = declare("balanced_weight", Group.ANALYSIS, ValueType.fraction(true, "W"))
            .options("--balanced-weight").def("0.5").help("Sizing: weight of cost in the balanced strategy.").build();
    public static final Setting<Path> CALIBRATION = declare("calibration", Group.ANALYSIS, ValueType.path())
            .options("--calibration").note("none (the CPU-share model)")
            .help("Sizing: measured durations, Power Tuning output JSON or CSV memory_mb,duration_ms.").build();
    public static final Setting<Path> CALIBRATION_ARM64 = declare("calibration_arm64", Group.ANALYSIS, ValueType.path())
            .options("--calibration-arm64").note("none (the calibration setting, or the CPU-share model, serves both architectures)")
            .help("Sizing: the function's durations measured on arm64 (Power Tuning output JSON or CSV memory_mb,duration_ms);"
                    + " each architecture is then simulated with its own: the workload's durations count as recorded on x86_64"
                    + " (whose curve is --calibration), arm64's are arm64's measurement over x86_64's at the recorded memory.").build();
    public static final Setting<Integer> JOBS = declare("jobs", Group.ANALYSIS, ValueType.integer(1, 4096, "N"))
            .options("--jobs").note("one per core (batch column: 1, the scenarios already run side by side)")
            .help("Simulations run at once (sizing); simulate and batch: threads simulating disjoint groups of functions,"
                    + " never changing results.").batch().build();

    // ================================================================================ lookups

    /** Every setting, in declaration order (the order of the docs table). */
    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The setting with this key (case-insensitive, {@code -} read as {@code _}). */
    public static Optional<Setting<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(normalise(key)));
    }

    /** The settings that may be a batch column, in declaration order. */
    public static List<Setting<?>> in(Scope scope) {
        return ALL.stream().filter(s -> s.in(scope)).toList();
    }

    /** The keys a batch file or {@code --set} accepts, for messages. */
    public static List<String> keys(Scope scope) {
        return in(scope).stream().map(Setting::key).toList();
    }

    /** {@code -1} or {@code unlimited}: AWS's spelling of "no limit" for retries and record age. */
    /** {@code no}, or a runtime identifier of a family SnapStart supports (java, python, dotnet). */
    private static String snapStartRuntime(String t) {
        if (t.equalsIgnoreCase("no")) {
            return "no";
        }
        String family = snapStartFamily(t);
        if (family == null || !(family.equals("java") || family.equals("python") || family.equals("dotnet"))) {
            throw new IllegalArgumentException("SnapStart supports Java, Python and .NET runtimes (e.g. java21, python3.12, "
                    + "dotnet8), or no; found '" + t + "'");
        }
        return t;
    }

    /**
     * The runtime family of a {@link #SNAPSTART} value that turns it on ({@code java}, {@code python},
     * {@code dotnet}; {@code java-snapstart} is Java), or null for {@code no} or an unknown runtime.
     */
    public static String snapStartFamily(String value) {
        if (value == null || value.equalsIgnoreCase("no")) {
            return null;
        }
        InitPresets.Preset p = InitPresets.find(value);
        if (p == null) {
            return null;
        }
        return p.runtime().startsWith("java") ? "java" : p.runtime();
    }

    private static boolean unlimited(String t) {
        return t.equals("-1") || t.equalsIgnoreCase("unlimited");
    }

    public static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    // ================================================================================ declaring

    private static <T> Draft<T> declare(String key, Group group, ValueType<T> type) {
        return new Draft<>(key, group, type);
    }

    /** One declaration being written; {@link #build} registers it. */
    private static final class Draft<T> {
        private final String key;
        private final Group group;
        private final ValueType<T> type;
        private List<String> options = List.of();
        private String def;
        private String note;
        private String help = "";
        private final Set<Scope> scopes = EnumSet.noneOf(Scope.class);

        Draft(String key, Group group, ValueType<T> type) {
            this.key = key;
            this.group = group;
            this.type = type;
        }

        Draft<T> options(String... names) {
            options = List.of(names);
            return this;
        }

        Draft<T> def(String text) {
            def = text;
            return this;
        }

        Draft<T> note(String text) {
            note = text;
            return this;
        }

        Draft<T> help(String text) {
            help = text;
            return this;
        }

        Draft<T> batch() {
            scopes.add(Scope.BATCH);
            return this;
        }

        Draft<T> function() {
            scopes.add(Scope.FUNCTION);
            return this;
        }

        Setting<T> build() {
            Setting<T> s = new Setting<>(key, options, group, type, def, note, help, scopes);
            if (BY_KEY.putIfAbsent(key, s) != null) {
                throw new IllegalStateException("setting " + key + " declared twice");
            }
            ALL.add(s);
            return s;
        }
    }
}
