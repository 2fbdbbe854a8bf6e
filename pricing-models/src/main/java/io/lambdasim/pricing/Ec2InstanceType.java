package io.lambdasim.pricing;

import java.math.BigDecimal;

/**
 * An EC2 instance type as the price book knows it (on-demand, Linux, shared tenancy).
 *
 * @param baselinePerVcpu       sustained CPU share per vCPU without credits: 1 for fixed-performance
 *                              types, e.g. 0.2 for t3.small
 * @param burst                 how a burstable type behaves above its baseline
 * @param surplusUsdPerVcpuHour unlimited mode's charge for CPU above the baseline
 */
public record Ec2InstanceType(String region, String type, int vcpu, BigDecimal memoryGib, Architecture arch,
                              BigDecimal hourlyUsd, double baselinePerVcpu, Burst burst,
                              BigDecimal surplusUsdPerVcpuHour) {

    /**
     * Burstable CPU behaviour. {@code UNLIMITED} (T3/T4g default) runs above its baseline and pays
     * surplus credits; {@code STANDARD} (T2 default) is throttled to its baseline once its credits
     * are spent; {@code NONE}: fixed performance.
     */
    public enum Burst { NONE, STANDARD, UNLIMITED }

    /** Above any EC2 on-demand Linux price (the largest instances cost a few hundred dollars an hour). */
    public static final BigDecimal MAX_HOURLY_USD = new BigDecimal("1000");

    public Ec2InstanceType {
        String what = "EC2 " + type + " in " + region;
        if (type == null || type.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("an EC2 instance type needs a region and a type name");
        }
        if (vcpu < 1) {
            throw new IllegalArgumentException(what + ": vcpu " + vcpu + " must be at least 1");
        }
        if (memoryGib == null || memoryGib.signum() < 0) {
            throw new IllegalArgumentException(what + ": memoryGib must be >= 0");
        }
        LambdaPrices.check(what, "hourlyUsd", hourlyUsd, MAX_HOURLY_USD);
        LambdaPrices.check(what, "surplusUsdPerVcpuHour", surplusUsdPerVcpuHour, MAX_HOURLY_USD);
        if (!(baselinePerVcpu > 0 && baselinePerVcpu <= 1)) {
            throw new IllegalArgumentException(what + ": baselinePerVcpu " + baselinePerVcpu + " must be in (0, 1]");
        }
    }

    /** An instance the price book lacks, from {@code NAME=DOLLARS_PER_HOUR}: 1 vCPU, memory unknown. */
    public static Ec2InstanceType custom(String name, BigDecimal hourlyUsd) {
        return new Ec2InstanceType("custom", name, 1, BigDecimal.ZERO, Architecture.X86_64, hourlyUsd, 1.0,
                Burst.NONE, BigDecimal.ZERO);
    }

    public boolean burstable() {
        return burst != Burst.NONE;
    }
}
