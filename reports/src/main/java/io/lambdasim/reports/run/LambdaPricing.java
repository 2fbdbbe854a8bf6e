package io.lambdasim.reports.run;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.SimulationResult;
import java.math.BigDecimal;

/**
 * The seam between a scenario and {@code pricing-models}: what the chosen rule set tells the
 * engine to measure, and what the measured usage costs.
 */
public interface LambdaPricing {

    /** Billing granularity and INIT billing of the rule set, for the engine. */
    BillingMeasure measure();

    /** The longest timeout the rule set allows (900 s today, 300 s under the 2014 rules). */
    default long maxTimeoutUs() {
        return io.lambdasim.engine.SimulationConfig.MAX_TIMEOUT_US;
    }

    /** The smallest memory the rule set allows, MB. */
    default int minMemoryMb() {
        return io.lambdasim.engine.CpuModel.MIN_MEMORY_MB;
    }

    /** The largest memory the rule set allows, MB. */
    default int maxMemoryMb() {
        return io.lambdasim.engine.CpuModel.MAX_MEMORY_MB;
    }

    /** Checks the scenario's configuration against the rule set's limits (memory range, timeout). */
    void validate(ScenarioOptions options);

    /**
     * The monthly bill of a run's usage: measured over {@code period}, projected to {@code month}
     * (all functions together, free tier and tiers applied to the month).
     */
    LambdaCost monthly(SimulationResult result, Period period, io.lambdasim.pricing.Month month);

    /**
     * A linear cost estimate for a slice of usage (a timeline bucket, a function): first-tier
     * prices, no free tier, savings plan applied; the slices of a run add up to its bill before
     * free tier and tiers.
     */
    BigDecimal marginalCost(long requests, BigDecimal gbSeconds, BigDecimal provisionedGbSeconds,
                            BigDecimal provisionedDurationGbSeconds);
}
