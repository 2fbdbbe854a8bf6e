package io.lambdasim.engine.ec2;

/**
 * How evenly the load balancer spread the work: each instance's CPU utilisation over its own
 * serving life (busy vCPU time over its vCPU time), the least, the mean over instances and the most.
 */
public record UtilizationSpread(double min, double mean, double max) {
}
