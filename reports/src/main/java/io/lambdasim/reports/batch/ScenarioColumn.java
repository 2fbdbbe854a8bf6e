package io.lambdasim.reports.batch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every column a scenario file may have: the options of {@code lambdasim simulate} in snake_case,
 * plus the trace source. Each knows its help text (the README table is written from it) and a
 * quick check of the value, so a bad cell is reported with its row and column before anything
 * runs. Deeper checks (a region missing from the price book, an unknown keep-alive policy) happen
 * when the scenario runs and are reported on its row as well.
 */
public enum ScenarioColumn {
    NAME("name", "scenario name, unique; a row named `defaults` sets defaults for every row", Check.ANY),
    TRACE("trace", "trace file, relative to the scenario file (or `generate`)", Check.ANY),
    FORMAT("format", "trace format: lambdasim-csv, azure2021, azure2019, cloudwatch, lambdasim-bin (auto-detected when empty)", Check.ANY),
    GENERATE("generate", "generator spec instead of a trace, e.g. `poisson(5/s);duration=exp(80ms);horizon=1h`", Check.ANY),
    FUNCTION("function", "function name for traces that lack one (CloudWatch REPORT lines)", Check.ANY),
    MEMORY_MB("memory_mb", "configured memory, MB (128..10240)", Check.intRange(128, 10240)),
    ARCH("arch", "x86_64 or arm64", Check.oneOf("x86_64", "arm64")),
    REGION("region", "AWS region of the price book, e.g. us-east-1", Check.matches("[a-z]{2}(-[a-z]+)+-\\d", "a region such as us-east-1")),
    RULES("rules", "billing rule set: aws-2025-08, aws-2020-12, aws-2014", Check.ANY),
    KEEP_ALIVE("keep_alive", "keep-alive policy: fixed:10m, none, never, random:5m-15m, hybrid", Check.ANY),
    MAX_LIFETIME("max_lifetime", "recycle environments after this age, e.g. 2h", Check.DURATION),
    TIMEOUT("timeout", "function timeout, e.g. 30s or 900s", Check.DURATION),
    CONCURRENCY_LIMIT("concurrency_limit", "account concurrency limit (default 1000)", Check.intRange(1, 1_000_000)),
    RESERVED("reserved", "reserved concurrency per function", Check.intRange(0, 1_000_000)),
    PROVISIONED("provisioned", "provisioned concurrency: N or a schedule such as 10@08:00-20:00", Check.ANY),
    INIT("init", "INIT duration model: a constant (250ms), a distribution, or runtime:python, runtime:java, ...", Check.ANY),
    REUSE("reuse", "warm environment reuse order: mru, lru, random", Check.oneOf("mru", "lru", "random")),
    SCALING("scaling", "scaling rule: current or legacy", Check.ANY),
    WARMER("warmer", "scheduled warm-up pings, e.g. 5m (one every five minutes)", Check.ANY),
    THREADS("threads", "threads the function can use (caps the usable vCPUs)", Check.intRange(1, 64)),
    FUNCTIONS("functions", "per-function settings file (CSV or YAML), relative to the scenario file", Check.ANY),
    MAX_EVENT_AGE("max_event_age", "how long an async event may wait before it is dropped, e.g. 6h", Check.DURATION),
    ASYNC_RETRIES("async_retries", "retries of a failed async invocation, 0..2", Check.intRange(0, 2)),
    BUCKET("bucket", "timeline bucket width, e.g. 1m", Check.DURATION),
    START_TIME("start_time", "time of day the trace starts, HH:MM (for provisioned schedules)", Check.matches("\\d{1,2}:\\d{2}", "a time such as 08:00")),
    PRICES("prices", "price-book file instead of the bundled one, relative to the scenario file", Check.ANY),
    CPU_FRACTION("cpu_fraction", "CPU-bound share of the duration, 0..1", Check.doubleRange(0, 1)),
    REFERENCE_MEMORY_MB("reference_memory_mb", "memory the trace's durations were recorded at, MB", Check.intRange(128, 10240)),
    EPHEMERAL_MB("ephemeral_mb", "ephemeral storage, MB (512..10240)", Check.intRange(512, 10240)),
    FREE_TIER("free_tier", "apply the monthly free tier: yes or no", Check.BOOLEAN),
    SAVINGS_PLAN("savings_plan", "Compute Savings Plans discount on duration and provisioned concurrency, 0..1", Check.doubleRange(0, 1)),
    EC2("ec2", "EC2 options to compare, `;`-separated: price-book types or NAME=USD_PER_HOUR", Check.ANY),
    FLEET("fleet", "EC2 fleet mode: static or autoscaled", Check.oneOf("static", "autoscaled")),
    MIN_INSTANCES("min_instances", "minimum EC2 fleet size (default 2)", Check.intRange(0, 100_000)),
    MAX_INSTANCES("max_instances", "maximum EC2 fleet size (autoscaled)", Check.intRange(1, 100_000)),
    LAUNCH_DELAY("launch_delay", "time before a new EC2 instance serves (default 3m)", Check.DURATION),
    COOLDOWN("cooldown", "autoscaling scale-in cooldown (default 5m)", Check.DURATION),
    LOAD_BALANCER("load_balancer", "true: add an application load balancer to each EC2 option", Check.oneOf("true", "false")),
    TARGET_UTILIZATION("target_utilization", "EC2 target utilisation, 0..1 (default 0.7)", Check.doubleRange(0.01, 1)),
    EC2_DISCOUNT("ec2_discount", "discount on EC2 on-demand prices (Savings Plans, Reserved, Spot), 0..1", Check.doubleRange(0, 1)),
    TRAFFIC_SCALE("traffic_scale", "multiply the trace's traffic (thinning below 1, shifted copies above)", Check.doubleRange(1e-6, 1e6)),
    BREAKEVEN("breakeven", "yes: also find the traffic factor at which each EC2 option becomes cheaper", Check.BOOLEAN),
    SEED("seed", "random seed (generators, random policies, traffic scaling)", Check.LONG);

