package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Prices Lambda Managed Instances usage: the instances bill as EC2 does (per second, at least a
 * minute per launch, {@link Ec2Billing}) at the on-demand price less a discount (a Savings Plan or
 * Reserved Instances cover them), the management fee is the price book's share of the
 * <em>on-demand</em> price for the same instance-seconds, and every executed request is charged.
 * No GB-second charge, and no free tier (AWS's pricing page and calculator methodology apply none).
 */
public final class ManagedInstancesBilling {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private ManagedInstancesBilling() {
    }

    /**
     * @param onDemandHourlyUsd  the instance type's on-demand price per hour
     * @param billableSeconds    instance-seconds as EC2 bills them ({@link Ec2Billing#billableSeconds(long[])})
     * @param requests           invocations executed (throttled ones are not billed)
     * @param discount           discount on the instances, 0..1 (0.3 = 30% off); never on the fee
     * @param price              the fee share and request price of the region
     */
    public static ManagedInstancesBill bill(BigDecimal onDemandHourlyUsd, long billableSeconds, long requests,
                                            BigDecimal discount, ManagedInstancesPrice price) {
        if (billableSeconds < 0 || requests < 0) {
            throw new IllegalArgumentException("usage must not be negative: " + billableSeconds + " s, " + requests + " requests");
        }
        BigDecimal instances = Ec2Billing.cost(onDemandHourlyUsd, billableSeconds, discount);
        BigDecimal fee = onDemandHourlyUsd.multiply(BigDecimal.valueOf(billableSeconds)).multiply(price.managementFeeShare())
                .divide(SECONDS_PER_HOUR, MathContext.DECIMAL128);
        BigDecimal req = BigDecimal.valueOf(requests).multiply(price.requestUsdPerMillion()).divide(MILLION, MathContext.DECIMAL128);
        return new ManagedInstancesBill(instances, fee, req, instances.add(fee).add(req), discount);
    }
}
