package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.pricing.Architecture;
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
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.reports.sizing.MemorySizing;
import io.lambdasim.reports.sizing.SizingPlan;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.Workloads;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceStats;
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
        PriceBook book = PriceBook.loadOrDefault(p.pricesFile());
        BillingRules rules = BillingRules.named(p.rules());
        Architecture arch = Architecture.parse(r.arch());
        rules.checkArchitecture(arch);
        rules.checkMemory(r.memoryMb());
        LambdaBilling billing = new LambdaBilling(book, rules, p.costOptions());
        SteadyLoadCost cost = new SteadyLoadCost(new SteadyLoad(p.region(), arch, r.durationMs(), r.memoryMb(), r.initMs(),
                r.coldRatio(), r.ephemeralMb(), r.customRuntime()), billing);
        List<CostReport.Ec2Line> lines = new ArrayList<>();
        for (String t : r.ec2()) {
            Ec2InstanceType type = book.ec2(p.region(), t.trim());
            BigDecimal monthly = Ec2Billing.monthly(type.hourlyUsd(), 1, r.month().hoursExact(), r.ec2Discount());
            lines.add(new CostReport.Ec2Line(type, monthly, cost.breakEvenRequests(monthly)));
        }
        return new CostReport(r, rules.name(), cost.bill(r.requests()), lines);
    }

    /**
     * The analytic break-even. The CPU time an EC2 request needs is the CPU-bound share of the
     * duration as Lambda ran it on its usable vCPUs at that memory ({@link CpuModel#usableCpus}).
     */
    public static BreakEvenReport breakEven(BreakEvenRequest r) {
        PriceSource prices = r.prices().open();
        LambdaProfile lambda = r.lambda();
        prices.checkMemory(lambda.memoryMb());
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
        BreakEvenResult result = new BreakEvenAnalysis(r.fromRequests(), r.toRequests(), BreakEvenRequest.samples())
                .analyze(prices.lambdaCurve(lambda), all);
        return new BreakEvenReport(prices, lambda, curves, lmi, result);
    }

    /** The trace-based break-even: the traffic factor at which each option (EC2, Managed Instances) and Lambda swap places. */
    public static TraceBreakEvenResult traceBreakEven(TraceBreakEvenRequest r) {
        CpuModel cpu = r.cpu();
        return new TraceBreakEvenRun(r.prices().open())
                .workload(Workloads.load(r.workload()))
                .lambda(r.memoryMb(), r.arch(), cpu.cpuFraction(), cpu.threads(), r.seed())
                .fleet(r.fleet(), r.min(), r.max(), r.target(), r.discount(), r.launchDelayUs(), r.cooldownUs(), r.loadBalancer())
                .balancer(r.balancer())
                .search(r.maxFactor(), r.month().hours())
                .period(r.periodUs())
                .lmi(r.lmi() == null ? List.of() : List.of(r.lmi()),
                        LmiOption.discount(BigDecimal.valueOf(r.discount()), r.prices().savingsPlan()))
                .run(r.ec2());
    }

    /** Memory sizing: Power Tuning done offline on the workload. */
    public static SizingResult sizing(SizingRequest r) {
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
        for (int m : memories) {
            prices.checkMemory(m);
        }
        InvocationArrays trace = Workloads.load(r.workload());
        SizingPlan plan = new SizingPlan(memories, r.arches(), r.cpu(),
                r.calibration() == null ? null : Calibration.read(r.calibration()),
                r.referenceMemoryMb() == null ? 0 : r.referenceMemoryMb(), r.strategy(), r.balancedWeight(), r.jobs(),
                r.month(), r.periodUs());
        SimulationConfig base = SimulationConfig.builder().seed(r.seed()).billing(prices.billingMeasure()).build();
        return MemorySizing.run(trace, base, plan, prices.lambdaPricer());
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

    /** What is in a trace, in one pass and constant memory. */
    public static TraceStats traceStats(io.lambdasim.reports.run.TraceSource workload) {
        try (InvocationCursor c = workload.open()) {
            return TraceStats.of(c);
        }
    }
}
