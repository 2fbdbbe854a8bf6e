package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/** Billed duration of functions configured with {@code ephemeralMb} of /tmp; only storage above 512 MB is charged. */
public record StorageUsage(int ephemeralMb, BigDecimal billedMs) {

    public static final int FREE_EPHEMERAL_MB = 512;

    public StorageUsage {
        if (ephemeralMb < FREE_EPHEMERAL_MB || ephemeralMb > 10_240) {
            throw new IllegalArgumentException("ephemeral storage " + ephemeralMb + " MB is outside 512..10240 MB");
        }
    }

    /** Charged GB-s: the storage above 512 MB for the billed time. */
    public BigDecimal chargedGbSeconds() {
        return billedMs.multiply(BigDecimal.valueOf(ephemeralMb - FREE_EPHEMERAL_MB))
                .divide(DurationUsage.MB_MS_PER_GB_SECOND, MathContext.UNLIMITED);
    }
}
