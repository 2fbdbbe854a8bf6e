package io.lambdasim.pricing.breakeven;

/**
 * Monthly cost in USD as a function of monthly requests.
 *
 * <p>Doubles, not BigDecimal: the GUI redraws these curves while a slider drags, so an analysis
 * evaluates them hundreds of thousands of times in a few milliseconds. Exact money is recomputed
 * with the price book's BigDecimal arithmetic for the figures a user reads off a crossing.
 */
@FunctionalInterface
public interface CostCurve {

    /** The monthly cost, USD, of serving {@code monthlyRequests} requests (non-negative). */
    double monthlyCost(double monthlyRequests);
}
