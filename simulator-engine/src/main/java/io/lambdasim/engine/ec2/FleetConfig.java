package io.lambdasim.engine.ec2;

import io.lambdasim.engine.CpuModel;

/**
 * One EC2 fleet to replay a trace on: the instance's shape, the function's needs, and how the
 * fleet is sized. No prices: the fleet measures instance-seconds, and pricing turns them into
 * dollars.
 *
 * @param vcpus               vCPUs per instance
 * @param memoryMb            memory per instance, MB; 0 when unknown (memory then never limits)
 * @param baselinePerVcpu     burstable baseline per vCPU (1 for fixed-performance types)
 * @param burst               behaviour above the baseline
 * @param cpu                 the engine's CPU model: which share of a Lambda duration is CPU work
 * @param referenceMemoryMb   memory the trace's durations were measured at when a row does not say
 * @param residentMb          memory each concurrent request holds on an instance, MB; -1 to take
 *                            the largest max-memory-used (or configured memory) seen in the trace
 * @param targetUtilization   utilisation the fleet is sized for / tracks (0.7)
 * @param mode                static or autoscaled
 * @param minInstances        never fewer (2: one per availability zone)
 * @param maxInstances        never more (a static fleet sized for a larger peak is capped here too)
 * @param launchDelayUs       from a launch decision to the instance serving (3 min; billed meanwhile)
 * @param scaleInCooldownUs   no scale-in within this long after any scaling activity (5 min, AWS's default)
 * @param periodUs            utilisation is measured and acted on per period (1 min, CloudWatch's detailed metrics)
 * @param balancer            how requests are placed on instances (least-outstanding)
 */
public record FleetConfig(int vcpus, int memoryMb, double baselinePerVcpu, BurstBehaviour burst,
                          CpuModel cpu, int referenceMemoryMb, int residentMb,
                          double targetUtilization, FleetMode mode, int minInstances, int maxInstances,
                          long launchDelayUs, long scaleInCooldownUs, long periodUs, Balancer balancer) {

    public static final double DEFAULT_TARGET_UTILIZATION = 0.7;
    public static final int DEFAULT_MIN_INSTANCES = 2;
    public static final int DEFAULT_MAX_INSTANCES = 10_000;
    public static final long DEFAULT_LAUNCH_DELAY_US = 180_000_000L;
    public static final long DEFAULT_SCALE_IN_COOLDOWN_US = 300_000_000L;
    public static final long DEFAULT_PERIOD_US = 60_000_000L;
    public static final int DEFAULT_REFERENCE_MEMORY_MB = 512;
    /** Share of an instance's memory left to requests; the OS and server process keep the rest. */
    public static final double USABLE_MEMORY_SHARE = 0.9;

    public FleetConfig {
        if (vcpus < 1 || memoryMb < 0) {
            throw new IllegalArgumentException("instance shape " + vcpus + " vCPU / " + memoryMb + " MB is not valid");
        }
        if (!(baselinePerVcpu > 0 && baselinePerVcpu <= 1)) {
            throw new IllegalArgumentException("baseline " + baselinePerVcpu + " outside (0, 1]");
        }
        if (baselinePerVcpu >= 1) {
            burst = BurstBehaviour.NONE;
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("target utilization " + targetUtilization + " outside (0, 1]");
        }
        if (minInstances < 0 || maxInstances < Math.max(1, minInstances)) {
            throw new IllegalArgumentException("instances min " + minInstances + " / max " + maxInstances
                    + ": need 0 <= min <= max and max >= 1");
        }
        if (launchDelayUs < 0 || scaleInCooldownUs < 0 || periodUs <= 0) {
            throw new IllegalArgumentException("launch delay, cooldown and period must be positive");
        }
        if (balancer == null) {
            throw new IllegalArgumentException("no balancer given");
        }
        if (referenceMemoryMb < 1) {
            throw new IllegalArgumentException("reference memory " + referenceMemoryMb + " MB must be positive");
        }
    }

    /** A fixed-performance instance with every other setting at its default. */
    public static FleetConfig of(int vcpus, int memoryMb) {
        return new FleetConfig(vcpus, memoryMb, 1, BurstBehaviour.NONE, CpuModel.DEFAULT,
                DEFAULT_REFERENCE_MEMORY_MB, -1, DEFAULT_TARGET_UTILIZATION, FleetMode.STATIC,
                DEFAULT_MIN_INSTANCES, DEFAULT_MAX_INSTANCES, DEFAULT_LAUNCH_DELAY_US,
                DEFAULT_SCALE_IN_COOLDOWN_US, DEFAULT_PERIOD_US, Balancer.DEFAULT);
    }

    public FleetConfig withBurst(double baseline, BurstBehaviour behaviour) {
        return new FleetConfig(vcpus, memoryMb, baseline, behaviour, cpu, referenceMemoryMb, residentMb,
                targetUtilization, mode, minInstances, maxInstances, launchDelayUs, scaleInCooldownUs, periodUs, balancer);
    }

    public FleetConfig withWorkload(CpuModel model, int referenceMb, int resident) {
        return new FleetConfig(vcpus, memoryMb, baselinePerVcpu, burst, model, referenceMb, resident,
                targetUtilization, mode, minInstances, maxInstances, launchDelayUs, scaleInCooldownUs, periodUs, balancer);
    }

    public FleetConfig withSizing(FleetMode newMode, double target, int min, int max) {
        return new FleetConfig(vcpus, memoryMb, baselinePerVcpu, burst, cpu, referenceMemoryMb, residentMb,
                target, newMode, min, max, launchDelayUs, scaleInCooldownUs, periodUs, balancer);
    }

    public FleetConfig withTiming(long launchDelay, long cooldown, long period) {
        return new FleetConfig(vcpus, memoryMb, baselinePerVcpu, burst, cpu, referenceMemoryMb, residentMb,
                targetUtilization, mode, minInstances, maxInstances, launchDelay, cooldown, period, balancer);
    }

    public FleetConfig withBalancer(Balancer newBalancer) {
        return new FleetConfig(vcpus, memoryMb, baselinePerVcpu, burst, cpu, referenceMemoryMb, residentMb,
                targetUtilization, mode, minInstances, maxInstances, launchDelayUs, scaleInCooldownUs, periodUs, newBalancer);
    }

    /** Utilisation the fleet can sustain: a standard-mode burstable is throttled to its baseline. */
    double sustainableUtilization() {
        return burst == BurstBehaviour.STANDARD ? Math.min(targetUtilization, baselinePerVcpu) : targetUtilization;
    }
}
