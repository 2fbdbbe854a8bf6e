package io.lambdasim.pricing.breakeven;

/**
 * Monthly cost of an EC2 fleet serving a steady request rate: a step function of the volume.
 *
 * <p>The fleet needs {@code n = max(min, ceil(requests / perInstance))} instances, where one
 * instance serves {@code perInstance} requests a month: the smaller of its CPU capacity
 * ({@code vCPUs · utilisation · seconds / cpuSecondsPerRequest}) and its memory capacity (by
 * Little's law, {@code slots / wallSeconds · seconds} with {@code slots} concurrent requests
 * fitting in its usable memory). Utilisation is the target, or for a burstable type in standard
 * mode the lower of the target and its baseline (it is throttled to the baseline when its credits
 * run out). A burstable type in unlimited mode pays, on top, surplus for CPU above the fleet's
 * baseline, so its cost rises linearly inside a step.
 *
 * <p>Steps are right-closed: exactly {@code k · perInstance} requests still fit on {@code k} instances.
 */
public final class Ec2CostCurve implements StepCostCurve {

    private final Ec2Offer offer;
    private final FleetPolicy policy;
    private final double perInstance;
    private final double instanceMonth;
    private final double cpuVcpusPerRequestMonth;
    private final double surplusPerVcpuMonth;
    private final double baselineVcpus;

    public Ec2CostCurve(Ec2Offer offer, RequestNeeds needs, FleetPolicy policy) {
        this.offer = offer;
        this.policy = policy;
        double seconds = policy.secondsPerMonth();
        double utilization = offer.burst() == Ec2Offer.BurstMode.STANDARD
                ? Math.min(policy.targetUtilization(), offer.baselinePerVcpu())
                : policy.targetUtilization();
        double cpuCap = needs.cpuSecondsPerRequest() <= 0 ? Double.POSITIVE_INFINITY
                : offer.vcpus() * utilization * seconds / needs.cpuSecondsPerRequest();
        double memCap = Double.POSITIVE_INFINITY;
        if (offer.memoryMb() > 0) {
            // Whole requests only: a request does not run in a fraction of its memory. One that fits
            // the instance but not its usable share still runs alone (the fleet replay does the same).
            double resident = needs.residentMbPerRequest();
            double slots = resident > offer.memoryMb() ? 0
                    : Math.max(1, Math.floor(offer.memoryMb() * FleetPolicy.USABLE_MEMORY_SHARE / resident));
            memCap = slots / needs.wallSecondsPerRequest() * seconds;
        }
        this.perInstance = Math.min(cpuCap, memCap);
        this.instanceMonth = offer.hourlyUsd() * (1 - policy.discount()) * policy.hoursPerMonth();
        // Average vCPUs busy per monthly request, for the unlimited-mode surplus.
        this.cpuVcpusPerRequestMonth = needs.cpuSecondsPerRequest() / seconds;
        this.surplusPerVcpuMonth = offer.burst() == Ec2Offer.BurstMode.UNLIMITED
                ? offer.surplusUsdPerVcpuHour() * policy.hoursPerMonth() : 0;
        this.baselineVcpus = offer.vcpus() * offer.baselinePerVcpu();
    }

    public Ec2Offer offer() {
        return offer;
    }

    @Override
    public String name() {
        return offer.name();
    }

    /** False when one request does not fit in an instance's memory at all. */
    @Override
    public boolean feasible() {
        return perInstance > 0;
    }

    /** Monthly requests one instance serves at the target utilisation. */
    @Override
    public double requestsPerInstance() {
        return perInstance;
    }

    /** Monthly cost of one instance, after the discount. */
    @Override
    public double instanceMonthlyCost() {
        return instanceMonth;
    }

    /** Instances needed for {@code requests} a month (at least the policy's minimum, and 1 to serve anything). */
    @Override
    public int instancesFor(double requests) {
        if (!feasible()) {
            throw new IllegalStateException(offer.name() + " cannot hold one request in memory");
        }
        double need = Math.ceil(requests / perInstance);
        int floor = requests > 0 ? Math.max(1, policy.minInstances()) : policy.minInstances();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(floor, need));
    }

    /** Monthly cost with exactly {@code instances} instances serving {@code requests}; continuous in requests. */
    @Override
    public double costWith(int instances, double requests) {
        double cost = instances * instanceMonth;
        if (surplusPerVcpuMonth > 0) {
            double surplus = requests * cpuVcpusPerRequestMonth - instances * baselineVcpus;
            if (surplus > 0) {
                cost += surplus * surplusPerVcpuMonth;
            }
        }
        return cost;
    }

    @Override
    public double monthlyCost(double requests) {
        return costWith(instancesFor(requests), requests);
    }

    /** The upper edge of the step {@code instances} serves: the most requests they hold. */
    @Override
    public double stepEnd(int instances) {
        return instances * perInstance;
    }
}
