package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.Ec2Billing;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.LambdaBilling;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.SteadyLoad;
import io.lambdasim.pricing.SteadyLoadCost;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.Ec2CostCurve;
import io.lambdasim.pricing.breakeven.ManagedInstancesCostCurve;
import io.lambdasim.pricing.breakeven.StepCostCurve;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import io.lambdasim.reports.around.SteadyBreakEven;
import io.lambdasim.reports.around.WholeBillCurves;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.run.EraCheck;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.reports.sizing.MemorySizing;
import io.lambdasim.reports.sizing.SizingPlan;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.Workloads;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceStats;
import io.lambdasim.reports.uncertainty.BreakEvenBands;
import io.lambdasim.reports.uncertainty.OneAtATime;
import io.lambdasim.reports.uncertainty.Spans;
import io.lambdasim.reports.uncertainty.UncertainInput;
import io.lambdasim.reports.uncertainty.SizingBands;
import io.lambdasim.reports.uncertainty.UncertainInputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every question lambdasim answers, each in one place: a request in, a result out. The command line,
 * the batch runner, the report and the desktop app build requests (from {@link
 * io.lambdasim.reports.settings.SettingValues}, parsed by the one settings registry) and render the
 * results; none of them computes a figure, looks up a price or applies a default of its own, so the
 * same question gets the same answer, to the cent, wherever it is asked.
 */
public final class UseCases {

    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    private UseCases() {
    }

    /** A month of a steady load on Lambda, exactly, against one instance of each EC2 type. */
    public static CostReport cost(CostRequest r) {
        PriceChoice p = r.prices();
        EraCheck.of(p.rules()).memory(r.memoryMb()).arch(r.arch()).ephemeralMb(r.ephemeralMb()).savingsPlan(p.savingsPlan());
        PriceBook book = PriceBook.loadOrDefault(p.pricesFile());
        BillingRules rules = BillingRules.named(p.rules());
        Architecture arch = Architecture.parse(r.arch());
        LambdaBilling billing = new LambdaBilling(book, rules, p.costOptions());
        SteadyLoadCost cost = new SteadyLoadCost(new SteadyLoad(p.region(), arch, r.durationMs(), r.memoryMb(), r.initMs(),
                r.coldRatio(), r.ephemeralMb(), r.customRuntime()), billing);
        // what surrounds the function: every request passes the front door (and is one published event)
        SteadyBreakEven whole = new SteadyBreakEven(cost, new AroundBilling(AroundPrices.loadDefault(), r.around(),
                p.freeTier()), p.region(), r.month().hours());
        List<CostReport.Ec2Line> lines = new ArrayList<>();
        for (String t : r.ec2()) {
            Ec2InstanceType type = book.ec2(p.region(), t.trim());
            BigDecimal monthly = Ec2Billing.monthly(type.hourlyUsd(), 1, r.month().hoursExact(), r.ec2Discount());
            SteadyBreakEven.Result be = whole.against(monthly);
            lines.add(new CostReport.Ec2Line(type, monthly, be.whole(), whole.instanceSide(r.requests()), be));
        }
        return new CostReport(r, rules.name(), cost.bill(r.requests()), whole.lambdaSide(r.requests()), lines);
    }

    /**
     * The analytic break-even. The CPU time an EC2 request needs is the CPU-bound share of the
     * duration as Lambda ran it on its usable vCPUs at that memory ({@link CpuModel#usableCpus}).
     */
    public static BreakEvenReport breakEven(BreakEvenRequest r) {
        BreakEvenReport central = breakEvenAt(r);
        BreakEvenRequest.Ranges ranges = r.ranges();
        if (ranges.isEmpty()) {
            return ranges.notes().isEmpty() ? central : central.withBands(new BreakEvenBands(
                    new OneAtATime(java.util.Map.of(), List.of()), new double[0], new double[0], new double[0], ranges.notes()));
        }
        // One input at a time at each end of its range, the others central.
        List<BreakEvenBands.End> ends = new ArrayList<>();
        double init = r.lambda().initMs();
        double cpu = r.cpu().cpuFraction();
        if (ranges.initMs() != null) {
            ends.add(new BreakEvenBands.End(UncertainInput.INIT, false, ms(ranges.initMs().low()),
                    breakEvenAt(r.at(ranges.initMs().low(), cpu)).result()));
            ends.add(new BreakEvenBands.End(UncertainInput.INIT, true, ms(ranges.initMs().high()),
                    breakEvenAt(r.at(ranges.initMs().high(), cpu)).result()));
        }
        if (ranges.cpuFraction() != null) {
            ends.add(new BreakEvenBands.End(UncertainInput.CPU_FRACTION, false, Spans.plain(ranges.cpuFraction().low()),
                    breakEvenAt(r.at(init, ranges.cpuFraction().low())).result()));
            ends.add(new BreakEvenBands.End(UncertainInput.CPU_FRACTION, true, Spans.plain(ranges.cpuFraction().high()),
                    breakEvenAt(r.at(init, ranges.cpuFraction().high())).result()));
        }
        return central.withBands(BreakEvenBands.of(central.result(), ends, ranges.notes()));
    }

