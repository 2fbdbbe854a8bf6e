package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a month of {@link LambdaUsage} into a {@link LambdaBill}: requests beyond the free tier,
 * duration through the tiers (aggregated per region and architecture), ephemeral storage above
 * 512 MB, provisioned concurrency (never covered by the free tier), and a Compute Savings Plans
 * discount on duration and provisioned concurrency only. Under the rules of December 2020 (see
 * {@link FreeTierRule#NONE}) the free tier does not cover a function with provisioned concurrency at all.
 */
public final class LambdaBilling {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final PriceBook book;
    private final BillingRules rules;
    private final CostOptions options;

    public LambdaBilling(PriceBook book, BillingRules rules, CostOptions options) {
        rules.checkSavingsPlan(options.savingsPlan());
        this.book = book;
        this.rules = rules;
        this.options = options;
    }

    public BillingRules rules() {
        return rules;
    }

    public PriceBook book() {
        return book;
    }

    public CostOptions options() {
        return options;
    }

    /** The prices this billing applies for {@code region} and {@code arch} (the era's flat price when it has one). */
    public LambdaPrices prices(String region, Architecture arch) {
        rules.checkArchitecture(arch);
        return rules.apply(book.lambda(region, arch));
    }

    public LambdaBill bill(LambdaUsage usage) {
        LambdaPrices prices = prices(usage.region(), usage.arch());
        FreeTier free = options.freeTier() ? book.freeTier() : FreeTier.NONE;

        // What the free tier may not cover: nothing today; a PC function's requests and duration under the 2020 rules.
        LambdaUsage.Share uncovered = rules.features().freeTierWithProvisioned() == FreeTierRule.NONE
                ? usage.ofProvisionedFunctions() : LambdaUsage.Share.NONE;
        long billedRequests = Math.max(0, usage.requests() - uncovered.requests() - free.requests()) + uncovered.requests();
        BigDecimal requestCost = BigDecimal.valueOf(billedRequests).multiply(prices.requestUsdPerMillion())
                .divide(MILLION, MathContext.DECIMAL128);

        BigDecimal gbs = usage.gbSeconds();
        BigDecimal billable = gbs.subtract(uncovered.gbSeconds()).subtract(free.gbSeconds()).max(BigDecimal.ZERO)
                .add(uncovered.gbSeconds());
        List<TierCharge> tiers = tiers(prices.durationTiers(), billable);
        BigDecimal beforeDiscount = BigDecimal.ZERO;
        for (TierCharge t : tiers) {
            beforeDiscount = beforeDiscount.add(t.cost());
        }
        BigDecimal compute = beforeDiscount.multiply(options.kept());
        BigDecimal initCost = gbs.signum() == 0 ? BigDecimal.ZERO
                : compute.multiply(usage.initGbSeconds()).divide(gbs, MathContext.DECIMAL128);

        BigDecimal storageGbs = BigDecimal.ZERO;
        for (StorageUsage s : usage.storage()) {
            storageGbs = storageGbs.add(s.chargedGbSeconds());
        }
        BigDecimal storage = storageGbs.multiply(prices.ephemeralUsdPerGbSecond());

        BigDecimal provisioned = usage.provisionedGbSeconds().multiply(prices.provisionedUsdPerGbSecond())
                .add(usage.provisionedDurationGbSeconds().multiply(prices.provisionedDurationUsdPerGbSecond()))
                .multiply(options.kept());

        BigDecimal total = requestCost.add(compute).add(storage).add(provisioned);
        return new LambdaBill(requestCost, compute, tiers, initCost, storage, provisioned, total, gbs, billable,
                usage.requests(), billedRequests);
    }

    /** Splits {@code gbs} over the tiers: each tier takes what lies between its lower and upper bound. */
    static List<TierCharge> tiers(List<DurationTier> tiers, BigDecimal gbs) {
        List<TierCharge> out = new ArrayList<>();
        BigDecimal below = BigDecimal.ZERO;
        for (DurationTier t : tiers) {
            if (gbs.compareTo(below) <= 0) {
                break;
            }
            BigDecimal top = t.unbounded() ? gbs : gbs.min(t.upToGbSeconds());
            BigDecimal inTier = top.subtract(below);
            out.add(new TierCharge(t, inTier, inTier.multiply(t.usdPerGbSecond())));
            if (t.unbounded()) {
                break;
            }
            below = t.upToGbSeconds();
        }
        return out;
    }
}
