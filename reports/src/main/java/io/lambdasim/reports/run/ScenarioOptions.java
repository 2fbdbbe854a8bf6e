package io.lambdasim.reports.run;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.ProvisionedSchedule;
import io.lambdasim.engine.ReuseOrder;
import io.lambdasim.engine.ScalingRule;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.Warmer;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.traces.ReadOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One scenario, typed: where the invocations come from, how the Lambda pool is configured (an
 * engine {@link SimulationConfig}), and how the usage is priced. Shared by {@code lambdasim simulate},
 * {@code lambdasim batch} (one per CSV row) and the GUI.
 *
 * <p>The {@link Builder} also accepts every setting as text by key ({@link Builder#set}), with the
 * names of the batch file's columns (the CLI options without dashes, {@code _} for {@code -}), so
 * both front ends parse values the same way and report errors the same way.
 *
 * @param name        scenario name (for reports)
 * @param source      the workload
 * @param simulation  engine configuration (its billing measure is replaced by the rules' one when run)
 * @param arch        x86_64 or arm64
 * @param region      AWS region of the prices
 * @param rules       billing rule set id ({@code aws-2025-08} ...)
 * @param freeTier    apply the monthly free tier
 * @param savingsPlan Compute Savings Plans discount on duration and PC (0 = none), e.g. 0.17
 * @param ephemeralStorageMb /tmp size; above 512 MB it is billed per GB-s
 * @param pricesFile  a price-book file instead of the bundled one, or null
 * @param ec2         EC2 instance types to compare (for the EC2 extension), possibly empty
 * @param extra       settings for extensions (e.g. {@code fleet}), by key
 */
public record ScenarioOptions(String name, TraceSource source, SimulationConfig simulation, String arch, String region,
                              String rules, boolean freeTier, BigDecimal savingsPlan, int ephemeralStorageMb,
                              Path pricesFile, List<String> ec2, Map<String, String> extra) {

    public static final String DEFAULT_ARCH = "x86_64";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_RULES = "aws-2025-08";
    public static final int DEFAULT_EPHEMERAL_MB = 512;

    /** Keys {@link Builder#set} understands, in the order the README documents them. */
    public static final List<String> KEYS = List.of(
            "trace", "format", "function", "generate", "traffic_scale", "memory_mb", "arch", "region", "rules", "free_tier",
            "savings_plan", "ephemeral_mb", "prices", "keep_alive", "reuse", "max_lifetime", "timeout",
            "concurrency_limit", "reserved", "scaling", "provisioned", "warmer", "init", "cpu_fraction", "threads",
            "reference_memory_mb", "functions", "max_event_age", "async_retries", "seed", "bucket", "start_time",
            "ec2");

    public ScenarioOptions {
        ec2 = List.copyOf(ec2);
        extra = Map.copyOf(extra);
        if (!arch.equals("x86_64") && !arch.equals("arm64")) {
            throw new IllegalArgumentException("arch '" + arch + "' (allowed: x86_64, arm64)");
        }
        if (savingsPlan.signum() < 0 || savingsPlan.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("savings plan " + savingsPlan + " outside [0, 1)");
        }
        if (ephemeralStorageMb < 512 || ephemeralStorageMb > 10_240) {
            throw new IllegalArgumentException("ephemeral storage " + ephemeralStorageMb + " MB outside 512..10240");
        }
    }

    /** The same scenario with another workload source. */
    public ScenarioOptions withSource(TraceSource newSource) {
        return new ScenarioOptions(name, newSource, simulation, arch, region, rules, freeTier, savingsPlan, ephemeralStorageMb,
                pricesFile, ec2, extra);
    }

    /** The same scenario with another engine configuration. */
    public ScenarioOptions withSimulation(SimulationConfig config) {
        return new ScenarioOptions(name, source, config, arch, region, rules, freeTier, savingsPlan, ephemeralStorageMb,
                pricesFile, ec2, extra);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.trace = source.trace();
        b.format = source.format();
        b.read = source.read();
        b.generate = source.generate();
        b.trafficScale = source.trafficScale();
        b.sim = simulation.toBuilder();
        b.arch = arch;
        b.region = region;
        b.rules = rules;
        b.freeTier = freeTier;
        b.savingsPlan = savingsPlan;
        b.ephemeralMb = ephemeralStorageMb;
        b.prices = pricesFile;
        b.ec2 = new ArrayList<>(ec2);
        b.extra = new LinkedHashMap<>(extra);
        b.seed = simulation.seed();
        b.seedSet = source.generatorSeed() != null;
        b.allowHuge = source.allowHuge();
        return b;
    }

    /** Mutable; {@link #build()} validates. Values set as text go through {@link #set}. */
    public static final class Builder {
        private String name = "scenario";
        private Path trace;
        private String format;
        private ReadOptions read = ReadOptions.DEFAULTS;
        private String generate;
        private double trafficScale = 1.0;
        /** Scenario runs keep per-function latency percentiles (the per-function tables show them). */
        private SimulationConfig.Builder sim = SimulationConfig.builder().perFunctionPercentiles(true);
        private String arch = DEFAULT_ARCH;
        private String region = DEFAULT_REGION;
        private String rules = DEFAULT_RULES;
        private boolean freeTier = true;
        private BigDecimal savingsPlan = BigDecimal.ZERO;
        private int ephemeralMb = DEFAULT_EPHEMERAL_MB;
        private Path prices;
        private List<String> ec2 = new ArrayList<>();
        private Map<String, String> extra = new LinkedHashMap<>();
        private long seed = SimulationConfig.DEFAULTS.seed();
        private Double cpuFraction;
        private Integer threads;
        private Path baseDir;
        private String scaling;
        private boolean seedSet;
        private boolean allowHuge;

        public Builder name(String v) { name = v; return this; }
        public Builder trace(Path v) { trace = v; return this; }
        public Builder format(String v) { format = v; return this; }
        public Builder readOptions(ReadOptions v) { read = v; return this; }
        public Builder generate(String v) { generate = v; return this; }
        public Builder trafficScale(double v) { trafficScale = v; return this; }
        public Builder arch(String v) { arch = v.trim().toLowerCase(Locale.ROOT); return this; }
        public Builder region(String v) { region = v.trim(); return this; }
        public Builder rules(String v) { rules = v.trim(); return this; }
        public Builder freeTier(boolean v) { freeTier = v; return this; }
        public Builder savingsPlan(BigDecimal v) { savingsPlan = v; return this; }
        public Builder ephemeralStorageMb(int v) { ephemeralMb = v; return this; }
        public Builder pricesFile(Path v) { prices = v; return this; }
        public Builder ec2(List<String> v) { ec2 = new ArrayList<>(v); return this; }
        public Builder extra(String key, String value) { extra.put(key, value); return this; }
        /** Seeds every random choice of the run, and a generated workload (overriding the spec's seed=). */
        public Builder seed(long v) { seed = v; seedSet = true; return this; }
        /** Lets a generator spec exceed {@link io.lambdasim.traces.generate.WorkloadSpec#MAX_INVOCATIONS} ({@code --allow-huge}). */
        public Builder allowHuge(boolean v) { allowHuge = v; return this; }
        /** Relative paths given to {@link #set} ({@code trace}, {@code functions}, {@code prices}) resolve against this. */
        public Builder baseDir(Path v) { baseDir = v; return this; }

        /** The engine configuration, to change anything the keys do not cover. */
        public SimulationConfig.Builder simulation() {
            return sim;
        }

        /**
         * Sets one setting from text. Keys are {@link #KEYS} (and any other key goes to
         * {@code extra}, for extensions, when {@code allowExtra}); blank values leave the default.
         *
         * @throws IllegalArgumentException naming the key, the value and what is allowed
         */
        public Builder set(String key, String value, boolean allowExtra) {
            String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (value == null || value.isBlank()) {
                return this;
            }
            String v = value.trim();
            try {
                apply(k, v, allowExtra);
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage() == null ? "bad value" : e.getMessage();
                throw new IllegalArgumentException(k + "=" + v + ": " + msg, e);
            }
            return this;
        }

        public Builder set(String key, String value) {
            return set(key, value, false);
        }

        private void apply(String k, String v, boolean allowExtra) {
            switch (k) {
                case "name": name = v; break;
                case "trace": trace = resolve(v); break;
                case "format": format = v; break;
                case "function": read = read.withFunction(v); break;
                case "generate": generate = v; break;
                case "traffic_scale": trafficScale = number(v); break;
                case "memory_mb": sim.memoryMb(memory(v)); break;
                case "arch": arch(v); break;
                case "region": region(v); break;
                case "rules": rules(v); break;
                case "free_tier": freeTier = bool(v); break;
                case "savings_plan": savingsPlan = new BigDecimal(v.endsWith("%")
                        ? String.valueOf(number(v.substring(0, v.length() - 1)) / 100) : v); break;
                case "ephemeral_mb": case "ephemeral_storage_mb": ephemeralMb = integer(v); break;
                case "prices": prices = resolve(v); break;
                case "keep_alive": sim.keepAlive(KeepAlive.parse(v)); break;
                case "reuse": sim.reuse(ReuseOrder.parse(v)); break;
                case "max_lifetime": sim.maxLifetimeUs(v.equalsIgnoreCase("none") ? 0 : Durations.parseUs(v)); break;
                case "timeout": sim.timeoutUs(Durations.parseUs(v)); break;
                case "concurrency_limit": sim.accountConcurrency(integer(v)); break;
                case "reserved": sim.reservedConcurrency(count(v)); break;
                case "scaling": ScalingRule.parse(v, region); scaling = v; break; // region may come later
                case "provisioned": sim.provisioned(ProvisionedSchedule.parse(v)); break;
                case "warmer": sim.warmer(Warmer.parse(v)); break;
                case "init": sim.init(InitModel.parse(v)); break;
                case "cpu_fraction": cpuFraction = number(v); break;
                case "threads": threads = integer(v); break;
                case "reference_memory_mb": sim.referenceMemoryMb(memory(v)); break;
                case "functions": sim.functionRules(FunctionSettingsFile.read(resolve(v))); break;
                case "max_event_age": sim.maxEventAgeUs(Durations.parseUs(v)); break;
                case "async_retries": sim.asyncRetryDelaysUs(retries(integer(v))); break;
                case "seed": seed(Long.parseLong(v)); break;
                case "bucket": sim.timelineBucketUs(bucket(v)); break;
                case "start_time": sim.startTimeOfDayUs(ProvisionedSchedule.parseStartTime(v)); break;
                case "ec2": ec2 = new ArrayList<>(Arrays.asList(v.split("[;,]\\s*"))); break;
                default:
                    if (!allowExtra) {
                        throw new IllegalArgumentException("unknown setting (allowed: " + String.join(", ", KEYS) + ")");
                    }
                    extra.put(k, v);
            }
        }

        private Path resolve(String v) {
            Path p = Path.of(v);
            return baseDir != null && !p.isAbsolute() ? baseDir.resolve(p) : p;
        }

        private static int integer(String v) {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number");
            }
        }

        /** A count that may be 0 but not negative (reserved concurrency). */
        private static int count(String v) {
            int n = integer(v);
            if (n < 0) {
                throw new IllegalArgumentException("expected a whole number >= 0");
            }
            return n;
        }

        /** A timeline bucket: a duration above zero (0 would mean no timeline at all). */
        private static long bucket(String v) {
            long us = Durations.parseUs(v);
            if (us <= 0) {
                throw new IllegalArgumentException("expected a bucket width above 0, e.g. 1s or 1m");
            }
            return us;
        }

        private static int memory(String v) {
            int mb = integer(v);
            if (mb < CpuModel.MIN_MEMORY_MB || mb > CpuModel.MAX_MEMORY_MB) {
                throw new IllegalArgumentException("memory outside " + CpuModel.MIN_MEMORY_MB + ".." + CpuModel.MAX_MEMORY_MB + " MB");
            }
            return mb;
        }

        private static double number(String v) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a number");
            }
        }

        private static boolean bool(String v) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true": case "yes": case "on": case "1": return true;
                case "false": case "no": case "off": case "0": return false;
                default: throw new IllegalArgumentException("expected true or false");
            }
        }

        /** AWS retries a failed async event up to twice, after about 1 and then 2 minutes. */
        static List<Long> retries(int n) {
            if (n < 0 || n > 2) {
                throw new IllegalArgumentException("async retries outside 0..2");
            }
            return SimulationConfig.DEFAULTS.asyncRetryDelaysUs().subList(0, n);
        }

        public ScenarioOptions build() {
            if (cpuFraction != null || threads != null) {
                CpuModel base = sim.build().cpu();
                sim.cpu(new CpuModel(cpuFraction != null ? cpuFraction : base.cpuFraction(),
                        threads != null ? threads : base.threads()));
            }
            if (scaling != null) {
                sim.scaling(ScalingRule.parse(scaling, region));
            }
            sim.seed(seed);
            if (trace != null && generate != null) {
                throw new IllegalArgumentException("give either a trace or a generator spec, not both");
            }
            TraceSource source = new TraceSource(trace, format, read, generate, trafficScale, seed, seedSet ? seed : null,
                    allowHuge);
            return new ScenarioOptions(name, source, sim.build(), arch, region, rules, freeTier, savingsPlan, ephemeralMb,
                    prices, ec2, extra);
        }
    }
}
