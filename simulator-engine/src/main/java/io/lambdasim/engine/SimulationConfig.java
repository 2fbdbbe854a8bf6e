package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.init.InitPresets;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.source.AsyncSource;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SourceSettings;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;

/**
 * Everything a simulation run depends on besides the trace. Immutable, so one config can drive
 * parallel runs. Every default lives in {@link #DEFAULTS} (and nowhere else): start from
 * {@link #builder()} and change what you need.
 *
 * @param memoryMb            simulated memory of every function; {@link InvocationCursor#MISSING}
 *                            = the trace's own memory field, else {@value #FALLBACK_MEMORY_MB} MB
 * @param referenceMemoryMb   memory at which the trace's durations were measured; MISSING = the
 *                            trace's memory field, or no scaling when it has none
 * @param timeoutUs           function timeout (900 s, the AWS maximum)
 * @param keepAlive           keep-alive policy ({@code fixed:10m})
 * @param reuse               which idle environment a warm start takes ({@code mru})
 * @param maxLifetimeUs       recycle environments this long after creation, after their current
 *                            invocation; 0 = never (default)
 * @param accountConcurrency  account concurrency limit (1,000), shared by all functions
 * @param reservedConcurrency default reserved concurrency per function; MISSING = none
 * @param scaling             environment creation rate limit ({@link ScalingRule#STANDARD})
 * @param init                INIT model when the trace observed none for a function (250 ms: the
 *                            gap between SimFaaS's measured cold and warm service times on AWS, and
 *                            near OpenDC's 265 ms mean)
 * @param cpu                 duration-versus-memory model ({@link CpuModel#DEFAULT})
 * @param provisioned         provisioned concurrency per function (none)
 * @param warmer              scheduled warming pings (none)
 * @param functionRules       per-function settings, first match wins (none)
 * @param billing             billing granularity and INIT billing ({@link BillingMeasure#CURRENT})
 * @param maxEventAgeUs       async events older than this are dropped (6 h; AWS allows 60 s to 6 h)
 * @param asyncRetryDelaysUs  delays of the retries of a failed async invocation (1 min, 2 min);
 *                            its size is the number of retries (0..2 on AWS)
 * @param sources             event-source settings of every function (each overridable per function);
 *                            none by default: each trace row's trigger decides
 * @param throttleBackoffUs   first delay before a throttled async event is retried (1 s), doubling
 * @param throttleBackoffMaxUs cap of that back-off (5 min); AWS publishes no schedule, only the 6 h age
 * @param seed                seed of every random choice (INIT samples, random keep-alive/reuse)
 * @param timelineBucketUs    width of the timeline buckets; 0 = no timeline
 * @param startTimeOfDayUs    time of day at trace time 0 (for provisioned schedules); 0 = midnight
 * @param perFunctionPercentiles keep a latency histogram per function for per-function p50/p90/p99
 *                            (off: per-function mean and maximum only). Off in the engine's
 *                            defaults because with thousands of functions the histograms cost
 *                            about a third of the engine's speed (a cache miss per invocation);
 *                            scenario runs ({@code ScenarioOptions}) turn it on
 */
