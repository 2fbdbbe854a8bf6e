package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A month's Lambda bill, exact (round only for display with {@link #cents}).
 *
 * @param computeCost    on-demand duration after free tier, tiers and savings plan
 * @param computeTiers   the tiers the duration fell into, before the savings plan
 * @param initCost       the part of {@code computeCost} due to billed INIT
 * @param gbSeconds      on-demand GB-s measured (before the free tier)
 * @param billedRequests requests beyond the free tier
 */
public record LambdaBill(BigDecimal requestCost, BigDecimal computeCost, List<TierCharge> computeTiers,
                         BigDecimal initCost, BigDecimal storageCost, BigDecimal provisionedCost,
                         BigDecimal totalCost, BigDecimal gbSeconds, BigDecimal billableGbSeconds,
                         long requests, long billedRequests) {

    /** Rounded to cents, as the pricing page shows each component. */
    public static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }
}
