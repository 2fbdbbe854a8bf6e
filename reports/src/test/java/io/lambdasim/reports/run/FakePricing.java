package io.lambdasim.reports.run;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.Month;
import java.math.BigDecimal;

/**
 * Round test prices (not AWS's): $1 per request, $10 per GB-s, $100 per provisioned GB-s, so a
 * test can check which usage went into which cost component by eye.
 */
final class FakePricing implements LambdaPricing {

    @Override
    public BillingMeasure measure() {
        return BillingMeasure.CURRENT;
    }

    @Override
    public void validate(ScenarioOptions options) {
    }

    /** Linear prices: a month is the period's usage times the month factor, so the period's share is the usage's price. */
    @Override
    public LambdaCost monthly(SimulationResult result, Period period, Month month) {
        UsageStats usage = result.total();
        return LambdaCost.of(BigDecimal.valueOf(usage.billing().requests()),
                usage.billing().gbSeconds().multiply(BigDecimal.TEN),
                usage.billing().provisionedConfiguredGbSeconds().multiply(BigDecimal.valueOf(100)),
                BigDecimal.ZERO).times(month.factorExact(period.us()));
    }

    @Override
    public BigDecimal marginalCost(long requests, BigDecimal gbSeconds, BigDecimal provisionedGbSeconds,
                                   BigDecimal provisionedDurationGbSeconds) {
        return BigDecimal.valueOf(requests).add(gbSeconds.multiply(BigDecimal.TEN))
                .add(provisionedGbSeconds.multiply(BigDecimal.valueOf(100)));
    }
}
