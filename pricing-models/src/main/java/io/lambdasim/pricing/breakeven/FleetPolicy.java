package io.lambdasim.pricing.breakeven;

/**
 * How a fleet is sized and billed in the analytic model.
 *
 * @param targetUtilization CPU utilisation the fleet is sized for (0.7 by default: headroom for
 *                          bursts inside the hour, as target-tracking autoscaling keeps)
 * @param minInstances      never fewer (2 by default: one per availability zone)
 * @param hoursPerMonth     hours billed per month (730)
 * @param discount          Savings Plans / Reserved / Spot discount on the hourly price, 0..1
 */
public record FleetPolicy(double targetUtilization, int minInstances, double hoursPerMonth, double discount) {

    public static final double DEFAULT_TARGET_UTILIZATION = 0.7;
    public static final int DEFAULT_MIN_INSTANCES = 2;
    public static final double DEFAULT_HOURS_PER_MONTH = 730;

    /**
     * Share of an instance's memory left for requests; the rest is the OS and the server process.
     * 10% is a conservative round figure for a small Linux server, not a measured constant.
     */
    public static final double USABLE_MEMORY_SHARE = 0.9;

    public FleetPolicy {
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("target utilization " + targetUtilization + " outside (0, 1]");
        }
        if (minInstances < 0) {
            throw new IllegalArgumentException("min instances " + minInstances + " must be >= 0");
        }
        if (!(hoursPerMonth > 0)) {
            throw new IllegalArgumentException("hours per month " + hoursPerMonth + " must be > 0");
        }
        if (!(discount >= 0 && discount < 1)) {
            throw new IllegalArgumentException("discount " + discount + " outside [0, 1)");
        }
    }

    public static FleetPolicy defaults() {
        return new FleetPolicy(DEFAULT_TARGET_UTILIZATION, DEFAULT_MIN_INSTANCES, DEFAULT_HOURS_PER_MONTH, 0);
    }

    public double secondsPerMonth() {
        return hoursPerMonth * 3600;
    }
}
