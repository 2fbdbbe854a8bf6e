package io.lambdasim.pricing.breakeven;

/** One point of a cost curve, for charts: monthly requests and monthly cost in USD. */
public record CostPoint(double requests, double monthlyCost) {
}
