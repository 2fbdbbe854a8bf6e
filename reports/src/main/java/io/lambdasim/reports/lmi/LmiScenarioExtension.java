package io.lambdasim.reports.lmi;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.lmi.ManagedInstancesFleet;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.settings.Settings;
import java.math.BigDecimal;

/**
 * The Lambda Managed Instances option of a scenario ({@code lambdasim simulate --lmi TYPE[,...]}, the
 * {@code lmi_*} columns of a batch): the same workload replayed on a capacity provider of that
 * instance type, and its itemised bill beside Lambda's and the EC2 fleets'. Registered through
 * {@code META-INF/services}.
 *
 * <p>The capacity provider's window is the scenario's covered period (its instances bill to its
 * end, as an EC2 fleet's do), projected to the scenario's month.
 *
 * <p>The instances' discount is {@code ec2_discount} when the scenario sets one above zero (an EC2
 * Instance Savings Plan or Reserved Instances cover the instances), else {@code savings_plan} (a
 * Compute Savings Plan covers them as EC2 usage); the management fee is always on the on-demand price.
 */
public final class LmiScenarioExtension implements ScenarioExtension {

    @Override
    public void check(ScenarioOptions options) {
        if (LmiSettings.requested(options.settings())) {
            option(options);
        }
    }

    @Override
    public Result run(ScenarioOptions options, ScenarioResult lambda) {
        if (!LmiSettings.requested(options.settings())) {
            return null;
        }
        // The capacity provider runs over the scenario's covered period, like Lambda's bill and the EC2 fleets.
        LmiOption option = option(options).overPeriod(lambda.period().us());
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(() -> options.source().open(), option.config());
        return new LmiOutcome(option, r, option.bill(r, options.month().hours()));
    }

    /** The scenario's option resolved against its price book (its window set by {@link LmiOption#overPeriod}). */
    private static LmiOption option(ScenarioOptions options) {
        PriceSource prices = PriceSources.open(options.pricesFile(), options.region(), options.rules(), options.freeTier());
        SimulationConfig sim = options.simulation();
        return LmiOption.resolve(LmiSettings.from(options.settings()), prices, sim, referenceMemory(sim), -1, discount(options));
    }

    /** Memory the trace's durations were measured at when a row does not say: as the engine and the EC2 fleets take it. */
    public static int referenceMemory(SimulationConfig sim) {
        return sim.referenceMemoryMb() > 0 ? sim.referenceMemoryMb() : SimulationConfig.FALLBACK_MEMORY_MB;
    }

    /** The instances' discount: {@code ec2_discount} above zero, else the scenario's savings plan ({@link LmiOption#discount}). */
    public static BigDecimal discount(ScenarioOptions options) {
        return LmiOption.discount(BigDecimal.valueOf(options.settings().get(Settings.EC2_DISCOUNT)), options.savingsPlan());
    }
}
