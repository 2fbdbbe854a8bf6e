package io.lambdasim.reports.batch;

import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.charts.BreakEvenData;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.PriceChoice;
import io.lambdasim.reports.usecase.UseCases;
import io.lambdasim.reports.uncertainty.ScenarioUncertainty;
import java.util.ArrayList;
import java.util.List;

/**
 * The break-even chart of a scenario: the analytic break-even ({@link UseCases#breakEven}, the one
 * {@code lambdasim breakeven} and the app answer) fed with what the simulation measured (mean
 * billed duration, cold-start ratio, INIT per cold start) and the scenario's own prices and fleet
 * settings, so the curves describe this workload rather than a guess; the Managed Instances option
 * is the third curve family when the scenario has one.
 */
final class AnalyticBreakEven {

    private AnalyticBreakEven() {
    }

    /**
     * The chart data, or null when the scenario compares no other option or the model has no answer.
     * Over uncertain inputs (the scenario's {@link ScenarioUncertainty}), the same chart at each end of
     * each range gives Lambda's curve a ribbon (lowest and highest cost at each volume) and each
     * crossing an interval (its earliest and latest volume).
     */
    static BreakEvenData of(ScenarioResult r) {
        BreakEvenData central = at(r);
        ScenarioUncertainty u = r.extensions().stream().filter(e -> e instanceof ScenarioUncertainty)
                .map(e -> (ScenarioUncertainty) e).findFirst().orElse(null);
        if (central == null || u == null || u.ends().isEmpty()) {
            return central;
        }
        BreakEvenData.Curve lambda = central.curves().stream().filter(c -> c.name().equals("Lambda")).findFirst().orElse(null);
        if (lambda == null) {
            return central;
        }
        double[] lo = lambda.usdPerMonth().clone();
        double[] hi = lambda.usdPerMonth().clone();
        List<BreakEvenData.Crossing> crossings = new ArrayList<>();
        List<BreakEvenData> ends = new ArrayList<>();
        for (ScenarioResult end : u.ends()) {
            BreakEvenData d = at(end);
            if (d == null) {
                continue;
            }
            ends.add(d);
            d.curves().stream().filter(c -> c.name().equals("Lambda")).findFirst().ifPresent(c -> {
                for (int i = 0; i < lo.length && i < c.usdPerMonth().length; i++) {
                    lo[i] = Math.min(lo[i], c.usdPerMonth()[i]);
                    hi[i] = Math.max(hi[i], c.usdPerMonth()[i]);
                }
            });
        }
        for (BreakEvenData.Crossing c : central.crossings()) {
            double first = c.requestsPerMonth();
            double last = c.requestsPerMonth();
            for (BreakEvenData d : ends) {
                for (BreakEvenData.Crossing e : d.crossings()) {
                    if (e.option().equals(c.option())) {
                        first = Math.min(first, e.requestsPerMonth());
                        last = Math.max(last, e.requestsPerMonth());
                        break; // the first crossing with that option at this end
                    }
                }
            }
            crossings.add(new BreakEvenData.Crossing(c.option(), c.requestsPerMonth(), c.usdPerMonth(), first, last));
        }
        return new BreakEvenData(central.curves(), crossings, central.todayRequestsPerMonth(),
                List.of(new BreakEvenData.Ribbon("Lambda", lambda.requestsPerMonth(), lo, hi)));
    }

    private static BreakEvenData at(ScenarioResult r) {
        ScenarioOptions o = r.options();
        UsageStats t = r.simulation().total();
        BillingUsage b = t.billing();
        LmiSettings lmi = LmiSettings.from(o.settings());
        if ((o.ec2().isEmpty() && lmi == null) || b.requests() == 0) {
            return null;
        }
        int memoryMb = o.simulation().memoryMb() > 0 ? o.simulation().memoryMb() : r.simulation().functions().get(0).memoryMb();
        double initMs = t.coldStarts() == 0 ? 0 : b.initBilledMs() / t.coldStarts();
        double durationMs = Math.max(1e-3, (b.billedMs() - b.initBilledMs()) / b.requests());
        LambdaProfile profile = new LambdaProfile(memoryMb, durationMs, o.arch(), initMs, Math.min(1, t.coldStartRatio()));
        SettingValues given = o.settings();
        PriceChoice prices = new PriceChoice(o.pricesFile(), o.region(), o.rules(), o.freeTier(), o.savingsPlan());
        BreakEvenRequest request = new BreakEvenRequest(profile, o.simulation().cpu(), prices, o.ec2(),
                new io.lambdasim.pricing.breakeven.FleetPolicy(given.get(Settings.TARGET_UTILIZATION),
                        given.get(Settings.MIN_INSTANCES), o.month().hours(), given.get(Settings.EC2_DISCOUNT)),
                Settings.FROM.defaultValue(), Settings.TO.defaultValue(), lmi, AroundSettings.from(given));
        io.lambdasim.reports.breakeven.BreakEvenReport report = UseCases.breakEven(request);
        BreakEvenResult result = report.result();
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
        // issue 18: with a bill around the function the curves are whole bills; the function alone beside them
        BreakEvenResult alone = report.functionOnly();
        if (alone != null) {
            for (CostSeries s : alone.series()) {
                if (s.option().equals(BreakEvenAnalysis.LAMBDA)) {
                    out.add(new BreakEvenData.Curve("Lambda (function alone)", s.points().stream().mapToDouble(CostPoint::requests)
                            .toArray(), s.points().stream().mapToDouble(CostPoint::monthlyCost).toArray(), false));
                }
            }
            for (Crossing c : alone.crossings()) {
                crossings.add(new BreakEvenData.Crossing(LmiOption.label(c.option()) + " (function alone)", c.requests(),
                        c.lambdaCost()));
            }
        }
        // today's volume: a month of this workload's invocations
        double today = t.invocations() * r.monthlyFactor();
        return new BreakEvenData(out, crossings, today);
    }
}
