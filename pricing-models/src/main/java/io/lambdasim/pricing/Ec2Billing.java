package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * EC2 billing: Linux instances bill per second with a 60-second minimum per launch; a discount
 * factor stands for Savings Plans, Reserved Instances or Spot (0.3 = 30% off on-demand).
 */
public final class Ec2Billing {

    public static final long MINIMUM_SECONDS = 60;
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Ec2Billing() {
    }

    /** Billed seconds of one instance that ran {@code lifetimeUs}: whole seconds rounded up, at least 60. */
    public static long billableSeconds(long lifetimeUs) {
        long s = (Math.max(0, lifetimeUs) + 999_999) / 1_000_000;
        return Math.max(MINIMUM_SECONDS, s);
    }

    /** Billed seconds of a fleet, one lifetime (µs) per launch. */
    public static long billableSeconds(long[] lifetimesUs) {
        long total = 0;
        for (long l : lifetimesUs) {
            total += billableSeconds(l);
        }
        return total;
    }

    /** What {@code billableSeconds} of an instance at {@code hourlyUsd} cost after {@code discount}. */
    public static BigDecimal cost(BigDecimal hourlyUsd, long billableSeconds, BigDecimal discount) {
        checkDiscount(discount);
        return hourlyUsd.multiply(BigDecimal.valueOf(billableSeconds)).multiply(BigDecimal.ONE.subtract(discount))
                .divide(SECONDS_PER_HOUR, MathContext.DECIMAL128);
    }

    /** {@code instances} instances running {@code hours} hours (a month is 730 h). */
    public static BigDecimal monthly(BigDecimal hourlyUsd, int instances, BigDecimal hours, BigDecimal discount) {
        checkDiscount(discount);
        return hourlyUsd.multiply(BigDecimal.valueOf(instances)).multiply(hours).multiply(BigDecimal.ONE.subtract(discount));
    }

    public static void checkDiscount(BigDecimal discount) {
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("EC2 discount " + discount.toPlainString() + " is outside 0..1 (e.g. 0.3 for 30%)");
        }
    }
}