    private final String header;
    private final String help;
    private final Check check;

    ScenarioColumn(String header, String help, Check check) {
        this.header = header;
        this.help = help;
        this.check = check;
    }

    private static final Map<String, ScenarioColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.header, Function.identity()));

    public String header() {
        return header;
    }

    public String help() {
        return help;
    }

    public static Optional<ScenarioColumn> of(String header) {
        return Optional.ofNullable(BY_HEADER.get(header.trim().toLowerCase(Locale.ROOT)));
    }

    /** Null when {@code value} is acceptable, else the reason it is not. */
    public String problem(String value) {
        return check.problem(value.trim());
    }

    /** A quick syntactic check of one cell. */
    @FunctionalInterface
    interface Check {
        String problem(String v);

        Check ANY = v -> null;
        Check BOOLEAN = v -> v.matches("(?i)yes|no|true|false|on|off|1|0") ? null : "'" + v + "' is not yes or no";
        Check DURATION = matches("\\d+(\\.\\d+)?\\s*(us|ms|s|m|h|d)", "a duration with a unit, e.g. 30s, 15m");
        Check LONG = v -> {
            try {
                Long.parseLong(v);
                return null;
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a whole number";
            }
        };

        static Check matches(String regex, String expected) {
            Pattern p = Pattern.compile(regex);
            return v -> p.matcher(v).matches() ? null : "'" + v + "' is not " + expected;
        }

        static Check oneOf(String... allowed) {
            return v -> Arrays.asList(allowed).contains(v.toLowerCase(Locale.ROOT)) ? null
                    : "'" + v + "' is not one of " + String.join(", ", allowed);
        }

        static Check intRange(long min, long max) {
            return v -> {
                try {
                    long x = Long.parseLong(v);
                    return x >= min && x <= max ? null : "'" + v + "' is outside " + min + ".." + max;
                } catch (NumberFormatException e) {
                    return "'" + v + "' is not a whole number (" + min + ".." + max + ")";
                }
            };
        }

        static Check doubleRange(double min, double max) {
            return v -> {
                try {
                    double x = Double.parseDouble(v);
                    return x >= min && x <= max ? null : "'" + v + "' is outside " + trim(min) + ".." + trim(max);
                } catch (NumberFormatException e) {
                    return "'" + v + "' is not a number (" + trim(min) + ".." + trim(max) + ")";
                }
            };
        }

        private static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** True for yes/true/on/1. */
    public static boolean isYes(String v) {
        return v != null && v.trim().matches("(?i)yes|true|on|1");
    }
}
