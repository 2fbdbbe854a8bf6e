package io.lambdasim.engine.ec2;

/**
 * What replaying a trace on an EC2 fleet measured. Usage only; pricing turns it into dollars.
 *
 * @param mode                  static or autoscaled
 * @param invocations           requests served
 * @param initialInstances      instances at time 0 (static: the whole fleet)
 * @param peakInstances         most instances running or launching at once
 * @param averageInstances      instance-seconds over the horizon
 * @param instanceSeconds       instance-seconds, launch to termination (raw, before any minimum)
 * @param launches              instance launches (each billed at least a minimum by EC2)
 * @param launchLifetimesUs     lifetime of each launch, µs, for per-launch billing minimums
 * @param cpuUtilization        busy vCPU time over vCPU time of serving instances
 * @param slotUtilization       request-time over slot time (memory-bound functions), or 0 when memory is unknown
 * @param overloadedSeconds     distinct seconds in which at least one arriving request had to wait
 * @param queuedInvocations     requests that waited at all for a memory slot (see {@link #waitedShare()})
 * @param queue                 waiting-time distribution (arrival to admission), ms
 * @param surplusVcpuSeconds    unlimited-mode burstable CPU above the earned credits (charged by AWS)
 * @param throttledSeconds      standard-mode burstable time spent throttled to the baseline
 * @param horizonUs             from 0 to the last completion: the span the instances were billed for
 * @param slotsPerInstance      concurrent requests an instance's memory holds ({@code Integer.MAX_VALUE}: not limited)
 * @param residentMb            memory held per request
 * @param balancer              how requests were placed on instances
 * @param response              response time (wait, CPU work slowed by sharing, I/O) distribution, ms
 * @param instanceCpu           each instance's CPU utilisation over its own life: least, mean, most
 */
public record FleetResult(FleetMode mode, long invocations, int initialInstances, int peakInstances,
                          double averageInstances, double instanceSeconds, long launches, long[] launchLifetimesUs,
                          double cpuUtilization, double slotUtilization, long overloadedSeconds,
                          long queuedInvocations, QueueLatency queue, double surplusVcpuSeconds,
                          long throttledSeconds, long horizonUs, int slotsPerInstance, int residentMb,
                          Balancer balancer, QueueLatency response, UtilizationSpread instanceCpu) {

    /** Share of requests that waited for a slot, 0..1. */
    public double waitedShare() {
        return invocations > 0 ? (double) queuedInvocations / invocations : 0;
    }

    /** The same result with the memory each request held. */
    FleetResult withResidentMb(int mb) {
        return new FleetResult(mode, invocations, initialInstances, peakInstances, averageInstances, instanceSeconds,
                launches, launchLifetimesUs, cpuUtilization, slotUtilization, overloadedSeconds, queuedInvocations, queue,
                surplusVcpuSeconds, throttledSeconds, horizonUs, slotsPerInstance, mb, balancer, response, instanceCpu);
    }

    public double instanceHours() {
        return instanceSeconds / 3600;
    }

    /** Instance-seconds billed when each launch is billed at least {@code minimumSeconds} (EC2 Linux: 60). */
    public double billableInstanceSeconds(long minimumSeconds) {
        double total = 0;
        for (long us : launchLifetimesUs) {
            total += Math.max(minimumSeconds, us / 1e6);
        }
        return total;
    }

    /** The horizon in seconds, for scaling a trace's usage to a month. */
    public double horizonSeconds() {
        return horizonUs / 1e6;
    }
}
