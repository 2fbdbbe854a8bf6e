package io.lambdasim.pricing;

import java.math.BigDecimal;

/** The GB-s billed inside one duration tier and what they cost (before any savings plan). */
public record TierCharge(DurationTier tier, BigDecimal gbSeconds, BigDecimal cost) {
}
