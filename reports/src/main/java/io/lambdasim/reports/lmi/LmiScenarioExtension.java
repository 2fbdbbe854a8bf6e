package io.lambdasim.reports.lmi;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.lmi.ManagedInstancesFleet;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.math.BigDecimal;

/**
 * The Lambda Managed Instances option of a scenario ({@code lambdasim simulate --lmi TYPE[,...]}, the
 * {@code lmi_*} columns of a batch): the same workload replayed on a capacity provider of that
 * instance type, and its itemised bill beside Lambda's and the EC2 fleets'. Registered through
 * {@code META-INF/services}.
 *
 * <p>The instances' discount is {@code ec2_discount} when the scenario sets one above zero (an EC2
 * Instance Savings Plan or Reserved Instances cover the instances), else {@code savings_plan} (a
 * Compute Savings Plan covers them as EC2 usage); the management fee is always on the on-demand price.
 */
public final class LmiScenarioExtension implements ScenarioExtension {

    static final double HOURS_PER_MONTH = 730;

    @Override
    public void check(ScenarioOptions options) {
        if (LmiSettings.requested(options.extra())) {
            option(options);
        }
    }

    @Override
    public Result run(ScenarioOptions options, ScenarioResult lambda) {
        if (!LmiSettings.requested(options.extra())) {
            return null;
        }
        LmiOption option = option(options);
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(() -> options.source().open(), option.config());
        return new LmiOutcome(option, r, option.bill(r, HOURS_PER_MONTH));
    }

    /** The scenario's option resolved against its price book. */
    private static LmiOption option(ScenarioOptions options) {
        PriceSource prices = PriceSources.open(options.pricesFile(), options.region(), options.rules(), options.freeTier());
        SimulationConfig sim = options.simulation();
        return LmiOption.resolve(LmiSettings.from(options.extra()), prices, sim, referenceMemory(sim),
                ScenarioRunner.expectedHorizonUs(options), discount(options));
    }

    /** Memory the trace's durations were measured at when a row does not say: as the EC2 fleets take it. */
    public static int referenceMemory(SimulationConfig sim) {
        return sim.referenceMemoryMb() > 0 ? sim.referenceMemoryMb()
                : sim.memoryMb() > 0 ? sim.memoryMb() : SimulationConfig.FALLBACK_MEMORY_MB;
    }

    /** The instances' discount: {@code ec2_discount} above zero, else the scenario's savings plan ({@link LmiOption#discount}). */
    public static BigDecimal discount(ScenarioOptions options) {
        String ec2 = options.extra().get("ec2_discount");
        BigDecimal e = BigDecimal.ZERO;
        if (ec2 != null && !ec2.isBlank()) {
            try {
                e = new BigDecimal(ec2.trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("ec2_discount '" + ec2 + "' is not a number");
            }
        }
        return LmiOption.discount(e, options.savingsPlan());
    }
}
