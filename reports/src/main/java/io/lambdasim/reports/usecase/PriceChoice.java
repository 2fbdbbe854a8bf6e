package io.lambdasim.reports.usecase;

import io.lambdasim.pricing.CostOptions;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which prices answer a question: the price book (bundled or a file), the region, the billing rules,
 * the free tier and a Lambda Compute Savings Plan. Every use case opens its prices through here,
 * so a command and the desktop app given the same settings read the same numbers.
 *
 * @param pricesFile  a price-book file, or null for the bundled book
 * @param region      AWS region
 * @param rules       billing rule set
 * @param freeTier    apply the monthly free tier
 * @param savingsPlan Compute Savings Plans discount on Lambda duration, 0..1
 */
public record PriceChoice(Path pricesFile, String region, String rules, boolean freeTier, BigDecimal savingsPlan) {

    /** Sources of the bundled book, by choice: a dragged slider in the app must not rebuild them. */
    private static final Map<PriceChoice, PriceSource> BUNDLED = new ConcurrentHashMap<>();

    public static PriceChoice from(SettingValues v) {
        return new PriceChoice(v.get(Settings.PRICES), v.get(Settings.REGION), v.get(Settings.RULES),
                v.get(Settings.FREE_TIER), BigDecimal.valueOf(v.get(Settings.SAVINGS_PLAN)));
    }

    public CostOptions costOptions() {
        return new CostOptions(freeTier, savingsPlan);
    }

    /** The prices; the bundled book's are cached (a file's are read again, as it may have changed). */
    public PriceSource open() {
        if (pricesFile != null) {
            return PriceSources.open(pricesFile, region, rules, costOptions());
        }
        return BUNDLED.computeIfAbsent(this, c -> PriceSources.open(null, region, rules, costOptions()));
    }
}
