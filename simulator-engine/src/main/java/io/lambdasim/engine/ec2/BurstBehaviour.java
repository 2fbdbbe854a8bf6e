package io.lambdasim.engine.ec2;

/**
 * What a burstable instance does when its sustained CPU use exceeds its baseline.
 * The fleet tracks CPU credits for the whole fleet, per evaluation period: earned at
 * {@code baseline × vCPUs} per instance, spent by busy vCPU time, banked up to 24 hours of
 * earnings (AWS's cap); launch credits are ignored (T3/T4g unlimited instances get none).
 */
public enum BurstBehaviour {
    /** Not burstable. */
    NONE,
    /** T3/T4g default: run on and count surplus vCPU-seconds, which AWS charges for. */
    UNLIMITED,
    /** T2 default: when the credits are spent, CPU is throttled to the baseline (work runs slower). */
    STANDARD
}
