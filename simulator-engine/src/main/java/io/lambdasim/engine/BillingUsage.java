package io.lambdasim.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the bill depends on, measured under a {@link BillingMeasure}; pricing turns it into money.
 *
 * @param requests                  billable requests (every started invocation, retries and warmer pings included; not throttles)
 * @param billedUs                  on-demand billed duration, rounded per invocation
 * @param initBilledUs              the INIT part included in {@code billedUs} (0 when INIT is not billed)
 * @param gbSeconds                 on-demand GB-s: Σ billed seconds × memory / 1024 (exact)
 * @param provisionedBilledUs       billed duration of invocations served by provisioned environments
 * @param provisionedGbSeconds      their GB-s (billed at the PC duration price)
 * @param provisionedConfiguredUs   environment-µs of provisioned concurrency enabled
 * @param provisionedConfiguredGbSeconds  configured PC GB-s (billed at the PC price, used or not)
 */
public record BillingUsage(long requests, long billedUs, long initBilledUs, BigDecimal gbSeconds,
                           long provisionedBilledUs, BigDecimal provisionedGbSeconds,
                           long provisionedConfiguredUs, BigDecimal provisionedConfiguredGbSeconds) implements java.io.Serializable {

    public static final BillingUsage ZERO = new BillingUsage(0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    /** 1 GB-s = 1024 MB × 10^6 µs. */
    private static final BigDecimal MB_US_PER_GB_S = BigDecimal.valueOf(1_024_000_000L);

    /** Exact GB-s of {@code us} microseconds at {@code memoryMb}. */
    public static BigDecimal gbSeconds(long us, int memoryMb) {
        // 1,024,000,000 = 2^16 * 5^6: only factors 2 and 5, so an integer divided by it has at most 16 decimals.
        return BigDecimal.valueOf(us).multiply(BigDecimal.valueOf(memoryMb))
                .divide(MB_US_PER_GB_S, 16, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    public double billedMs() {
        return billedUs / 1000.0;
    }

    public double initBilledMs() {
        return initBilledUs / 1000.0;
    }

    public BillingUsage plus(BillingUsage o) {
        return new BillingUsage(requests + o.requests, billedUs + o.billedUs, initBilledUs + o.initBilledUs,
                gbSeconds.add(o.gbSeconds), provisionedBilledUs + o.provisionedBilledUs,
                provisionedGbSeconds.add(o.provisionedGbSeconds), provisionedConfiguredUs + o.provisionedConfiguredUs,
                provisionedConfiguredGbSeconds.add(o.provisionedConfiguredGbSeconds));
    }
}
