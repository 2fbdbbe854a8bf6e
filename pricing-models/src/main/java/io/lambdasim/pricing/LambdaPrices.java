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

    /**
     * Ceilings far above any AWS Lambda price (requests $0.20 per million, duration $0.0000166667
     * per GB-s, storage $0.0000000309 per GB-s in us-east-1): a value above one is a unit mistake
     * (per request instead of per million, per GB-hour instead of per GB-s), not a price.
     */
    public static final BigDecimal MAX_REQUEST_USD_PER_MILLION = new BigDecimal("100");
    public static final BigDecimal MAX_USD_PER_GB_SECOND = new BigDecimal("0.001");

    public LambdaPrices {
        if (region == null || region.isBlank() || arch == null) {
            throw new IllegalArgumentException("Lambda prices need a region and an architecture");
        }
        String what = "Lambda prices for " + region + "/" + arch;
        durationTiers = List.copyOf(durationTiers);
        if (durationTiers.isEmpty() || !durationTiers.get(durationTiers.size() - 1).unbounded()) {
            throw new IllegalArgumentException(what + ": duration tiers must end with an unbounded tier");
        }
        check(what, "requestUsdPerMillion", requestUsdPerMillion, MAX_REQUEST_USD_PER_MILLION);
        for (DurationTier t : durationTiers) {
            check(what, "durationTiers.usdPerGbSecond", t.usdPerGbSecond(), MAX_USD_PER_GB_SECOND);
        }
        check(what, "ephemeralUsdPerGbSecond", ephemeralUsdPerGbSecond, MAX_USD_PER_GB_SECOND);
        check(what, "provisionedUsdPerGbSecond", provisionedUsdPerGbSecond, MAX_USD_PER_GB_SECOND);
        check(what, "provisionedDurationUsdPerGbSecond", provisionedDurationUsdPerGbSecond, MAX_USD_PER_GB_SECOND);
    }

    /** A price must be given, >= 0 and below {@code max} (see the ceilings above). */
    static void check(String what, String field, BigDecimal usd, BigDecimal max) {
        if (usd == null) {
            throw new IllegalArgumentException(what + ": " + field + " is missing (a missing price is not $0)");
        }
        if (usd.signum() < 0) {
            throw new IllegalArgumentException(what + ": " + field + " is negative (" + usd.toPlainString() + ")");
        }
        if (usd.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + ": " + field + " $" + usd.toPlainString()
                    + " is too large (at most $" + max.toPlainString() + "): a unit mistake?");
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
