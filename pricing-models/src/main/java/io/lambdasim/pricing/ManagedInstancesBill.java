package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A Lambda Managed Instances bill, itemised, in USD over one period (the simulated span, or a
 * month: {@link #scaled} projects one onto the other).
 *
 * @param instances     the EC2 instances, at the on-demand price less any discount
 * @param managementFee the management fee: a share of the on-demand price per instance-hour
 * @param requests      the request charge
 * @param total         the sum
 * @param discount      the discount applied to {@code instances} (0 = on-demand)
 */
public record ManagedInstancesBill(BigDecimal instances, BigDecimal managementFee, BigDecimal requests, BigDecimal total,
                                   BigDecimal discount) {

    /** Every amount multiplied by {@code factor} (e.g. 730 h over the simulated hours). */
    public ManagedInstancesBill scaled(BigDecimal factor) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal i = instances.multiply(factor, mc);
        BigDecimal f = managementFee.multiply(factor, mc);
        BigDecimal r = requests.multiply(factor, mc);
        return new ManagedInstancesBill(i, f, r, i.add(f).add(r), discount);
    }
}
