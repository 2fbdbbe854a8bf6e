package io.lambdasim.pricing;

import java.math.BigDecimal;

/**
 * Lambda SnapStart's own charges where the runtime pays them (Python and .NET; Java functions pay
 * none): the snapshot cache per GB-s while a version is active (3 hours at least) and each restore
 * per GB restored (aws.amazon.com/lambda/pricing, "SnapStart"). The restore's duration is billed
 * through the invocation's Billed Restore Duration, not here.
 *
 * @param runtimes which runtimes pay these charges, as the source says
 */
public record SnapStartPrices(String region, Architecture arch, String runtimes, BigDecimal cacheUsdPerGbSecond,
                              BigDecimal restoreUsdPerGb) {

    public SnapStartPrices {
        if (region == null || region.isBlank() || arch == null) {
            throw new IllegalArgumentException("SnapStart prices need a region and an architecture");
        }
        String what = "SnapStart prices for " + region + "/" + arch;
        LambdaPrices.check(what, "cacheUsdPerGbSecond", cacheUsdPerGbSecond, LambdaPrices.MAX_USD_PER_GB_SECOND);
        LambdaPrices.check(what, "restoreUsdPerGb", restoreUsdPerGb, BigDecimal.ONE);
    }
}
