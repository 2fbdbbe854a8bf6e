package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Lambda's on-demand price list for one region and architecture.
 *
 * @param durationTiers ordered bands; the last one is unbounded
 */
public record LambdaPrices(String region, Architecture arch, BigDecimal requestUsdPerMillion,
                           List<DurationTier> durationTiers, BigDecimal ephemeralUsdPerGbSecond,
                           BigDecimal provisionedUsdPerGbSecond, BigDecimal provisionedDurationUsdPerGbSecond) {

    public LambdaPrices {
        durationTiers = List.copyOf(durationTiers);
        if (durationTiers.isEmpty() || !durationTiers.get(durationTiers.size() - 1).unbounded()) {
            throw new IllegalArgumentException("Lambda prices for " + region + "/" + arch
                    + ": duration tiers must end with an unbounded tier");
        }
    }

    /** The same prices with one flat duration price (a rule set of an era before tiers). */
    public LambdaPrices withFlatDurationPrice(BigDecimal usdPerGbSecond) {
        return new LambdaPrices(region, arch, requestUsdPerMillion,
                List.of(new DurationTier(null, usdPerGbSecond)), ephemeralUsdPerGbSecond,
                provisionedUsdPerGbSecond, provisionedDurationUsdPerGbSecond);
    }

    /** The first tier's price: what a marginal GB-s costs for small accounts. */
    public BigDecimal firstTierUsdPerGbSecond() {
        return durationTiers.get(0).usdPerGbSecond();
    }
}
