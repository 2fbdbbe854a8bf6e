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

    /** An instance the price book lacks, from {@code NAME=DOLLARS_PER_HOUR}: 1 vCPU, memory unknown. */
    public static Ec2InstanceType custom(String name, BigDecimal hourlyUsd) {
        return new Ec2InstanceType("custom", name, 1, BigDecimal.ZERO, Architecture.X86_64, hourlyUsd, 1.0,
                Burst.NONE, BigDecimal.ZERO);
    }

    public boolean burstable() {
        return burst != Burst.NONE;
    }
}
