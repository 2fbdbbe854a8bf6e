package io.lambdasim.reports.run;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.ProvisionedSchedule;
import io.lambdasim.engine.ReuseOrder;
import io.lambdasim.engine.ScalingRule;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.Warmer;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.source.SourceSettings;
import io.lambdasim.pricing.Month;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.traces.Placement;
import io.lambdasim.traces.ReadOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One scenario, typed: where the invocations come from, how the Lambda pool is configured (an
 * engine {@link SimulationConfig}), and how the usage is priced. Shared by {@code lambdasim simulate},
 * {@code lambdasim batch} (one per CSV row) and the GUI.
 *
 * <p>The {@link Builder} accepts every setting as text by key ({@link Builder#set}): the keys, their
 * grammar, range and default are the declarations of {@link Settings}, so every front end parses
 * values the same way and reports errors the same way ({@link SettingException}).
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
 * @param month       the month usage is projected to (730 h unless {@code hours} says otherwise)
 * @param settings    every setting given, as text by key (extensions read their own typed values
 *                    from it: {@code settings().get(Settings.FLEET)})
 */
public record ScenarioOptions(String name, TraceSource source, SimulationConfig simulation, String arch, String region,
                              String rules, boolean freeTier, BigDecimal savingsPlan, int ephemeralStorageMb,
                              Path pricesFile, List<String> ec2, Month month, SettingValues settings) {

    public static final String DEFAULT_ARCH = Settings.ARCH.defaultText();
    public static final String DEFAULT_REGION = Settings.REGION.defaultText();
    public static final String DEFAULT_RULES = Settings.RULES.defaultText();
    public static final int DEFAULT_EPHEMERAL_MB = Settings.EPHEMERAL_MB.defaultValue();

    /** Keys {@link Builder#set} understands: the settings a batch column may hold, in the docs' order. */
    public static final List<String> KEYS = Settings.keys(Setting.Scope.BATCH);

    public ScenarioOptions {
        ec2 = List.copyOf(ec2);
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

    /** The settings given that no core field holds (fleet, break-even, ...), key to text. */
    public Map<String, String> extra() {
        return settings.asMap();
    }

    /** The same scenario with another engine configuration. */
    public ScenarioOptions withSimulation(SimulationConfig config) {
        return new ScenarioOptions(name, source, config, arch, region, rules, freeTier, savingsPlan, ephemeralStorageMb,
                pricesFile, ec2, month, settings);
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
        b.periodUs = source.periodUs();
        b.sim = simulation.toBuilder();
        b.sources = simulation.sources().toBuilder();
        b.arch = arch;
        b.region = region;
        b.rules = rules;
        b.freeTier = freeTier;
        b.savingsPlan = savingsPlan;
        b.ephemeralMb = ephemeralStorageMb;
        b.prices = pricesFile;
        b.ec2 = new ArrayList<>(ec2);
        b.month = month;
        b.given = new LinkedHashMap<>(settings.asMap());
        b.seed = simulation.seed();
        b.seedSet = source.generatorSeed() != null;
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
        private Long periodUs;
        /** Scenario runs keep per-function latency percentiles (the per-function tables show them). */
        private SimulationConfig.Builder sim = SimulationConfig.builder().perFunctionPercentiles(true);
        /** Event-source settings of every function (docs/event-sources.md). */
        private SourceSettings.Builder sources = SourceSettings.builder();
        private String arch = DEFAULT_ARCH;
        private String region = DEFAULT_REGION;
        private String rules = DEFAULT_RULES;
        private boolean freeTier = Settings.FREE_TIER.defaultValue();
        private BigDecimal savingsPlan = BigDecimal.ZERO;
        private int ephemeralMb = DEFAULT_EPHEMERAL_MB;
        private Path prices;
        private List<String> ec2 = new ArrayList<>();
        private Month month = Month.DEFAULT;
        private Map<String, String> given = new LinkedHashMap<>();
        private long seed = SimulationConfig.DEFAULTS.seed();
        private Double cpuFraction;
        private Integer threads;
        private Path baseDir;
        private String scaling;
        private boolean seedSet;

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
        public Builder month(Month v) { month = v; return this; }
        /** Seeds every random choice of the run, and a generated workload (overriding the spec's seed=). */
        public Builder seed(long v) { seed = v; seedSet = true; return this; }
        /** Relative paths given to {@link #set} ({@code trace}, {@code functions}, {@code prices}) resolve against this. */
        public Builder baseDir(Path v) { baseDir = v; return this; }

        /** The engine configuration, to change anything the keys do not cover. */
        public SimulationConfig.Builder simulation() {
            return sim;
        }

        /** Sets every value of {@code values} ({@link #set} for each). */
        public Builder set(SettingValues values) {
            values.asMap().forEach(this::set);
            return this;
        }

        /**
         * Sets one setting from text. Keys are those of the settings a batch column may hold
         * ({@link #KEYS}); blank values leave the default.
         *
         * @throws SettingException naming the key, the value and what is allowed
         * @throws IllegalArgumentException for a key that is not a scenario setting
         */
        public Builder set(String key, String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            String k = Settings.normalise(key);
            Setting<?> setting = Settings.byKey(k).filter(s -> s.in(Setting.Scope.BATCH)).orElseThrow(() ->
                    new IllegalArgumentException("unknown setting '" + key.trim() + "' (allowed: " + String.join(", ", KEYS) + ")"));
            apply(setting, value.trim());
            given.put(k, value.trim());
            return this;
        }

        /** Kept for callers of the two-argument form's older sibling; every key must be declared. */
        public Builder set(String key, String value, boolean allowExtraIgnored) {
            return set(key, value);
        }

        private void apply(Setting<?> s, String v) {
            Object value = s.parse(v); // grammar and range: one place for every front end
            switch (s.key()) {
                case "name": name = (String) value; break;
                case "trace": trace = resolve((Path) value); break;
                case "format": format = (String) value; break;
                case "function": read = read.withFunction((String) value); break;
                case "generate": generate = (String) value; break;
                case "traffic_scale": trafficScale = (Double) value; break;
                case "period": periodUs = (Long) value; break;
                case "skip_bad_rows": read = read.withSkipBadRows((Boolean) value); break;
                case "placement": read = read.withPlacement(Placement.parse((String) value)); break;
                case "durations": read = read.withDurationsFile(resolve((Path) value)); break;
                case "app_memory": read = read.withMemoryFile(resolve((Path) value)); break;
                case "default_duration": read = read.withDefaultDurationUs((Long) value); break;
                case "trace_memory_mb": read = read.withMemoryMbOverride((Integer) value); break;
                case "reorder_window": read = read.withReorderWindowUs((Long) value); break;
                case "memory_mb": sim.memoryMb((Integer) value); break;
                case "arch": arch((String) value); break;
                case "region": region((String) value); break;
                case "rules": rules((String) value); break;
                case "free_tier": freeTier = (Boolean) value; break;
                case "savings_plan": savingsPlan = BigDecimal.valueOf((Double) value); break;
                case "ephemeral_mb": ephemeralMb = (Integer) value; break;
                case "prices": prices = resolve((Path) value); break;
                case "hours": month = Month.ofHours((Double) value); break;
                case "keep_alive": sim.keepAlive((KeepAlive) value); break;
                case "reuse": sim.reuse(ReuseOrder.parse((String) value)); break;
                case "max_lifetime": sim.maxLifetimeUs((Long) value); break;
                case "timeout": sim.timeoutUs((Long) value); break;
                case "concurrency_limit": sim.accountConcurrency((Integer) value); break;
                case "reserved": sim.reservedConcurrency((Integer) value); break;
                case "scaling": scaling = (String) value; break; // region may come later
                case "provisioned": sim.provisioned((ProvisionedSchedule) value); break;
                case "warmer": sim.warmer((Warmer) value); break;
                case "init": sim.init((InitModel) value); break;
                case "cpu_fraction": cpuFraction = (Double) value; break;
                case "threads": threads = (Integer) value; break;
                case "reference_memory_mb": sim.referenceMemoryMb((Integer) value); break;
                case "functions": sim.functionRules(FunctionSettingsFile.read(resolve((Path) value))); break;
                case "max_event_age": sim.maxEventAgeUs((Long) value); break;
                case "async_retries": sim.asyncRetryDelaysUs(retries((Integer) value)); break;
                case "seed": seed((Long) value); break;
                case "bucket": sim.timelineBucketUs((Long) value); break;
                case "start_time": sim.startTimeOfDayUs(ProvisionedSchedule.parse("0@" + value + "-" + value).fromUsOfDay()); break;
                case "ec2": ec2 = new ArrayList<>(Settings.EC2.type().parse(v)); break;
                default:
                    if (s.group() == Setting.Group.SOURCE) {
                        EventSourceKeys.apply(sources, s.key(), value);
                    }
                    break; // else read by an extension from settings() (fleet, break-even, ...)
            }
        }

        private Path resolve(Path p) {
            return baseDir != null && !p.isAbsolute() ? baseDir.resolve(p) : p;
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
            sim.sources(sources.build());
            if (trace != null && generate != null) {
                throw new IllegalArgumentException("give either a trace or a generator spec, not both");
            }
            // The seed reaches the trace readers too (Azure 2019 placement and durations).
            ReadOptions readOptions = read.withSeed(seed);
            TraceSource source = new TraceSource(trace, format, readOptions, generate, trafficScale, seed, seedSet ? seed : null,
                    periodUs);
            return new ScenarioOptions(name, source, sim.build(), arch, region, rules, freeTier, savingsPlan, ephemeralMb,
                    prices, ec2, month, SettingValues.of(given));
        }
    }
}
