package io.lambdasim.pricing.breakeven;

/**
 * How a Lambda Managed Instances capacity provider packs and sizes, as the analytic model sees it:
 * the execution environment's shape, what each instance keeps for itself, the utilisation the
 * scaler aims at, the floors, and the month. The engine's {@code CapacityProviderConfig} holds the
 * same figures for a replay; their defaults and sources are in the engine's
 * {@code managed-instances.csv} (the reports layer fills both from it).
 *
 * @param targetUtilization    utilisation of the environments' vCPUs (and of their concurrency) the scaler keeps
 * @param minInstances         never fewer instances (3: one per availability zone)
 * @param minEnvironments      never fewer execution environments for the function (3)
 * @param environmentVcpus     vCPUs of one execution environment
 * @param environmentMemoryMb  memory of one execution environment, MB
 * @param maxConcurrency       invocations one environment runs at once
 * @param reservedVcpus        vCPUs each instance keeps for its own system (1)
 * @param reservedMemoryMb     memory each instance keeps, MB (1,024)
 * @param hoursPerMonth        hours billed per month (730)
 * @param discount             Savings Plans / Reserved Instances discount on the instances, 0..1 (never on the fee)
 */
public record ManagedInstancesPolicy(double targetUtilization, int minInstances, int minEnvironments, int environmentVcpus,
                                     double environmentMemoryMb, int maxConcurrency, int reservedVcpus,
                                     double reservedMemoryMb, double hoursPerMonth, double discount) {

    public ManagedInstancesPolicy {
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("target utilization " + targetUtilization + " outside (0, 1]");
        }
        if (minInstances < 0 || minEnvironments < 0 || environmentVcpus < 1 || !(environmentMemoryMb > 0)
                || maxConcurrency < 1 || reservedVcpus < 0 || !(reservedMemoryMb >= 0) || !(hoursPerMonth > 0)) {
            throw new IllegalArgumentException("bad Managed Instances policy: " + this);
        }
        if (!(discount >= 0 && discount < 1)) {
            throw new IllegalArgumentException("discount " + discount + " outside [0, 1)");
        }
    }

    public double secondsPerMonth() {
        return hoursPerMonth * 3600;
    }
}
