package io.lambdasim.pricing.breakeven;

/**
 * A cost curve that is a staircase in whole instances: constant, or linear (surplus CPU, request
 * charges), while the same number of instances serves the volume, with a jump at each step edge.
 * An EC2 fleet ({@link Ec2CostCurve}) and a Lambda Managed Instances capacity provider
 * ({@link ManagedInstancesCostCurve}) are both; {@link BreakEvenAnalysis} walks their steps.
 */
public interface StepCostCurve extends CostCurve {

    /** The option's name in tables and charts. */
    String name();

    /** False when the option cannot serve a single request (too little memory per instance). */
    boolean feasible();

    /** Instances needed for {@code requests} a month. */
    int instancesFor(double requests);

    /** Monthly cost with exactly {@code instances} instances serving {@code requests}; continuous in requests. */
    double costWith(int instances, double requests);

    /** The most monthly requests {@code instances} instances serve: the upper edge of that step. */
    double stepEnd(int instances);

    /** Monthly requests one instance serves (the width of a step). */
    double requestsPerInstance();

    /** Monthly cost of one instance (for tables). */
    double instanceMonthlyCost();

    @Override
    default double monthlyCost(double requests) {
        return costWith(instancesFor(requests), requests);
    }
}
