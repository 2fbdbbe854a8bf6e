package io.lambdasim.pricing.breakeven;

/**
 * One EC2 instance type as the break-even analysis sees it.
 *
 * @param name                  type name (or the user's label for {@code NAME=DOLLARS_PER_HOUR})
 * @param hourlyUsd             on-demand price per hour, USD
 * @param vcpus                 vCPUs
 * @param memoryMb              memory, MB; {@code 0} when unknown (the memory constraint is then ignored)
 * @param baselinePerVcpu       sustained CPU per vCPU without surplus or throttling (1 for fixed
 *                              performance types, e.g. 0.2 for t4g.small)
 * @param burst                 how a burstable type behaves above its baseline
 * @param surplusUsdPerVcpuHour unlimited mode's charge for CPU above the baseline, USD per vCPU-hour
 */
public record Ec2Offer(String name, double hourlyUsd, int vcpus, double memoryMb, double baselinePerVcpu,
                       BurstMode burst, double surplusUsdPerVcpuHour) {

    /**
     * Burstable CPU behaviour.
     * {@code UNLIMITED} (T3/T4g default): the instance may run above its baseline and pays surplus
     * credits. {@code STANDARD} (T2 default): it is throttled to its baseline once its credits are
     * spent, so its sustained capacity is the baseline. {@code NONE}: not burstable.
     */
    public enum BurstMode { NONE, UNLIMITED, STANDARD }

    public Ec2Offer {
        if (!(hourlyUsd >= 0) || vcpus <= 0 || !(memoryMb >= 0) || !(baselinePerVcpu > 0 && baselinePerVcpu <= 1)) {
            throw new IllegalArgumentException("bad EC2 offer " + name + ": $" + hourlyUsd + "/h, " + vcpus
                    + " vCPU, " + memoryMb + " MB, baseline " + baselinePerVcpu);
        }
        if (baselinePerVcpu >= 1) {
            burst = BurstMode.NONE;
        }
    }

    /** A fixed-performance type. */
    public static Ec2Offer fixed(String name, double hourlyUsd, int vcpus, double memoryMb) {
        return new Ec2Offer(name, hourlyUsd, vcpus, memoryMb, 1, BurstMode.NONE, 0);
    }

    public boolean burstable() {
        return burst != BurstMode.NONE;
    }
}
