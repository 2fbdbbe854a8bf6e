package io.lambdasim.engine.ec2;

/**
 * A burstable fleet's CPU credits, settled once per period for the whole fleet: earned at the
 * baseline on every vCPU served, spent by the work done, banked up to 24 hours of earnings (AWS's
 * cap). Unlimited mode counts what it spends beyond its credits (AWS charges it); standard mode is
 * throttled to the baseline once they are gone.
 */
final class CpuCredits {
    private static final double DAY_US = 86_400_000_000.0;

    private final BurstBehaviour burst;
    private final double baseline;
    private double credits;
    private boolean throttled;
    private double surplusVcpuUs;
    private long throttledUs;

    CpuCredits(BurstBehaviour burst, double baseline) {
        this.burst = burst;
        this.baseline = baseline;
    }

    boolean throttled() {
        return throttled;
    }

    /** Speed of a vCPU in the next period: the baseline while throttled, else 1. */
    double speed() {
        return throttled ? baseline : 1;
    }

    double surplusVcpuSeconds() {
        return surplusVcpuUs / 1e6;
    }

    long throttledSeconds() {
        return throttledUs / 1_000_000L;
    }

    /**
     * Settles one period: {@code vcpuUs} of vCPU time served, {@code workUs} of work done (vCPU-µs
     * at full speed). Returns true when the throttle changed.
     */
    boolean settle(double vcpuUs, double workUs, long periodUs) {
        if (burst == BurstBehaviour.NONE) {
            return false;
        }
        boolean before = throttled;
        // Credits in vCPU-µs.
        double earned = vcpuUs * baseline;
        credits = Math.min(credits + earned - workUs, earned * (DAY_US / periodUs));
        if (throttled) {
            throttledUs += periodUs;
        }
        if (credits < 0) {
            if (burst == BurstBehaviour.UNLIMITED) {
                surplusVcpuUs -= credits;
            }
            credits = 0;
            throttled = burst == BurstBehaviour.STANDARD;
        } else if (throttled) {
            // A throttled instance spends what it earns, so its balance hovers at zero: release it
            // only once it has banked a full period at full speed, or it would flip every period
            // and average more than its baseline.
            throttled = credits < vcpuUs * (1 - baseline);
        }
        return throttled != before;
    }
}
