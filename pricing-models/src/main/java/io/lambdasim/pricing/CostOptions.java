package io.lambdasim.pricing;

import java.math.BigDecimal;

/**
 * How a bill is computed beyond the usage: the free tier, and a Compute Savings Plans discount
 * (a fraction, e.g. 0.17) that applies to duration and provisioned concurrency, never to requests.
 */
public record CostOptions(boolean freeTier, BigDecimal savingsPlan) {

    public static final CostOptions DEFAULT = new CostOptions(true, BigDecimal.ZERO);

    public CostOptions {
        if (savingsPlan == null) {
            savingsPlan = BigDecimal.ZERO;
        }
        if (savingsPlan.signum() < 0 || savingsPlan.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("savings plan discount " + savingsPlan.toPlainString()
                    + " is outside 0..1 (e.g. 0.17 for 17%)");
        }
    }

    public static CostOptions of(boolean freeTier, double savingsPlan) {
        return new CostOptions(freeTier, BigDecimal.valueOf(savingsPlan));
    }

    /** The fraction of duration charges that remains after the discount. */
    BigDecimal kept() {
        return BigDecimal.ONE.subtract(savingsPlan);
    }
}
