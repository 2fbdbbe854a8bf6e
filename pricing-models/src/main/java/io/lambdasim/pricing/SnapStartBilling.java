package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * SnapStart's own charges for one function version over a month: the snapshot cache while the
 * version is active and one restore charge per execution environment resumed from the snapshot.
 * Both are sized by the function's configured memory (the snapshot is of that memory).
 *
 * <p>Rules, from "Improving startup performance with Lambda SnapStart", section "SnapStart pricing"
 * (docs.aws.amazon.com/lambda/latest/dg/snapstart.html#snapstart-pricing) and the pricing page
 * (aws.amazon.com/lambda/pricing, "SnapStart"):
 * <ul>
 *   <li>only Python and .NET functions pay them; Java functions pay no SnapStart charge;</li>
 *   <li>the cache is billed per GB-s for as long as the version is active, at least 3 hours;</li>
 *   <li>each restore is billed per GB restored; the time the restore takes is billed as duration
 *       (Billed Restore Duration), which the engine already counts, not here.</li>
 * </ul>
 */
public final class SnapStartBilling {

    /** The runtime families that pay the cache and restore charges. */
    private static final Set<String> PAYING_FAMILIES = Set.of("python", "dotnet");

    /** The cache's minimum billed activity: 3 hours, in seconds. */
    public static final long MINIMUM_CACHE_SECONDS = 3 * 3600;

    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

    private SnapStartBilling() {
    }

    /**
     * True when a function of this runtime family ({@code python}, {@code dotnet}, {@code java}, ...)
     * pays SnapStart's charges.
     */
    public static boolean pays(String runtimeFamily) {
        return runtimeFamily != null && PAYING_FAMILIES.contains(runtimeFamily.toLowerCase(Locale.ROOT));
    }

    /**
     * The month's charges of one version.
     *
     * @param memoryMb      the function's configured memory
     * @param activeSeconds how long the version was active in the month (the 3-hour minimum applies)
     * @param restores      environments resumed from the snapshot in the month
     */
    public static SnapStartCharge charge(SnapStartPrices prices, int memoryMb, long activeSeconds, long restores) {
        if (memoryMb <= 0 || activeSeconds < 0 || restores < 0) {
            throw new IllegalArgumentException("SnapStart charge of memory " + memoryMb + " MB, " + activeSeconds
                    + " s active and " + restores + " restores: expected memory > 0 and counts >= 0");
        }
        BigDecimal gb = BigDecimal.valueOf(memoryMb).divide(MB_PER_GB);
        BigDecimal cacheGbSeconds = gb.multiply(BigDecimal.valueOf(Math.max(activeSeconds, MINIMUM_CACHE_SECONDS)));
        BigDecimal restoredGb = gb.multiply(BigDecimal.valueOf(restores));
        return new SnapStartCharge(cacheGbSeconds.multiply(prices.cacheUsdPerGbSecond()),
                restoredGb.multiply(prices.restoreUsdPerGb()));
    }

    /** No SnapStart charge (SnapStart off, or a runtime that does not pay). */
    public static final SnapStartCharge NONE = new SnapStartCharge(BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * SnapStart's charges, exact USD.
     *
     * @param cache    the snapshot cache
     * @param restores the restores
     */
    public record SnapStartCharge(BigDecimal cache, BigDecimal restores) {

        public BigDecimal total() {
            return cache.add(restores);
        }

        public SnapStartCharge plus(SnapStartCharge o) {
            return new SnapStartCharge(cache.add(o.cache), restores.add(o.restores));
        }
    }
}
