package io.lambdasim.reports.batch;

import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.charts.BreakEvenData;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.PriceChoice;
import io.lambdasim.reports.usecase.UseCases;

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

    /** The chart data, or null when the scenario compares no other option or the model has no answer. */
    static BreakEvenData of(ScenarioResult r) {
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
                Settings.FROM.defaultValue(), Settings.TO.defaultValue(), lmi);
        BreakEvenResult result = UseCases.breakEven(request).result();
        // today's volume: a month of this workload's invocations
        double today = t.invocations() * r.monthlyFactor();
        return BreakEvenData.of(result, today);
    }
}
