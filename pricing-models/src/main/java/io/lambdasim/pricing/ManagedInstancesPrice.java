package io.lambdasim.pricing;

import java.math.BigDecimal;

/**
 * What Lambda Managed Instances add to the EC2 instances they run on, in one region: a management
 * fee that is a share of the instance's <em>on-demand</em> hourly price (whatever Savings Plan or
 * Reserved Instance discount applies to the instance itself), and a charge per request. There is
 * no GB-second duration charge.
 *
 * @param region               AWS region
 * @param managementFeeShare   fee per instance-hour as a share of the on-demand price (0.15)
 * @param requestUsdPerMillion USD per million requests (0.20)
 * @param source               where the figures come from (page and section)
 */
public record ManagedInstancesPrice(String region, BigDecimal managementFeeShare, BigDecimal requestUsdPerMillion,
                                    String source) {

    public ManagedInstancesPrice {
        if (managementFeeShare.signum() < 0 || managementFeeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("management fee share " + managementFeeShare.toPlainString() + " outside 0..1");
        }
        if (requestUsdPerMillion.signum() < 0) {
            throw new IllegalArgumentException("request price " + requestUsdPerMillion.toPlainString() + " is negative");
        }
    }
}
