package io.lambdasim.pricing;

import java.math.BigDecimal;

/** Lambda's monthly free tier: requests and on-demand GB-s (shared by x86_64 and arm64). */
public record FreeTier(long requests, BigDecimal gbSeconds) {
    public static final FreeTier NONE = new FreeTier(0, BigDecimal.ZERO);
}
