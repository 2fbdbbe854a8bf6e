package io.lambdasim.gui.breakeven;

import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The explorer's pricing from the library: {@link PriceSources}, the same seam {@code lambdasim
 * breakeven} uses, so the app and the command line agree to the cent; the lists (regions, instance
 * types, rule sets and their memory limits) from pricing-models' {@link PriceBook} and
 * {@link BillingRules}. Price sources are cached per (region, rules, free tier), so a slider drag
 * costs no file parsing.
 */
public final class LibraryPricing implements BreakevenPricing {
    private final Map<String, PriceSource> sources = new ConcurrentHashMap<>();
    private final PriceBook book = PriceBook.loadDefault();

    private PriceSource source(String region, String rules, boolean freeTier, double savingsPlan) {
        return sources.computeIfAbsent(region + "|" + rules + "|" + freeTier + "|" + savingsPlan,
                k -> PriceSources.open(null, region, rules,
                        new io.lambdasim.pricing.CostOptions(freeTier, java.math.BigDecimal.valueOf(savingsPlan))));
    }

    @Override
    public CostCurve lambdaCurve(Inputs in) {
        PriceSource s = source(in.region(), in.rules(), in.freeTier(), in.savingsPlan());
        return s.lambdaCurve(new LambdaProfile(in.memoryMb(), in.durationMs(), in.arch(), in.initMs(), in.coldRatio()));
    }

    @Override
    public Ec2Offer ec2Offer(String type, String region) {
        return source(region, BillingRules.defaultName(), false, 0).ec2(type);
    }

    @Override
    public List<String> ec2Types(String region) {
        return book.ec2Types(region);
    }

    @Override
    public List<String> regions() {
        return book.lambdaRegions();
    }

    @Override
    public List<String> ruleSets() {
        return BillingRules.names();
    }

    @Override
    public int[] memoryLimits(String rules) {
        BillingRules r = BillingRules.named(rules);
        return new int[] {r.minMemoryMb(), r.maxMemoryMb(), r.memoryStepMb()};
    }
}
