package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Billed on-demand duration at one memory size: what an engine measured, INIT included when the
 * rules bill it. Kept as billed milliseconds so GB-s stay exact: GB-s = ms / 1000 × MB / 1024.
 */
public record DurationUsage(int memoryMb, BigDecimal billedMs) {

    /** 1000 ms per second × 1024 MB per GB. */
    static final BigDecimal MB_MS_PER_GB_SECOND = BigDecimal.valueOf(1_024_000);

    public static DurationUsage of(int memoryMb, long billedMs) {
        return new DurationUsage(memoryMb, BigDecimal.valueOf(billedMs));
    }

    /** Exact: every billed ms × MB is a multiple of 1/1,024,000 GB-s, a terminating decimal (1,024,000 = 2^13·5^3). */
    public BigDecimal gbSeconds() {
        return billedMs.multiply(BigDecimal.valueOf(memoryMb)).divide(MB_MS_PER_GB_SECOND, MathContext.UNLIMITED);
    }
}
