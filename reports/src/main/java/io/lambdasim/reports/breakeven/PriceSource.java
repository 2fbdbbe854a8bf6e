package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.sizing.LambdaPricer;
import java.math.BigDecimal;

/**
 * The prices break-even and sizing need, with the region, billing rules and free tier already
 * chosen: one seam between these analyses and the price book.
 */
public interface PriceSource {

    /** Lambda's monthly cost against monthly requests, in doubles (fast, for curves and root finding). */
    CostCurve lambdaCurve(LambdaProfile profile);

    /** Lambda's exact monthly bill for {@code requests} requests, USD (what {@code lambdasim cost} prints). */
    BigDecimal lambdaMonthly(LambdaProfile profile, long requests);

    /** Prices a month of simulated Lambda usage. */
    LambdaPricer lambdaPricer();

    /** A price-book instance type, or {@code NAME=DOLLARS_PER_HOUR} for one the book lacks. */
    Ec2Offer ec2(String spec);

    /** Checks the memory against the billing rules' limits; throws IllegalArgumentException naming the range. */
    void checkMemory(int memoryMb);

    /** How the billing rules measure duration (rounding, INIT billed or not), for the engine. */
    BillingMeasure billingMeasure();

    /** Load balancer prices of the region; throws IllegalArgumentException when the price book has none. */
    LoadBalancerPrice loadBalancer();

    /** What Lambda Managed Instances add to their instances in the region (fee share, request price, source). */
    io.lambdasim.pricing.ManagedInstancesPrice managedInstances();

    /** An application load balancer's price: per hour, and per LCU-hour. */
    record LoadBalancerPrice(double hourlyUsd, double usdPerLcuHour) {
    }

    /** One line naming rules, region and free tier, for reports. */
    String describe();
}
