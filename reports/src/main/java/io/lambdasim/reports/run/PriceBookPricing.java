package io.lambdasim.reports.run;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.sizing.LambdaPricer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@link LambdaPricing} on the reports' {@link PriceSource} (the one seam to the price book that
 * break-even and sizing use too): request and duration charges with tiers and the free tier, the
 * rule set's billing measure and memory limits.
 *
 * <p>Approximate until pricing-models publishes them: provisioned concurrency and ephemeral
 * storage are priced at 0 (their usage is still measured and reported in {@code billing}).
 */
final class PriceBookPricing implements LambdaPricing {

    private final PriceSource source;
    private final LambdaPricer pricer;
    private final String arch;
    private final BigDecimal keep;
    private final BigDecimal requestPrice;

    private PriceBookPricing(PriceSource source, String arch, BigDecimal savingsPlan) {
        this.source = source;
        this.pricer = source.lambdaPricer();
        this.arch = arch;
        this.keep = BigDecimal.ONE.subtract(savingsPlan);
        this.requestPrice = requestPrice(pricer, arch);
    }

    static LambdaPricing forOptions(ScenarioOptions o) {
        return new PriceBookPricing(PriceSources.open(o.pricesFile(), o.region(), o.rules(), o.freeTier()), o.arch(),
                o.savingsPlan());
    }

    @Override
    public BillingMeasure measure() {
        return source.billingMeasure();
    }

    @Override
    public void validate(ScenarioOptions options) {
        int memory = options.simulation().memoryMb();
        if (memory > 0) {
            source.checkMemory(memory);
        }
    }

    @Override
    public LambdaCost price(UsageStats usage) {
        long requests = usage.billing().requests();
        BigDecimal requestsOnly = pricer.monthlyCost(arch, requests, BigDecimal.ZERO);
        BigDecimal compute = pricer.monthlyCost(arch, requests, usage.billing().gbSeconds()).subtract(requestsOnly);
        // Compute Savings Plans discount duration, not requests (domain notes).
        return LambdaCost.of(requestsOnly, compute.multiply(keep), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Override
    public BigDecimal marginalCost(long requests, BigDecimal gbSeconds, BigDecimal provisionedGbSeconds,
                                   BigDecimal provisionedDurationGbSeconds) {
        return requestPrice.multiply(BigDecimal.valueOf(requests)).add(pricer.computeCost(arch, gbSeconds).multiply(keep));
    }

    /**
     * One request's price, free tier aside: the bill of 2 billion requests minus that of 1 billion
     * (both beyond any free tier), over 1 billion.
     */
    private static BigDecimal requestPrice(LambdaPricer pricer, String arch) {
        long billion = 1_000_000_000L;
        return pricer.monthlyCost(arch, 2 * billion, BigDecimal.ZERO).subtract(pricer.monthlyCost(arch, billion, BigDecimal.ZERO))
                .divide(BigDecimal.valueOf(billion), 20, RoundingMode.HALF_EVEN);
    }
}