    private static String ms(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f ms INIT", v);
    }

    private static BreakEvenReport breakEvenAt(BreakEvenRequest r) {
        LambdaProfile lambda = r.lambda();
        EraCheck.of(r.prices().rules()).memory(lambda.memoryMb()).arch(lambda.arch()).savingsPlan(r.prices().savingsPlan());
        PriceSource prices = r.prices().open();
        CpuModel cpu = r.cpu();
        RequestNeeds needs = RequestNeeds.fromLambda(lambda.durationMs() / 1000, cpu.cpuFraction(),
                cpu.usableCpus(lambda.memoryMb()), cpu.threads(), lambda.memoryMb());
        List<Ec2CostCurve> curves = new ArrayList<>();
        for (String e : r.ec2()) {
            curves.add(new Ec2CostCurve(prices.ec2(e.trim()), needs, r.fleet()));
        }
        // The third family: Managed Instances' instances take the EC2 discount, else the Lambda savings plan.
        List<ManagedInstancesCostCurve> lmi = r.lmi() == null ? List.of()
                : List.of(LmiOption.resolve(r.lmi(), prices, SimulationConfig.builder().cpu(cpu).build(), lambda.memoryMb(), -1,
                        LmiOption.discount(BigDecimal.valueOf(r.fleet().discount()), r.prices().savingsPlan()))
                        .curve(needs, r.fleet().hoursPerMonth()));
        List<StepCostCurve> all = new ArrayList<>(curves);
        all.addAll(lmi);
        BreakEvenAnalysis analysis = new BreakEvenAnalysis(r.fromRequests(), r.toRequests(), BreakEvenRequest.samples());
        BreakEvenResult result = analysis.analyze(prices.lambdaCurve(lambda), all);
        BreakEvenReport report = new BreakEvenReport(prices, lambda, curves, lmi, result);
        if (!r.around().any()) {
            return report;
        }
        // issue 18: the whole bills' crossings, the function alone's beside them, and each component's alone
        WholeBillCurves whole = new WholeBillCurves(r.around(), r.prices().freeTier(), r.prices().region(),
                r.fleet().hoursPerMonth());
        java.util.Set<AroundBill.Component> priced = whole.components();
        java.util.Map<AroundBill.Component, BreakEvenResult> alone = new java.util.EnumMap<>(AroundBill.Component.class);
        for (AroundBill.Component c : priced) {
            alone.put(c, analysis.analyze(whole.lambda(prices.lambdaCurve(lambda), java.util.EnumSet.of(c)),
                    whole.options(curves, lmi, java.util.EnumSet.of(c))));
        }
        BreakEvenResult wholeResult = analysis.analyze(whole.lambda(prices.lambdaCurve(lambda), priced),
                whole.options(curves, lmi, priced));
        return new BreakEvenReport(prices, lambda, curves, lmi, wholeResult).withFunctionOnly(r.around(), result, alone);
    }

    /** The trace-based break-even: the traffic factor at which each option (EC2, Managed Instances) and Lambda swap places. */
    public static TraceBreakEvenResult traceBreakEven(TraceBreakEvenRequest r) {
        return traceBreakEven(r, ProgressListener.NONE);
    }

    /** As {@link #traceBreakEven(TraceBreakEvenRequest)}, every simulation's progress told to {@code progress} as one count. */
    public static TraceBreakEvenResult traceBreakEven(TraceBreakEvenRequest r, ProgressListener progress) {
        EraCheck era = EraCheck.of(r.prices().rules()).arch(r.arch()).savingsPlan(r.prices().savingsPlan());
        if (r.memoryMb() != null) {
            era.memory(r.memoryMb());
        }
        PriceSource prices = r.prices().open();
        InvocationArrays trace = Workloads.load(r.workload());
        SimulationConfig base = r.model().simulation();
        TraceBreakEvenResult central = traceBreakEven(r, prices, trace, base, r.cpu(), progress);
        UncertainInputs uncertain = r.model().uncertain();
        if (uncertain.isEmpty()) {
            return central;
        }
        List<OneAtATime.Run> runs = new ArrayList<>();
        for (UncertainInputs.Variant v : uncertain.variants(base)) {
            TraceBreakEvenResult end = traceBreakEven(r, prices, trace, v.config(), v.config().cpu(), progress);
            runs.add(new OneAtATime.Run(v.input(), v.high(), v.value(), TraceBreakEvenRun.figures(end)));
        }
        return central.withBands(new OneAtATime(TraceBreakEvenRun.figures(central), runs));
    }

    private static TraceBreakEvenResult traceBreakEven(TraceBreakEvenRequest r, PriceSource prices, InvocationArrays trace,
                                                       SimulationConfig base, CpuModel cpu, ProgressListener progress) {
        return new TraceBreakEvenRun(prices)
                .progress(progress)
                .workload(trace)
                .base(base)
                .lambda(r.memoryMb(), r.arch(), cpu.cpuFraction(), cpu.threads(), r.seed())
                .fleet(r.fleet(), r.min(), r.max(), r.target(), r.discount(), r.launchDelayUs(), r.cooldownUs(), r.loadBalancer())
                .balancer(r.balancer())
                .search(r.maxFactor(), r.month().hours())
                .around(r.around(), r.prices().region(), r.prices().freeTier())
                .period(r.periodUs())
                .slo(r.slo())
                .lmi(r.lmi() == null ? List.of() : List.of(r.lmi()),
                        LmiOption.discount(BigDecimal.valueOf(r.discount()), r.prices().savingsPlan()))
                .run(r.ec2());
    }

