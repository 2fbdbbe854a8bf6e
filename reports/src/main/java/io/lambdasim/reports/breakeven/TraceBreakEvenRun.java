package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.OneAtATime;
import io.lambdasim.reports.uncertainty.Sensitivity;
import io.lambdasim.engine.ec2.Balancer;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.lmi.LmiSettings;
import java.math.BigDecimal;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.sizing.Workloads;
import io.lambdasim.reports.slo.LatencySlo;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Glue for {@code lambdasim breakeven --trace}: loads the workload, turns price-book instance
 * types into fleets and prices, runs {@link TraceBreakEven}, and formats the answer.
 */
public final class TraceBreakEvenRun {

    /** Account concurrency for the Lambda side: high enough that traffic is never throttled. */
    static final int UNTHROTTLED = 1_000_000;

    private final PriceSource prices;
    private InvocationArrays trace;
    private Integer memoryMb;
    private String arch = "x86_64";
    private CpuModel cpu = CpuModel.DEFAULT;
    private long seed = 1;
    private FleetMode mode = FleetMode.STATIC;
    private int minInstances = FleetConfig.DEFAULT_MIN_INSTANCES;
    private int maxInstances = FleetConfig.DEFAULT_MAX_INSTANCES;
    private double target = FleetConfig.DEFAULT_TARGET_UTILIZATION;
    private double discount;
    private long launchDelayUs = FleetConfig.DEFAULT_LAUNCH_DELAY_US;
    private long cooldownUs = FleetConfig.DEFAULT_SCALE_IN_COOLDOWN_US;
    private boolean loadBalancer;
    private Balancer balancer = Balancer.DEFAULT;
    private double maxFactor = TraceBreakEven.Search.DEFAULT.maxFactor();
    private io.lambdasim.engine.ProgressListener progress = io.lambdasim.engine.ProgressListener.NONE;
    private double hours = io.lambdasim.pricing.Month.DEFAULT_HOURS;
    private Long periodUs;
    private List<LmiSettings> lmi = List.of();
    private BigDecimal lmiDiscount = BigDecimal.ZERO;
    private LatencySlo slo;

    private SimulationConfig base = SimulationConfig.DEFAULTS;
    private AroundConfig around = AroundConfig.NONE;
    private String region;
    private boolean freeTier;

    public TraceBreakEvenRun(PriceSource prices) {
        this.prices = prices;
    }

    public TraceBreakEvenRun workload(Path file, String format, String spec) {
        this.trace = Workloads.load(file, format, spec);
        return this;
    }

    /** The period the workload covers when the user said so ({@code --period}); null: the workload's own. */
    public TraceBreakEvenRun period(Long us) {
        this.periodUs = us;
        return this;
    }

