package io.lambdasim.reports.breakeven;

import java.nio.file.Path;

/** Opens the {@link PriceSource} the commands use. */
public final class PriceSources {

    private PriceSources() {
    }

    /**
     * The prices for {@code region} under {@code rules}. {@code pricesFile} (a price book written
     * by {@code lambdasim prices import}) is not read yet: this adapter stands in for
     * pricing-models' price book until it lands, and says so when a file is given.
     */
    public static PriceSource open(Path pricesFile, String region, String rules, boolean freeTier) {
        if (pricesFile != null) {
            throw new IllegalArgumentException("--prices " + pricesFile + ": price-book files are not supported by "
                    + "breakeven/sizing yet (built-in us-east-1 prices only)");
        }
        return new FallbackPriceSource(region, rules, freeTier);
    }
}