    /** Memory sizing: Power Tuning done offline on the workload. */
    public static SizingResult sizing(SizingRequest r) {
        return sizing(r, ProgressListener.NONE);
    }

    /** As {@link #sizing(SizingRequest)}, every size's simulation told to {@code progress} as one count. */
    public static SizingResult sizing(SizingRequest r, ProgressListener progress) {
        io.lambdasim.reports.run.ProgressSum sum = new io.lambdasim.reports.run.ProgressSum(progress);
        EraCheck era = EraCheck.of(r.prices().rules()).savingsPlan(r.prices().savingsPlan());
        for (String arch : r.arches()) {
            era.arch(Settings.ARCHES, arch);
        }
        if (r.memories() != null) {
            for (int m : r.memories()) {
                era.memory(Settings.MEMORY_SIZES, m);
            }
        }
        PriceSource prices = r.prices().open();
        List<Integer> memories = r.memories();
        if (memories == null) {
            // The default list spans today's limits; an older era (aws-2014: 128..1536 MB) sizes within its own.
            memories = new ArrayList<>();
            for (int m : SizingPlan.DEFAULT_MEMORIES) {
                if (fits(prices, m)) {
                    memories.add(m);
                }
            }
        }
        InvocationArrays trace = Workloads.load(r.workload());
        SizingPlan plan = new SizingPlan(memories, r.arches(), r.cpu(),
                r.calibration() == null ? null : Calibration.read(r.calibration()),
                r.referenceMemoryMb() == null ? 0 : r.referenceMemoryMb(), r.strategy(), r.balancedWeight(), r.jobs(),
                r.month(), r.periodUs(), r.calibrationArm64() == null ? null : Calibration.read(r.calibrationArm64()));
        SimulationConfig base = r.model().simulation().toBuilder().seed(r.seed()).billing(prices.billingMeasure()).build();
        SizingResult central = MemorySizing.run(trace, base, plan, prices.lambdaPricer(), sum);
        UncertainInputs uncertain = r.model().uncertain();
        if (uncertain.isEmpty()) {
            return central;
        }
        // Each range at each end: the whole sizing again (a CPU-share end changes the plan's model too).
        List<UncertainInputs.Variant> variants = uncertain.variants(base);
        List<SizingResult> ends = new ArrayList<>();
        for (UncertainInputs.Variant v : variants) {
            SizingPlan p = new SizingPlan(plan.memoriesMb(), plan.arches(), v.config().cpu(), plan.calibration(),
                    plan.referenceMemoryMb(), plan.strategy(), plan.balancedWeight(), plan.threads(), plan.month(), plan.periodUs(),
                    plan.arm64Calibration());
            ends.add(MemorySizing.run(trace, v.config(), p, prices.lambdaPricer(), sum));
        }
        return central.withBands(SizingBands.of(central, uncertain, variants, ends));
    }

    private static boolean fits(PriceSource prices, int memoryMb) {
        try {
            prices.checkMemory(memoryMb);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A scenario replayed through the Lambda pool and priced (with the EC2 and other extensions). */
    public static ScenarioResult simulate(ScenarioOptions options, ProgressListener progress) {
        return RUNNER.run(options, progress, Runtime.getRuntime().availableProcessors()); // --jobs: all cores by default
    }

    /**
     * As {@link #simulate(ScenarioOptions, ProgressListener)}, the timeline streamed to
     * {@code timeline} row by row as it is simulated (memory independent of the horizon).
     */
    public static ScenarioResult simulate(ScenarioOptions options, ProgressListener progress,
                                          io.lambdasim.reports.run.ScenarioTables.TimelineRows timeline) {
        return RUNNER.run(options, progress, timeline);
    }

    /** Keep-alive, INIT and the CPU-bound share fitted to a function's own logs, with intervals and a replay check. */
    public static io.lambdasim.reports.calibrate.CalibrationResult calibrate(CalibrateRequest r) {
        return calibrate(r, ProgressListener.NONE);
    }

    /** As {@link #calibrate(CalibrateRequest)}, the lines read and the check's replays told to {@code progress} as one count. */
    public static io.lambdasim.reports.calibrate.CalibrationResult calibrate(CalibrateRequest r, ProgressListener progress) {
        return io.lambdasim.reports.calibrate.Calibrator.run(r.logs(), r.calibration(), r.threads(), r.rules(), r.seed(),
                progress);
    }

    /** What is in a trace, in one pass and constant memory. */
    public static TraceStats traceStats(io.lambdasim.reports.run.TraceSource workload) {
        try (InvocationCursor c = workload.open()) {
            return TraceStats.of(c);
        }
    }
}