public record SimulationConfig(
        int memoryMb,
        int referenceMemoryMb,
        long timeoutUs,
        KeepAlive keepAlive,
        ReuseOrder reuse,
        long maxLifetimeUs,
        int accountConcurrency,
        int reservedConcurrency,
        ScalingRule scaling,
        InitModel init,
        CpuModel cpu,
        ProvisionedSchedule provisioned,
        Warmer warmer,
        List<FunctionRule> functionRules,
        BillingMeasure billing,
        long maxEventAgeUs,
        List<Long> asyncRetryDelaysUs,
        SourceSettings sources,
        long throttleBackoffUs,
        long throttleBackoffMaxUs,
        long seed,
        long timelineBucketUs,
        long startTimeOfDayUs,
        boolean perFunctionPercentiles) {

    public static final int FALLBACK_MEMORY_MB = 512;
    public static final long MAX_TIMEOUT_US = 900 * Durations.US_PER_S;

    public static final SimulationConfig DEFAULTS = new SimulationConfig(
            InvocationCursor.MISSING,
            InvocationCursor.MISSING,
            MAX_TIMEOUT_US,
            KeepAlive.DEFAULT,
            ReuseOrder.MRU,
            0,
            1000,
            InvocationCursor.MISSING,
            ScalingRule.STANDARD,
            InitModel.parse("250ms"),
            CpuModel.DEFAULT,
            ProvisionedSchedule.NONE,
            Warmer.NONE,
            List.of(),
            BillingMeasure.CURRENT,
            AsyncSource.MAX_EVENT_AGE_US,
            List.of(Durations.US_PER_MIN, 2 * Durations.US_PER_MIN),
            SourceSettings.NONE,
            Durations.US_PER_S,
            5 * Durations.US_PER_MIN,
            io.lambdasim.traces.DefaultSeed.VALUE,
            0,
            0,
            false);

    public SimulationConfig {
        functionRules = List.copyOf(functionRules);
        asyncRetryDelaysUs = List.copyOf(asyncRetryDelaysUs);
        if (memoryMb != InvocationCursor.MISSING && (memoryMb < CpuModel.MIN_MEMORY_MB || memoryMb > CpuModel.MAX_MEMORY_MB)) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB outside " + CpuModel.MIN_MEMORY_MB + ".." + CpuModel.MAX_MEMORY_MB);
        }
        if (referenceMemoryMb != InvocationCursor.MISSING && referenceMemoryMb < 1) {
            throw new IllegalArgumentException("reference memory " + referenceMemoryMb + " MB must be positive");
        }
        if (timeoutUs < 1) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (accountConcurrency < 1) {
            throw new IllegalArgumentException("account concurrency limit " + accountConcurrency + " must be at least 1");
        }
        if (maxLifetimeUs < 0 || maxEventAgeUs < 0 || timelineBucketUs < 0 || throttleBackoffUs < 1
                || throttleBackoffMaxUs < throttleBackoffUs) {
            throw new IllegalArgumentException("durations must be positive (and the back-off cap at least the first back-off)");
        }
        if (asyncRetryDelaysUs.size() > AsyncSource.MAX_RETRIES) {
            throw new IllegalArgumentException("async retries " + asyncRetryDelaysUs.size() + " outside 0.." + AsyncSource.MAX_RETRIES);
        }
        AsyncSource.checkMaxEventAge(maxEventAgeUs);
        sources = sources == null ? SourceSettings.NONE : sources;
        if (startTimeOfDayUs < 0 || startTimeOfDayUs >= Durations.US_PER_DAY) {
            throw new IllegalArgumentException("start time of day outside 00:00..24:00");
        }
    }

    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * The settings of function {@code name}: those of the first {@link FunctionRule} that matches
     * it, and this configuration's for everything the rule leaves unset.
     */
    public FunctionConfig settingsFor(String name) {
        FunctionSettings s = FunctionSettings.INHERIT;
        for (FunctionRule rule : functionRules) {
            if (rule.matches(name)) {
                s = rule.settings();
                break;
            }
        }
        InitModel initModel = init;
        if (s.runtime() != null) {
            InitPresets.Preset preset = InitPresets.find(s.runtime());
            if (preset != null) {
                initModel = preset.model();
            }
        }
        try {
            SourceSettings src = s.source().over(sources);
            AsyncSource async = src.async(new AsyncSource(asyncRetryDelaysUs.size(), maxEventAgeUs));
            List<Long> delays = async.retries() == asyncRetryDelaysUs.size() ? asyncRetryDelaysUs
                    : DEFAULTS.asyncRetryDelaysUs().subList(0, async.retries());
            SourceKind kind = src.source();
            return new FunctionConfig(name,
                    s.memoryMb() != null ? s.memoryMb() : memoryMb,
                    s.timeoutUs() != null ? s.timeoutUs() : timeoutUs,
                    s.reserved() != null ? s.reserved() : reservedConcurrency,
                    s.provisioned() != null ? s.provisioned() : provisioned,
                    s.keepAlive() != null ? s.keepAlive() : keepAlive,
                    initModel, kind, async, delays,
                    kind == SourceKind.SQS ? src.sqs() : null,
                    kind != null && kind.isStream() ? src.stream() : null);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m.startsWith("function '") ? m : "function '" + name + "': " + m, e);
        }
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy; {@link #build()} validates. */
    public static final class Builder {
        private int memoryMb;
        private int referenceMemoryMb;
        private long timeoutUs;
        private KeepAlive keepAlive;
        private ReuseOrder reuse;
        private long maxLifetimeUs;
        private int accountConcurrency;
        private int reservedConcurrency;
        private ScalingRule scaling;
        private InitModel init;
        private CpuModel cpu;
        private ProvisionedSchedule provisioned;
        private Warmer warmer;
        private List<FunctionRule> functionRules;
        private BillingMeasure billing;
        private long maxEventAgeUs;
        private List<Long> asyncRetryDelaysUs;
        private SourceSettings sources;
        private long throttleBackoffUs;
        private long throttleBackoffMaxUs;
        private long seed;
        private long timelineBucketUs;
        private long startTimeOfDayUs;
        private boolean perFunctionPercentiles;

        private Builder(SimulationConfig c) {
            memoryMb = c.memoryMb;
            referenceMemoryMb = c.referenceMemoryMb;
            timeoutUs = c.timeoutUs;
            keepAlive = c.keepAlive;
            reuse = c.reuse;
            maxLifetimeUs = c.maxLifetimeUs;
            accountConcurrency = c.accountConcurrency;
            reservedConcurrency = c.reservedConcurrency;
            scaling = c.scaling;
            init = c.init;
            cpu = c.cpu;
            provisioned = c.provisioned;
            warmer = c.warmer;
            functionRules = c.functionRules;
            billing = c.billing;
            maxEventAgeUs = c.maxEventAgeUs;
            asyncRetryDelaysUs = c.asyncRetryDelaysUs;
            sources = c.sources;
            throttleBackoffUs = c.throttleBackoffUs;
            throttleBackoffMaxUs = c.throttleBackoffMaxUs;
            seed = c.seed;
            timelineBucketUs = c.timelineBucketUs;
            startTimeOfDayUs = c.startTimeOfDayUs;
            perFunctionPercentiles = c.perFunctionPercentiles;
        }

        public Builder memoryMb(int v) { memoryMb = v; return this; }
        public Builder referenceMemoryMb(int v) { referenceMemoryMb = v; return this; }
        public Builder timeoutUs(long v) { timeoutUs = v; return this; }
        public Builder keepAlive(KeepAlive v) { keepAlive = v; return this; }
        public Builder reuse(ReuseOrder v) { reuse = v; return this; }
        public Builder maxLifetimeUs(long v) { maxLifetimeUs = v; return this; }
        public Builder accountConcurrency(int v) { accountConcurrency = v; return this; }
        public Builder reservedConcurrency(int v) { reservedConcurrency = v; return this; }
        public Builder scaling(ScalingRule v) { scaling = v; return this; }
        public Builder init(InitModel v) { init = v; return this; }
        public Builder cpu(CpuModel v) { cpu = v; return this; }
        public Builder provisioned(ProvisionedSchedule v) { provisioned = v; return this; }
        public Builder warmer(Warmer v) { warmer = v; return this; }
        public Builder functionRules(List<FunctionRule> v) { functionRules = v; return this; }
        public Builder billing(BillingMeasure v) { billing = v; return this; }
        public Builder maxEventAgeUs(long v) { maxEventAgeUs = v; return this; }
        public Builder asyncRetryDelaysUs(List<Long> v) { asyncRetryDelaysUs = v; return this; }
        public Builder sources(SourceSettings v) { sources = v; return this; }
        public Builder throttleBackoffUs(long first, long max) { throttleBackoffUs = first; throttleBackoffMaxUs = max; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder timelineBucketUs(long v) { timelineBucketUs = v; return this; }
        public Builder startTimeOfDayUs(long v) { startTimeOfDayUs = v; return this; }
        public Builder perFunctionPercentiles(boolean v) { perFunctionPercentiles = v; return this; }

        public SimulationConfig build() {
            return new SimulationConfig(memoryMb, referenceMemoryMb, timeoutUs, keepAlive, reuse, maxLifetimeUs,
                    accountConcurrency, reservedConcurrency, scaling, init, cpu, provisioned, warmer, functionRules,
                    billing, maxEventAgeUs, asyncRetryDelaysUs, sources, throttleBackoffUs, throttleBackoffMaxUs, seed,
                    timelineBucketUs, startTimeOfDayUs, perFunctionPercentiles);
        }
    }
}
