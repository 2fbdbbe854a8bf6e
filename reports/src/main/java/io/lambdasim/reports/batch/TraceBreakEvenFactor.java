package io.lambdasim.reports.batch;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.reports.breakeven.OptionOutcome;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.reports.breakeven.TraceBreakEven;
import io.lambdasim.reports.lmi.LmiScenarioExtension;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.Workloads;
import java.util.List;

/**
 * The {@code breakeven=yes} column: the traffic factor at which the first option (an EC2 type or
 * the Managed Instances option) swaps places with Lambda, found by simulation ({@link TraceBreakEvenRun}, the engine of
 * {@code lambdasim breakeven --trace}) with the scenario's own fleet settings.
 */
final class TraceBreakEvenFactor {

    /** The factor and the option it concerns; factor NaN when no option swaps within the search range. */
    record Answer(double factor, String option) {
    }

    private TraceBreakEvenFactor() {
    }

    static Answer find(ScenarioOptions o) {
        TraceSource src = o.source();
        SettingValues x = o.settings();
        CpuModel cpu = o.simulation().cpu();
        int memory = o.simulation().memoryMb();
        TraceBreakEvenResult r = new TraceBreakEvenRun(PriceSources.open(o.pricesFile(), o.region(), o.rules(), o.freeTier()))
                .workload(Workloads.load(src))
                .lambda(memory > 0 ? memory : null, o.arch(), cpu.cpuFraction(), cpu.threads(), o.simulation().seed())
                .fleet(x.get(Settings.FLEET), x.get(Settings.MIN_INSTANCES), x.get(Settings.MAX_INSTANCES),
                        x.get(Settings.TARGET_UTILIZATION), x.get(Settings.EC2_DISCOUNT), x.get(Settings.LAUNCH_DELAY),
                        x.get(Settings.COOLDOWN), x.get(Settings.LOAD_BALANCER))
                .balancer(x.get(Settings.BALANCER))
                .search(TraceBreakEven.Search.DEFAULT.maxFactor(), o.month().hours())
                .period(src.periodUs())
                .lmi(LmiSettings.requested(x) ? List.of(LmiSettings.from(x)) : List.of(), LmiScenarioExtension.discount(o))
                .run(o.ec2());
        Answer best = new Answer(Double.NaN, "");
        for (OptionOutcome oo : r.options()) {
            double f = oo.breakEvenFactor();
            // the swap closest to today's traffic (factor 1) is the one a user acts on
            if (!Double.isNaN(f) && (Double.isNaN(best.factor()) || Math.abs(Math.log(f)) < Math.abs(Math.log(best.factor())))) {
                best = new Answer(f, oo.option());
            }
        }
        return best;
    }
}
