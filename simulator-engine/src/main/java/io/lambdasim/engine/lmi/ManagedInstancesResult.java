package io.lambdasim.engine.lmi;

import io.lambdasim.engine.LatencySummary;
import org.HdrHistogram.Histogram;

/**
 * What replaying a trace on a Managed Instances capacity provider measured. Usage only; pricing
 * turns instance-seconds and requests into dollars.
 *
 * @param invocations              invocations in the trace
 * @param executed                 invocations that ran (the billed requests)
 * @param throttled                synchronous invocations rejected with HTTP 429 (no free concurrency)
 * @param throttleEvents           every rejection, asynchronous attempts included
 * @param retries                  asynchronous re-attempts after a throttle
 * @param dropped                  asynchronous events dropped at their maximum age
 * @param coldStarts               invocations that waited for an environment to initialise: none, by
 *                                 design (AWS: Managed Instances "does not support cold starts";
 *                                 environments start at deployment and when the scaler adds them)
 * @param minInstances             fewest instances running (launching or serving) in the window
 * @param meanInstances            instance-seconds over the window
 * @param peakInstances            most instances running in the window
 * @param instanceSeconds          instance-seconds inside the window (raw, before any billing minimum)
 * @param launchLifetimesUs        each launch's lifetime inside the window, µs (EC2 bills each one at least a minute)
 * @param environmentsPerInstance  environment slots of one instance
 * @param environment              the execution environment's shape
 * @param environmentsStarted      environments started (at deployment and by the scaler)
 * @param peakEnvironments         most environments active at once
 * @param meanEnvironments         environment-seconds over the window
 * @param peakEnvironmentConcurrency most invocations in flight in one environment
 * @param meanEnvironmentConcurrency invocation-time over environment-time: invocations in flight per active environment
 * @param cpuUtilization           CPU work over the active environments' vCPU time
 * @param contentionFactor         mean stretch of durations by CPU contention (1 = none)
 * @param latency                  first arrival to completion of executed invocations (retries,
 *                                 contention and duration), ms
 * @param latencyHistogram         the same, µs, for distribution charts
 * @param windowStartUs            start of the window the instances are billed for (0 for a
 *                                 generated workload, else the first arrival)
 * @param windowEndUs              its end (the generator's horizon, else the last completion)
 */
public record ManagedInstancesResult(long invocations, long executed, long throttled, long throttleEvents, long retries,
                                     long dropped, long coldStarts, int minInstances, double meanInstances,
                                     int peakInstances, double instanceSeconds, long[] launchLifetimesUs,
                                     int environmentsPerInstance, EnvironmentShape environment, long environmentsStarted,
                                     int peakEnvironments, double meanEnvironments, int peakEnvironmentConcurrency,
                                     double meanEnvironmentConcurrency, double cpuUtilization, double contentionFactor,
                                     LatencySummary latency, Histogram latencyHistogram, long windowStartUs, long windowEndUs) {

    public double instanceHours() {
        return instanceSeconds / 3600;
    }

    /** The window in seconds: the simulated period the bill covers. */
    public double periodSeconds() {
        return (windowEndUs - windowStartUs) / 1e6;
    }

    public long launches() {
        return launchLifetimesUs.length;
    }
}
