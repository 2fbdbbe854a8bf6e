package io.lambdasim.pricing.breakeven;

/**
 * Monthly cost of a function on Lambda Managed Instances serving a steady request rate: the
 * instances (at the on-demand price less the discount), the management fee (a share of the
 * on-demand price per instance-hour) and the request charge; a staircase in whole instances.
 *
 * <p>Sizing, as the engine's scaler settles on a steady load: one execution environment serves
 * {@code perEnvironment} requests a month, the smaller of its CPU capacity
 * ({@code vCPUs · target · seconds / cpuSecondsPerRequest}) and its concurrency capacity
 * ({@code maxConcurrency · target · seconds / wallSecondsPerRequest}, Little's law); the function
 * needs {@code envs = max(minEnvironments, ceil(requests / perEnvironment))} environments; an
 * instance holds {@code perInstance = min(⌊(vCPUs − reserved) / envVcpus⌋, ⌊(memory − reserved) / envMemory⌋)}
 * of them; the provider runs {@code max(minInstances, ceil(envs / perInstance))} instances. With
 * the target at 1/1.5 this is AWS's calculator methodology (aws-samples
 * sample-aws-lambda-managed-instances, CALCULATOR_METHODOLOGY.md: sustainable concurrency per vCPU
 * from the CPU share, environments packed after reserving 1 vCPU and 1 GB, a 50% scaling buffer,
 * a 3-instance floor), except that the buffer is applied to environments rather than to the
 * rounded instance count (the two agree whenever the divisions are exact, and differ by at most
 * one instance otherwise).
 */
public final class ManagedInstancesCostCurve implements StepCostCurve {

    /** Option names of this family: {@code lmi:m7g.large}, beside the EC2 option {@code m7g.large}. */
    public static final String PREFIX = "lmi:";

    private final Ec2Offer instance;
    private final ManagedInstancesPolicy policy;
    private final int envsPerInstance;
    private final double perEnvironment;
    private final double instanceMonth;
    private final double feeMonth;
    private final double usdPerRequest;

    /**
     * @param instance             the instance type (its on-demand price, vCPUs and memory)
     * @param managementFeeShare   the fee as a share of the on-demand price (0.15)
     * @param requestUsdPerMillion the request charge (0.20)
     */
    public ManagedInstancesCostCurve(Ec2Offer instance, double managementFeeShare, double requestUsdPerMillion,
                                     RequestNeeds needs, ManagedInstancesPolicy policy) {
        this.instance = instance;
        this.policy = policy;
        this.envsPerInstance = environmentsPerInstance(instance.vcpus(), instance.memoryMb(), policy);
        double seconds = policy.secondsPerMonth();
        double byCpu = needs.cpuSecondsPerRequest() <= 0 ? Double.POSITIVE_INFINITY
                : policy.environmentVcpus() * policy.targetUtilization() * seconds / needs.cpuSecondsPerRequest();
        double byConcurrency = policy.maxConcurrency() * policy.targetUtilization() * seconds / needs.wallSecondsPerRequest();
        this.perEnvironment = Math.min(byCpu, byConcurrency);
        double onDemandMonth = instance.hourlyUsd() * policy.hoursPerMonth();
        this.instanceMonth = onDemandMonth * (1 - policy.discount());
        this.feeMonth = onDemandMonth * managementFeeShare;
        this.usdPerRequest = requestUsdPerMillion / 1e6;
    }

    /** Environments of the policy's shape one instance of {@code vcpus} and {@code memoryMb} holds (0: none fits). */
    public static int environmentsPerInstance(int vcpus, double memoryMb, ManagedInstancesPolicy policy) {
        int byCpu = (vcpus - policy.reservedVcpus()) / policy.environmentVcpus();
        int byMemory = (int) Math.floor((memoryMb - policy.reservedMemoryMb()) / policy.environmentMemoryMb());
        return Math.max(0, Math.min(byCpu, byMemory));
    }

    public Ec2Offer instance() {
        return instance;
    }

    public ManagedInstancesPolicy policy() {
        return policy;
    }

    @Override
    public String name() {
        return PREFIX + instance.name();
    }

    @Override
    public boolean feasible() {
        return envsPerInstance > 0 && perEnvironment > 0;
    }

    public int environmentsPerInstance() {
        return envsPerInstance;
    }

    /** Monthly requests one execution environment serves at the target. */
    public double requestsPerEnvironment() {
        return perEnvironment;
    }

    /** Execution environments the function runs at {@code requests} a month. */
    public int environmentsFor(double requests) {
        double need = Math.ceil(requests / perEnvironment - 1e-9);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(policy.minEnvironments(), need));
    }

    @Override
    public int instancesFor(double requests) {
        if (!feasible()) {
            throw new IllegalStateException(instance.name() + " cannot hold one execution environment");
        }
        double need = Math.ceil(environmentsFor(requests) / (double) envsPerInstance);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(policy.minInstances(), need));
    }

    @Override
    public double costWith(int instances, double requests) {
        return instances * (instanceMonth + feeMonth) + requests * usdPerRequest;
    }

    @Override
    public double stepEnd(int instances) {
        return instances * (double) envsPerInstance * perEnvironment;
    }

    @Override
    public double requestsPerInstance() {
        return envsPerInstance * perEnvironment;
    }

    /** Instances plus fee for one instance-month (the requests come on top). */
    @Override
    public double instanceMonthlyCost() {
        return instanceMonth + feeMonth;
    }

    /** One instance-month at the on-demand price less the discount. */
    public double instanceOnlyMonthlyCost() {
        return instanceMonth;
    }

    /** One instance-month's management fee. */
    public double feeMonthlyCost() {
        return feeMonth;
    }

    public double usdPerRequest() {
        return usdPerRequest;
    }
}
