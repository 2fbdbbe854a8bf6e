package io.lambdasim.reports.sizing;

import java.math.BigDecimal;

/**
 * The narrow seam between sizing and the price book: a month of Lambda usage to dollars. The
 * command line builds one from the active price book and billing rules.
 */
public interface LambdaPricer {

    /** Monthly bill, USD, for a month's billable requests and on-demand GB-s (INIT included) on {@code arch}. */
    BigDecimal monthlyCost(String arch, long requests, BigDecimal gbSeconds);

    /**
     * Duration charge of {@code gbSeconds} at the first tier's price, no free tier: what ranks
     * configurations per invocation (Power Tuning's averagePrice).
     */
    BigDecimal computeCost(String arch, BigDecimal gbSeconds);
}
