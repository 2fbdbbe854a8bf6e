package io.lambdasim.reports.batch;

import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.pricing.breakeven.Ec2CostCurve;
import io.lambdasim.pricing.breakeven.FleetPolicy;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import io.lambdasim.pricing.breakeven.StepCostCurve;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.charts.BreakEvenData;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.lmi.LmiScenarioExtension;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The break-even chart of a scenario: the analytic model of {@code lambdasim breakeven} fed with
 * what the simulation measured (mean billed duration, cold-start ratio, INIT per cold start), so
 * the curves describe this workload rather than a guess. Lambda is a line in monthly requests; each
 * EC2 option a staircase of whole instances at the target utilisation (FleetPolicy defaults); the
 * Managed Instances option a staircase of its own (instances, fee and requests).
 */
final class AnalyticBreakEven {

    private AnalyticBreakEven() {
    }

    /** The chart data, or null when the scenario compares no EC2 option or the model has no answer. */
    static BreakEvenData of(ScenarioResult r) {
        ScenarioOptions o = r.options();
        UsageStats t = r.simulation().total();
        BillingUsage b = t.billing();
        boolean lmi = LmiSettings.requested(o.extra());
        if ((o.ec2().isEmpty() && !lmi) || b.requests() == 0) {
            return null;
        }
        PriceSource prices = PriceSources.open(o.pricesFile(), o.region(), o.rules(), o.freeTier());
        int memoryMb = o.simulation().memoryMb();
        double initMs = t.coldStarts() == 0 ? 0 : b.initBilledMs() / t.coldStarts();
        double durationMs = Math.max(1e-3, (b.billedMs() - b.initBilledMs()) / b.requests());
        LambdaProfile profile = new LambdaProfile(memoryMb, durationMs, o.arch(), initMs, t.coldStartRatio());
        CpuModel cpu = o.simulation().cpu();
        RequestNeeds needs = RequestNeeds.fromLambda(durationMs / 1000, cpu.cpuFraction(), cpu.usableCpus(memoryMb),
                cpu.threads(), memoryMb);
        List<StepCostCurve> curves = new ArrayList<>();
        for (String spec : o.ec2()) {
            curves.add(new Ec2CostCurve(prices.ec2(spec.trim()), needs, FleetPolicy.defaults()));
        }
        if (lmi) {
            // The third family: the scenario's Managed Instances option, on the same measured function.
            curves.add(LmiOption.resolve(LmiSettings.from(o.extra()), prices, o.simulation(),
                    LmiScenarioExtension.referenceMemory(o.simulation()), -1,
                    LmiScenarioExtension.discount(o)).curve(needs, FleetPolicy.DEFAULT_HOURS_PER_MONTH));
        }
        BreakEvenResult result = new BreakEvenAnalysis().analyze(prices.lambdaCurve(profile), curves);
        List<BreakEvenData.Curve> out = new ArrayList<>();
        for (CostSeries s : result.series()) {
            double[] x = s.points().stream().mapToDouble(CostPoint::requests).toArray();
            double[] y = s.points().stream().mapToDouble(CostPoint::monthlyCost).toArray();
            boolean lambda = s.option().equals(BreakEvenAnalysis.LAMBDA);
            out.add(new BreakEvenData.Curve(lambda ? "Lambda" : LmiOption.label(s.option()), x, y, !lambda));
        }
        List<BreakEvenData.Crossing> crossings = new ArrayList<>();
        for (Crossing c : result.crossings()) {
            crossings.add(new BreakEvenData.Crossing(LmiOption.label(c.option()), c.requests(), c.lambdaCost()));
        }
        // today's volume as a monthly rate: the simulated invocations over the simulated span, times a 730-hour month
        double spanSeconds = r.simulation().horizonUs() / 1e6;
        double today = spanSeconds > 0 ? t.invocations() * (730 * 3600.0 / spanSeconds) : Double.NaN;
        return new BreakEvenData(out, crossings, today);
    }
}
