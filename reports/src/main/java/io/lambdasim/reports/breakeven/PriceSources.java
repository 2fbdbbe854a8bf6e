package io.lambdasim.reports.breakeven;

import io.lambdasim.pricing.CostOptions;
import io.lambdasim.pricing.PriceBook;
import java.nio.file.Path;

/** Opens the {@link PriceSource} the commands use. */
public final class PriceSources {

    private PriceSources() {
    }

    /**
     * The prices for {@code region} under {@code rules}: the bundled price book, or
     * {@code pricesFile} (written by {@code lambdasim prices import}) when given.
     */
    public static PriceSource open(Path pricesFile, String region, String rules, boolean freeTier) {
        return open(pricesFile, region, rules, new CostOptions(freeTier, java.math.BigDecimal.ZERO));
    }

    /** As above, with a Compute Savings Plans discount on Lambda duration (never on requests). */
    public static PriceSource open(Path pricesFile, String region, String rules, CostOptions options) {
        return new PriceBookSource(PriceBook.loadOrDefault(pricesFile), region, rules, options);
    }
}
