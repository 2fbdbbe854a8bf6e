package io.lambdasim.reports.batch;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.reports.breakeven.OptionOutcome;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.TraceSource;
import java.util.Map;

/**
 * The {@code breakeven=yes} column: the traffic factor at which the first EC2 option swaps places
 * with Lambda, found by simulation ({@link TraceBreakEvenRun}, the engine of
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
        Map<String, String> x = o.extra();
        CpuModel cpu = o.simulation().cpu();
        int memory = o.simulation().memoryMb();
        TraceBreakEvenResult r = new TraceBreakEvenRun(PriceSources.open(o.pricesFile(), o.region(), o.rules(), o.freeTier()))
                .workload(src.trace(), src.format(), src.generate())
                .lambda(memory > 0 ? memory : null, o.arch(), cpu.cpuFraction(), cpu.threads(), o.simulation().seed())
                .fleet(x.getOrDefault("fleet", "static"),
                        Integer.parseInt(x.getOrDefault("min_instances", Integer.toString(FleetConfig.DEFAULT_MIN_INSTANCES))),
                        Integer.parseInt(x.getOrDefault("max_instances", Integer.toString(FleetConfig.DEFAULT_MAX_INSTANCES))),
                        Double.parseDouble(x.getOrDefault("target_utilization", Double.toString(FleetConfig.DEFAULT_TARGET_UTILIZATION))),
                        Double.parseDouble(x.getOrDefault("ec2_discount", "0")),
                        Durations.parseUs(x.getOrDefault("launch_delay", "3m")),
                        Durations.parseUs(x.getOrDefault("cooldown", "5m")),
                        Boolean.parseBoolean(x.getOrDefault("load_balancer", "false")))
                .balancer(x.get("balancer"))
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