    /** Reports the simulations' progress to {@code listener} (a front end's progress line). */
    public TraceBreakEvenRun progress(io.lambdasim.engine.ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    public TraceBreakEvenRun workload(InvocationArrays arrays) {
        this.trace = arrays;
        return this;
    }

    /** The engine settings the Lambda side starts from (keep-alive, INIT, per-function settings); the defaults otherwise. */
    public TraceBreakEvenRun base(SimulationConfig config) {
        this.base = config;
        return this;
    }

    /** {@code memory} null: the trace's own memory; {@code cpuFraction} null: the engine's default. */
    public TraceBreakEvenRun lambda(Integer memory, String architecture, Double cpuFraction, int threads, long seedValue) {
        if (memory != null) {
            prices.checkMemory(memory);
        }
        this.memoryMb = memory;
        this.arch = architecture;
        this.cpu = new CpuModel(cpuFraction == null ? CpuModel.DEFAULT_CPU_FRACTION : cpuFraction, threads);
        this.seed = seedValue;
        return this;
    }

    public TraceBreakEvenRun fleet(String fleetMode, int min, int max, double targetUtilization, double discountFactor,
                                   long launchDelay, long cooldown, boolean withBalancer) {
        this.mode = FleetMode.parse(fleetMode);
        this.minInstances = min;
        this.maxInstances = max;
        this.target = targetUtilization;
        this.discount = discountFactor;
        this.launchDelayUs = launchDelay;
        this.cooldownUs = cooldown;
        this.loadBalancer = withBalancer;
        return this;
    }

    /** How requests are placed on instances: least-outstanding (default), round-robin or central. */
    public TraceBreakEvenRun balancer(String name) {
        this.balancer = name == null ? Balancer.DEFAULT : Balancer.parse(name);
        return this;
    }

    /** Managed Instances options to compare too, and the discount on their instances ({@link LmiOption#discount}). */
    public TraceBreakEvenRun lmi(List<LmiSettings> options, BigDecimal discountOnInstances) {
        this.lmi = List.copyOf(options);
        this.lmiDiscount = discountOnInstances;
        return this;
    }

    /** What surrounds the function, priced on both sides (issue 18); {@link AroundConfig#NONE} by default. */
    public TraceBreakEvenRun around(AroundConfig config, String awsRegion, boolean withFreeTier) {
        this.around = config;
        this.region = awsRegion;
        this.freeTier = withFreeTier;
        return this;
    }

    /** The latency objective the options are ranked under ({@code --latency-slo}), or null: cost alone. */
    public TraceBreakEvenRun slo(LatencySlo objective) {
        this.slo = objective;
        return this;
    }

    public TraceBreakEvenRun search(double maxTrafficFactor, double hoursPerMonth) {
        this.maxFactor = maxTrafficFactor;
        this.hours = hoursPerMonth;
        return this;
    }

    public TraceBreakEvenResult run(List<String> ec2Specs) {
        if (trace == null) {
            throw new IllegalStateException("no workload loaded");
        }
        SimulationConfig lambda = base.toBuilder()
                .memoryMb(memoryMb == null ? InvocationCursor.MISSING : memoryMb)
                .cpu(cpu).seed(seed).billing(prices.billingMeasure())
                // At many times today's traffic the default account limit (1,000) would throttle, and
                // throttled requests are not billed: the comparison assumes the limit is raised to serve all.
                .accountConcurrency(UNTHROTTLED)
                .build();
        // Rows without a recorded memory ran at 512 MB, as the Lambda side takes them.
        int reference = trace.memoryMb(0) > 0 ? trace.memoryMb(0) : SimulationConfig.FALLBACK_MEMORY_MB;
        List<TraceOption> candidates = new ArrayList<>();
        for (String spec : ec2Specs) {
            candidates.add(candidate(prices.ec2(spec.trim()), reference));
        }
        for (LmiSettings settings : lmi) {
            candidates.add(new LmiCandidate(LmiOption.resolve(settings, prices, lambda, reference, -1, lmiDiscount)));
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare Lambda with: give EC2 types (--ec2) or a Managed Instances option (--lmi)");
        }
        TraceBreakEven.Search search = new TraceBreakEven.Search(TraceBreakEven.Search.DEFAULT.minFactor(), maxFactor,
                TraceBreakEven.Search.DEFAULT.relativePrecision(), seed, TraceBreakEven.Search.DEFAULT.maxInvocations());
        return new TraceBreakEven(trace, lambda, arch, prices.lambdaPricer(), hours, periodUs, search).progress(progress).slo(slo)
                .around(new AroundBilling(AroundPrices.loadDefault(), around, freeTier), region)
                .run(candidates);
    }

    private Ec2Candidate candidate(Ec2Offer o, int referenceMb) {
        FleetConfig fleet = Ec2ScenarioExtension.fleetOf(o, cpu, referenceMb)
                .withSizing(mode, target, minInstances, Math.max(maxInstances, Math.max(1, minInstances)))
                .withTiming(launchDelayUs, cooldownUs, FleetConfig.DEFAULT_PERIOD_US)
                .withBalancer(balancer);
        Ec2Pricing pricing = Ec2ScenarioExtension.pricingOf(o, discount, loadBalancer, prices);
        return new Ec2Candidate(fleet, pricing);
    }

    public static String table(TraceBreakEvenResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Trace: %,d invocations over %s; Lambda today %s/month%n",
                r.invocations(), r.period().describe(), BreakEvenReport.usd(r.lambdaToday())));
        if (r.wholeBill() != null) {
            s.append(String.format(Locale.ROOT, "Whole bills: each side with its own %s (front door %s); Lambda's function alone "
                            + "%s/month%n",
                    String.join(", ", r.wholeBill().components().stream().sorted().map(c -> c.label()).toList()),
                    r.wholeBill().config().frontDoor().id(), BreakEvenReport.usd(r.wholeBill().lambdaTodayFunctionOnly())));
        }
        FleetResult first = r.options().stream().map(OptionOutcome::fleetToday).filter(f -> f != null).findFirst().orElse(null);
        if (first != null) {
            s.append(String.format(Locale.ROOT, "EC2 fleets: %s, requests placed by a %s balancer%n", first.mode().label(),
                    first.balancer().label()));
            s.append(String.format(Locale.ROOT, "%-18s %12s %9s %9s %7s %8s %11s %12s  %s%n", "EC2 option", "$/month", "peak",
                    "avg inst", "CPU %", "waited %", "overload s", "queue p99 ms", "break-even factor"));
        }
        for (OptionOutcome o : r.options()) {
            FleetResult f = o.fleetToday();
            if (f == null) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%-18s %12s %9d %9.2f %7.1f %8.1f %11d %12.1f  %s%n", o.option(),
                    BreakEvenReport.usd(o.ec2Today()), f.peakInstances(), f.averageInstances(), 100 * f.cpuUtilization(),
                    100 * f.waitedShare(), f.overloadedSeconds(), f.queue().p99Ms(), factor(o) + missMark(r, o)));
        }
        if (r.options().stream().anyMatch(o -> o.lmiToday() != null)) {
            s.append(String.format(Locale.ROOT, "%-18s %12s %9s %9s %7s %11s %12s  %s%n", "Managed Instances", "$/month", "peak",
                    "avg inst", "CPU %", "throttled", "p99 ms", "break-even factor"));
        }
        for (OptionOutcome o : r.options()) {
            ManagedInstancesResult m = o.lmiToday();
            if (m == null) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%-18s %12s %9d %9.2f %7.1f %11d %12.1f  %s%n", o.option(),
                    BreakEvenReport.usd(o.ec2Today()), m.peakInstances(), m.meanInstances(), 100 * m.cpuUtilization(),
                    m.throttled(), m.latency().p99Ms(), factor(o) + missMark(r, o)));
        }
        s.append(r.summary()).append('\n');
        if (r.bands() != null) {
            OneAtATime b = r.bands();
            s.append("Uncertain inputs (band: each input at each end of its range, the others central, effects added):\n");
            for (OptionOutcome o : r.options()) {
                Band f = b.band(factorKey(o.option()));
                s.append(String.format(Locale.ROOT, "  break-even with %-18s %s%n", o.option(), f == null ? "none in range at the "
                        + "central values" : String.format(Locale.ROOT, "%s (band %s to %s)", TraceBreakEven.times(f.central()),
                        TraceBreakEven.times(f.low()), TraceBreakEven.times(f.high()))));
            }
            Band m = b.band(LAMBDA_MONTHLY);
            s.append(String.format(Locale.ROOT, "  Lambda today       %s/month (band %s to %s)%n", BreakEvenReport.usd(m.central()),
                    BreakEvenReport.usd(m.low()), BreakEvenReport.usd(m.high())));
            s.append(String.format(Locale.ROOT, "Sensitivity (one input at each end, the others central):%n  %-16s %-26s %-26s %14s %14s%n",
                    "input", "low end", "high end", "$/month at low", "at high"));
            for (Sensitivity x : b.sensitivity(LAMBDA_MONTHLY)) {
                s.append(String.format(Locale.ROOT, "  %-16s %-26s %-26s %14s %14s%n", x.input().label(), x.lowValue(), x.highValue(),
                        BreakEvenReport.usd(x.atLow()), BreakEvenReport.usd(x.atHigh())));
                for (OptionOutcome o : r.options()) {
                    Sensitivity f = b.sensitivity(factorKey(o.option())).stream().filter(y -> y.input() == x.input()).findFirst().orElse(null);
                    if (f != null) {
                        s.append(String.format(Locale.ROOT, "  %16s break-even with %s: %s at low, %s at high%n", "", o.option(),
                                factor(f.atLow()), factor(f.atHigh())));
                    }
                }
            }
        }
        return s.toString();
    }

    /** "  [misses p99=300ms]" after an option that misses the latency objective. */
    private static String missMark(TraceBreakEvenResult r, OptionOutcome o) {
        return r.sloMiss(o.option()).isEmpty() ? "" : "  [misses " + r.slo().slo().spec() + "]";
    }

    /** The figure of Lambda's monthly cost today in the bands. */
    public static final String LAMBDA_MONTHLY = "lambdaMonthly";

    /** The figure of the break-even factor against {@code option} in the bands. */
    public static String factorKey(String option) {
        return "breakEven:" + option;
    }

    /** The banded figures of one result. */
    public static Map<String, Double> figures(TraceBreakEvenResult r) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(LAMBDA_MONTHLY, r.lambdaToday());
        for (OptionOutcome o : r.options()) {
            f.put(factorKey(o.option()), o.breakEvenFactor());
        }
        return f;
    }

    private static String factor(double v) {
        return Double.isNaN(v) ? "none in range" : TraceBreakEven.times(v);
    }

    private static Map<String, Object> bandsJson(TraceBreakEvenResult r) {
        OneAtATime b = r.bands();
        Map<String, Object> u = new LinkedHashMap<>();
        List<Map<String, Object>> ins = new ArrayList<>();
        for (var in : b.inputs()) {
            Sensitivity any = b.sensitivity(LAMBDA_MONTHLY).stream().filter(x -> x.input() == in).findFirst().orElseThrow();
            ins.add(BreakEvenReport.map("input", in.label(), "low", any.lowValue(), "high", any.highValue()));
        }
        u.put("inputs", ins);
        List<Map<String, Object>> factors = new ArrayList<>();
        for (OptionOutcome o : r.options()) {
            Band f = b.band(factorKey(o.option()));
            factors.add(BreakEvenReport.map("type", o.option(), "breakEvenFactor", f == null ? null : f.central(),
                    "low", f == null ? null : f.low(), "high", f == null ? null : f.high()));
        }
        u.put("breakEven", factors);
        Band m = b.band(LAMBDA_MONTHLY);
        u.put("lambdaMonthlyCost", BreakEvenReport.map("central", m.central(), "low", m.low(), "high", m.high()));
        List<Map<String, Object>> sens = new ArrayList<>();
        for (Sensitivity x : b.sensitivity(LAMBDA_MONTHLY)) {
            Map<String, Object> row = BreakEvenReport.map("input", x.input().label(), "low", x.lowValue(), "high", x.highValue(),
                    "lambdaMonthlyCostAtLow", x.atLow(), "lambdaMonthlyCostAtHigh", x.atHigh());
            Map<String, Object> be = new LinkedHashMap<>();
            for (OptionOutcome o : r.options()) {
                b.sensitivity(factorKey(o.option())).stream().filter(y -> y.input() == x.input()).findFirst().ifPresent(y ->
                        be.put(o.option(), BreakEvenReport.map("atLow", Double.isNaN(y.atLow()) ? null : y.atLow(),
                                "atHigh", Double.isNaN(y.atHigh()) ? null : y.atHigh())));
            }
            row.put("breakEvenFactor", be);
            sens.add(row);
        }
        u.put("sensitivity", sens);
        return u;
    }

    private static String factor(OptionOutcome o) {
        return Double.isNaN(o.breakEvenFactor()) ? "none in range" : TraceBreakEven.times(o.breakEvenFactor());
    }

    public static Map<String, Object> json(TraceBreakEvenResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", "trace");
        root.put("invocations", r.invocations());
        root.put("horizonSeconds", r.horizonSeconds());
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("seconds", r.period().seconds());
        period.put("source", r.period().source().key());
        root.put("period", period);
        root.put("lambdaMonthlyCost", r.lambdaToday());
        List<Map<String, Object>> options = new ArrayList<>();
        List<Map<String, Object>> lmiOptions = new ArrayList<>();
        for (OptionOutcome o : r.options()) {
            FleetResult f = o.fleetToday();
            if (f == null) {
                lmiOptions.add(lmiJson(o, r.wholeBill() != null));
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", o.option());
            m.put("lambdaMonthlyCost", o.lambdaToday());
            m.put("ec2MonthlyCost", o.ec2Today());
            m.put("cheaperToday", o.cheaperToday());
            m.put("breakEvenFactor", Double.isNaN(o.breakEvenFactor()) ? null : o.breakEvenFactor());
            m.put("summary", o.summary());
            Map<String, Object> fleet = new LinkedHashMap<>();
            fleet.put("mode", f.mode().label());
            fleet.put("peakInstances", f.peakInstances());
            fleet.put("averageInstances", f.averageInstances());
            fleet.put("instanceHours", f.instanceHours());
            fleet.put("launches", f.launches());
            fleet.put("cpuUtilization", f.cpuUtilization());
            fleet.put("overloadedSeconds", f.overloadedSeconds());
            fleet.put("queuedInvocations", f.queuedInvocations());
            fleet.put("queueMs", FleetFigures.queue(f));
            fleet.put("surplusVcpuHours", f.surplusVcpuSeconds() / 3600);
            fleet.put("throttledSeconds", f.throttledSeconds());
            fleet.putAll(FleetFigures.contention(f));
            m.put("fleet", fleet);
            List<Map<String, Object>> pts = new ArrayList<>();
            for (FactorPoint p : o.points()) {
                Map<String, Object> pt = BreakEvenReport.map("factor", p.factor(), "lambdaMonthlyCost", p.lambdaMonthly(),
                        "ec2MonthlyCost", p.ec2Monthly());
                if (r.wholeBill() != null) {
                    pt.put("lambdaMonthlyCostFunctionOnly", p.lambdaFunctionOnly());
                    pt.put("ec2MonthlyCostFunctionOnly", p.ec2FunctionOnly());
                }
                pts.add(pt);
            }
            m.put("points", pts);
            options.add(m);
        }
        root.put("ec2", options);
        root.put("lmi", lmiOptions);
        root.put("cheapestToday", r.cheapestToday());
        root.put("summary", r.summary());
        if (r.slo() != null) {
            // issue 16: the options ranked under --latency-slo; cheapestToday keeps its meaning (cost alone)
            root.put("recommendedToday", r.recommendedToday());
            root.put("latencySlo", r.slo().json());
        }
        if (r.bands() != null) {
            root.put("uncertainty", bandsJson(r));
        }
        if (r.wholeBill() != null) {
            root.put("wholeBill", wholeBillJson(r));
        }
        return root;
    }

    /**
     * issue 18: the costs and factors above are of whole bills; the function alone's beside them, and
     * the crossing each component gives alone (the largest move first), as the analytic break-even's.
     */
    private static Map<String, Object> wholeBillJson(TraceBreakEvenResult r) {
        TraceWholeBill w = r.wholeBill();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frontDoor", w.config().frontDoor().id());
        m.put("publisher", w.config().publisher().id());
        m.put("components", w.components().stream().sorted().map(c -> c.key()).toList());
        m.put("lambdaMonthlyCostFunctionOnly", w.lambdaTodayFunctionOnly());
        m.put("cheapestTodayFunctionOnly", r.cheapestTodayFunctionOnly());
        List<Map<String, Object>> opts = new ArrayList<>();
        for (OptionOutcome o : r.options()) {
            OptionWholeBill b = o.wholeBill();
            List<Map<String, Object>> movers = new ArrayList<>();
            for (OptionWholeBill.Mover x : b.movers()) {
                movers.add(BreakEvenReport.map("component", x.component().key(), "breakEvenFactor", nullIfNaN(x.breakEvenFactor())));
            }
            opts.add(BreakEvenReport.map("option", o.option(), "breakEvenFactor", nullIfNaN(o.breakEvenFactor()),
                    "breakEvenFactorFunctionOnly", nullIfNaN(b.breakEvenFactorFunctionOnly()),
                    "monthlyCost", o.ec2Today(), "monthlyCostFunctionOnly", b.optionTodayFunctionOnly(), "movedMostBy", movers));
        }
        m.put("options", opts);
        return m;
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Map<String, Object> lmiJson(OptionOutcome o, boolean whole) {
        ManagedInstancesResult r = o.lmiToday();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("option", o.option());
        m.put("lambdaMonthlyCost", o.lambdaToday());
        m.put("lmiMonthlyCost", o.ec2Today());
        m.put("cheaperToday", o.cheaperToday());
        m.put("breakEvenFactor", Double.isNaN(o.breakEvenFactor()) ? null : o.breakEvenFactor());
        m.put("summary", o.summary());
        m.put("instances", BreakEvenReport.map("min", r.minInstances(), "mean", r.meanInstances(), "peak", r.peakInstances()));
        m.put("instanceHours", r.instanceHours());
        m.put("throttled", r.throttled());
        m.put("cpuUtilization", r.cpuUtilization());
        m.put("latencyMs", BreakEvenReport.map("p50", r.latency().p50Ms(), "p99", r.latency().p99Ms()));
        List<Map<String, Object>> pts = new ArrayList<>();
        for (FactorPoint p : o.points()) {
            Map<String, Object> pt = BreakEvenReport.map("factor", p.factor(), "lambdaMonthlyCost", p.lambdaMonthly(),
                    "lmiMonthlyCost", p.ec2Monthly());
            if (whole) {
                pt.put("lambdaMonthlyCostFunctionOnly", p.lambdaFunctionOnly());
                pt.put("lmiMonthlyCostFunctionOnly", p.ec2FunctionOnly());
            }
            pts.add(pt);
        }
        m.put("points", pts);
        return m;
    }
}
