package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetResult;

/**
 * Dollars for a measured EC2 fleet: per-second billing with a minimum per launch, a commitment
 * discount, unlimited-mode CPU surplus, and optionally the load balancer a web workload needs.
 *
 * @param name                   instance type (or the user's label)
 * @param hourlyUsd              on-demand price per instance-hour
 * @param discount               Savings Plans / Reserved / Spot discount on the hourly price, 0..1
 * @param surplusUsdPerVcpuHour  unlimited-mode burstable surplus price (0 when not burstable)
 * @param minimumBilledSeconds   billed at least this per launch (EC2 Linux: 60 s, per-second after)
 * @param balancerHourlyUsd      load balancer per hour, 0 for none
 * @param balancerUsdPerLcuHour  load balancer per LCU-hour
 * @param requestsPerSecondPerLcu requests per second one LCU carries (ALB: 25 new connections/s,
 *                               the binding dimension for short requests without keep-alive)
 */
public record Ec2Pricing(String name, double hourlyUsd, double discount, double surplusUsdPerVcpuHour,
                         long minimumBilledSeconds, double balancerHourlyUsd, double balancerUsdPerLcuHour,
                         double requestsPerSecondPerLcu) {

    /** EC2 Linux on-demand: per-second billing, 60 s minimum per launch (see the domain notes). */
    public static final long LINUX_MINIMUM_SECONDS = 60;

    public Ec2Pricing {
        if (!(hourlyUsd >= 0) || !(discount >= 0 && discount < 1) || surplusUsdPerVcpuHour < 0
                || balancerHourlyUsd < 0 || balancerUsdPerLcuHour < 0) {
            throw new IllegalArgumentException("bad EC2 pricing for " + name + ": $" + hourlyUsd + "/h, discount "
                    + discount);
        }
    }

    public static Ec2Pricing onDemand(String name, double hourlyUsd, double discount, double surplusUsdPerVcpuHour) {
        return new Ec2Pricing(name, hourlyUsd, discount, surplusUsdPerVcpuHour, LINUX_MINIMUM_SECONDS, 0, 0, 25);
    }

    public Ec2Pricing withBalancer(double hourly, double perLcuHour, double requestsPerSecondPerLcu) {
        return new Ec2Pricing(name, hourlyUsd, discount, surplusUsdPerVcpuHour, minimumBilledSeconds, hourly,
                perLcuHour, requestsPerSecondPerLcu);
    }

    /** Cost of the fleet over its horizon, scaled to {@code hoursPerMonth}, USD (the horizon taken as the period). */
    public double monthlyCost(FleetResult fleet, double hoursPerMonth) {
        return monthlyCost(fleet, Math.max(fleet.horizonSeconds(), 1), 0, hoursPerMonth);
    }

    /**
     * A month of the fleet, USD: its cost over the covered period ({@code periodSeconds}), times how
     * often the period fits in a month of {@code hoursPerMonth}. The replay measures instance-seconds up
     * to its last completion; a fleet keeps running to the end of the period, so the remainder is
     * billed at {@code tailInstances} (the fleet's size once idle).
     */
    public double monthlyCost(FleetResult fleet, double periodSeconds, int tailInstances, double hoursPerMonth) {
        double periodHours = periodHours(fleet, periodSeconds);
        double instanceHours = instanceHours(fleet, periodSeconds, tailInstances);
        double instances = instanceHours * hourlyUsd * (1 - discount);
        double surplus = fleet.surplusVcpuSeconds() / 3600 * surplusUsdPerVcpuHour;
        double balancer = 0;
        if (balancerHourlyUsd > 0 || balancerUsdPerLcuHour > 0) {
            double rate = fleet.invocations() / (periodHours * 3600);
            balancer = periodHours * (balancerHourlyUsd + balancerUsdPerLcuHour * rate / requestsPerSecondPerLcu);
        }
        return (instances + surplus + balancer) * hoursPerMonth / periodHours;
    }

    /** A month of the fleet's billed instance-hours (the fixed costs per instance, issue 18, are priced on them). */
    public double monthlyInstanceHours(FleetResult fleet, double periodSeconds, int tailInstances, double hoursPerMonth) {
        return instanceHours(fleet, periodSeconds, tailInstances) * hoursPerMonth / periodHours(fleet, periodSeconds);
    }

    /**
     * The replay measures instance-seconds up to its last completion; the fleet keeps running to the
     * end of the period at {@code tailInstances}.
     */
    private double instanceHours(FleetResult fleet, double periodSeconds, int tailInstances) {
        double tailSeconds = Math.max(0, periodSeconds - fleet.horizonSeconds()) * tailInstances;
        return (fleet.billableInstanceSeconds(minimumBilledSeconds) + tailSeconds) / 3600;
    }

    /**
     * A replay that ran past the period (the last requests finishing, the minute being closed) is
     * projected over its own length, so a static fleet still costs its instances × 730 h a month.
     */
    private static double periodHours(FleetResult fleet, double periodSeconds) {
        return Math.max(Math.max(periodSeconds, fleet.horizonSeconds()), 1) / 3600;
    }
}
