package io.lambdasim.engine.lmi;

import io.lambdasim.engine.CpuModel;

/**
 * One Lambda Managed Instances capacity provider to replay a trace on, with the function
 * configuration its functions share. No prices: the replay measures instance-seconds and
 * requests; pricing turns them into dollars.
 *
 * @param instanceVcpus       vCPUs of the instance type
 * @param instanceMemoryMb    memory of the instance type, MB
 * @param environment         the execution environment every function runs in
 * @param minInstances        never fewer instances (3: one per availability zone)
 * @param maxInstances        never more
 * @param minEnvironments     never fewer environments per function (3)
 * @param targetUtilization   the scaler keeps the environments' CPU (and concurrency) at this share (1/1.5)
 * @param reactionUs          the scaler measures and acts once per this period (1 min)
 * @param step                a scaling action at most multiplies a function's environments by this (2)
 * @param launchDelayUs       a new instance serves this long after the decision (3 min; billed meanwhile)
 * @param cooldownUs          no scale-in within this long after a scale-out (5 min)
 * @param cpu                 the engine's CPU model: which share of a duration is CPU work
 * @param referenceMemoryMb   memory the durations were measured at when a row does not say
 * @param horizonUs           the generated workload's horizon (the replay's window is [0, horizon]),
 *                            or -1: the window runs from the first arrival to the last completion
 * @param throttleBackoffUs   first retry delay of a throttled asynchronous invocation (1 s, doubling)
 * @param throttleBackoffMaxUs longest retry delay (5 min)
 * @param maxEventAgeUs       an asynchronous event older than this is dropped (6 h)
 */
