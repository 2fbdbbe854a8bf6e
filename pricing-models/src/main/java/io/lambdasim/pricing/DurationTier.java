package io.lambdasim.pricing;

import java.math.BigDecimal;

/**
 * One band of Lambda's tiered duration price.
 *
 * @param upToGbSeconds  the band's upper bound in monthly GB-s (cumulative), {@code null} for no bound
 * @param usdPerGbSecond price of each GB-s inside the band
 */
public record DurationTier(BigDecimal upToGbSeconds, BigDecimal usdPerGbSecond) {
    public boolean unbounded() {
        return upToGbSeconds == null;
    }
}