public record CapacityProviderConfig(int instanceVcpus, int instanceMemoryMb, EnvironmentShape environment,
                                     int minInstances, int maxInstances, int minEnvironments, double targetUtilization,
                                     long reactionUs, double step, long launchDelayUs, long cooldownUs, CpuModel cpu,
                                     int referenceMemoryMb, long horizonUs, long throttleBackoffUs, long throttleBackoffMaxUs,
                                     long maxEventAgeUs) {

    public static final long DEFAULT_THROTTLE_BACKOFF_US = 1_000_000L;
    public static final long DEFAULT_THROTTLE_BACKOFF_MAX_US = 300_000_000L;
    public static final long DEFAULT_MAX_EVENT_AGE_US = 6 * 3600_000_000L;

    public CapacityProviderConfig {
        if (instanceVcpus < 1 || instanceMemoryMb < 1) {
            throw new IllegalArgumentException("instance shape " + instanceVcpus + " vCPU / " + instanceMemoryMb + " MB is not valid");
        }
        if (minInstances < 0 || maxInstances < 1) {
            throw new IllegalArgumentException("instances min " + minInstances + " / max " + maxInstances
                    + ": need min >= 0 and max >= 1");
        }
        if (minInstances > maxInstances) {
            throw new IllegalArgumentException("min instances " + minInstances + " exceeds max instances " + maxInstances);
        }
        if (minEnvironments < 0) {
            throw new IllegalArgumentException("min environments " + minEnvironments + " must be >= 0");
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("target CPU " + targetUtilization + " outside (0, 1]");
        }
        if (!(step > 1)) {
            throw new IllegalArgumentException("scaling step " + step + " must be above 1 (2 = at most double per action)");
        }
        if (reactionUs <= 0 || launchDelayUs < 0 || cooldownUs < 0) {
            throw new IllegalArgumentException("reaction must be positive, launch delay and cooldown not negative");
        }
        if (referenceMemoryMb < 1 || throttleBackoffUs < 1 || throttleBackoffMaxUs < throttleBackoffUs || maxEventAgeUs < 0) {
            throw new IllegalArgumentException("reference memory, back-off and event age must be positive");
        }
        if (environmentsPerInstance(instanceVcpus, instanceMemoryMb, environment) < 1) {
            throw new IllegalArgumentException("an instance of " + instanceVcpus + " vCPU / " + instanceMemoryMb
                    + " MB holds no " + environment.memoryMb() + " MB, " + environment.vcpus()
                    + " vCPU execution environment after keeping " + ManagedInstancesDefaults.RESERVED_VCPUS + " vCPU and "
                    + ManagedInstancesDefaults.RESERVED_MEMORY_MB + " MB for itself");
        }
    }

    /** A capacity provider of {@code vcpus}/{@code memoryMb} instances with every other setting at its default. */
    public static CapacityProviderConfig of(int vcpus, int memoryMb, String runtime) {
        EnvironmentShape env = EnvironmentShape.of(ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB,
                ManagedInstancesDefaults.MEMORY_GIB_PER_VCPU, runtime, null);
        return new CapacityProviderConfig(vcpus, memoryMb, env, ManagedInstancesDefaults.MIN_INSTANCES,
                defaultMaxInstances(vcpus), ManagedInstancesDefaults.MIN_ENVIRONMENTS, ManagedInstancesDefaults.TARGET_CPU,
                ManagedInstancesDefaults.REACTION_US, ManagedInstancesDefaults.STEP, ManagedInstancesDefaults.LAUNCH_DELAY_US,
                ManagedInstancesDefaults.COOLDOWN_US, CpuModel.DEFAULT, 512, -1, DEFAULT_THROTTLE_BACKOFF_US,
                DEFAULT_THROTTLE_BACKOFF_MAX_US, DEFAULT_MAX_EVENT_AGE_US);
    }

    /** With no MaxVCpuCount set, the API's ceiling of 15,000 vCPUs in whole instances. */
    public static int defaultMaxInstances(int instanceVcpus) {
        return Math.max(1, ManagedInstancesDefaults.MAX_VCPUS / instanceVcpus);
    }

    /** Environments of {@code env}'s shape an instance holds after keeping 1 vCPU and 1 GB for itself. */
    public static int environmentsPerInstance(int vcpus, int memoryMb, EnvironmentShape env) {
        int byCpu = (vcpus - ManagedInstancesDefaults.RESERVED_VCPUS) / env.vcpus();
        int byMemory = (memoryMb - ManagedInstancesDefaults.RESERVED_MEMORY_MB) / env.memoryMb();
        return Math.max(0, Math.min(byCpu, byMemory));
    }

    public int environmentsPerInstance() {
        return environmentsPerInstance(instanceVcpus, instanceMemoryMb, environment);
    }

    public CapacityProviderConfig withEnvironment(EnvironmentShape env) {
        return new CapacityProviderConfig(instanceVcpus, instanceMemoryMb, env, minInstances, maxInstances, minEnvironments,
                targetUtilization, reactionUs, step, launchDelayUs, cooldownUs, cpu, referenceMemoryMb, horizonUs,
                throttleBackoffUs, throttleBackoffMaxUs, maxEventAgeUs);
    }

    public CapacityProviderConfig withSizing(int min, int max, int minEnvs, double target) {
        return new CapacityProviderConfig(instanceVcpus, instanceMemoryMb, environment, min, max, minEnvs, target,
                reactionUs, step, launchDelayUs, cooldownUs, cpu, referenceMemoryMb, horizonUs, throttleBackoffUs,
                throttleBackoffMaxUs, maxEventAgeUs);
    }

    public CapacityProviderConfig withTiming(long reaction, double scalingStep, long launchDelay, long cooldown) {
        return new CapacityProviderConfig(instanceVcpus, instanceMemoryMb, environment, minInstances, maxInstances,
                minEnvironments, targetUtilization, reaction, scalingStep, launchDelay, cooldown, cpu, referenceMemoryMb,
                horizonUs, throttleBackoffUs, throttleBackoffMaxUs, maxEventAgeUs);
    }

    public CapacityProviderConfig withWorkload(CpuModel model, int referenceMb, long horizon) {
        return new CapacityProviderConfig(instanceVcpus, instanceMemoryMb, environment, minInstances, maxInstances,
                minEnvironments, targetUtilization, reactionUs, step, launchDelayUs, cooldownUs, model, referenceMb, horizon,
                throttleBackoffUs, throttleBackoffMaxUs, maxEventAgeUs);
    }

    public CapacityProviderConfig withAsync(long backoff, long backoffMax, long maxEventAge) {
        return new CapacityProviderConfig(instanceVcpus, instanceMemoryMb, environment, minInstances, maxInstances,
                minEnvironments, targetUtilization, reactionUs, step, launchDelayUs, cooldownUs, cpu, referenceMemoryMb,
                horizonUs, backoff, backoffMax, maxEventAge);
    }
}
