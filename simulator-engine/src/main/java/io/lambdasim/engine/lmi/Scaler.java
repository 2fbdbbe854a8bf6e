package io.lambdasim.engine.lmi;

import java.util.Arrays;

/**
 * The capacity provider's control loop. Once per reaction period it measures, per function, the
 * utilisation of its environments: CPU work done over their vCPU time, and invocation-time over
 * their concurrency (AWS: Managed Instances scale "based on CPU resource utilization and
 * multi-concurrency saturation"). It then asks for {@code ceil(environments × utilisation / target)}
 * environments (target tracking), at most {@code step} times as many as now and at least the
 * function's minimum; a function that was throttled in the period is saturated, its demand
 * unmeasurable, and asks for the full step (AWS: traffic that more than doubles within 5 minutes
 * may be throttled, so capacity doubles per action). It launches the instances those environments
 * need (serving after the launch delay) and places waiting environments on free slots. Scale-in (fewer environments,
 * then empty instances) waits for the cooldown after the last scale-out and for no launch to be
 * under way. Per-period counters are primitives per function: nothing is allocated per invocation.
 */
final class Scaler {
    private static final double EPSILON = 1e-9;

    private final CapacityProviderConfig config;
    private final Environments envs;
    private final Instances instances;
    private final double cpuPerEnvironmentPeriod;
    private final double slotsPerEnvironmentPeriod;

    private long[] cpuWorkUs = new long[16];
    private long[] wallUs = new long[16];
    private int[] throttles = new int[16];
    private int[] pending = new int[16];
    private long[] lastUpUs = new long[16];
    private boolean[] deployed = new boolean[16];
    private int functions;
    private long lastInstanceUpUs = Long.MIN_VALUE / 2;
    long environmentsStarted;

    Scaler(CapacityProviderConfig config, Environments envs, Instances instances) {
        this.config = config;
        this.envs = envs;
        this.instances = instances;
        this.cpuPerEnvironmentPeriod = (double) config.environment().vcpus() * config.reactionUs();
        this.slotsPerEnvironmentPeriod = (double) config.environment().maxConcurrency() * config.reactionUs();
    }

    boolean deployed(int f) {
        return f < functions && deployed[f];
    }

    /**
     * Deploys function {@code f} with {@code count} environments (at least its minimum) at
     * {@code now}, before any of its invocations: instances it needs beyond the free slots are
     * started serving at once (deployment happens ahead of traffic), within the maximum.
     */
    void deploy(int f, int count, long now) {
        ensure(f + 1);
        envs.ensureFunctions(functions);
        deployed[f] = true;
        lastUpUs[f] = now;
        int want = Math.max(count, config.minEnvironments());
        int missing = want - instances.freeSlots(now);
        int slots = instances.slotsPerInstance();
        for (int i = 0; i < (missing + slots - 1) / slots && instances.aliveCount() < config.maxInstances(); i++) {
            instances.launch(now, now);
        }
        pending[f] = want;
        place(f, now);
    }

    /** An invocation of {@code f} started: its CPU work and the wall time it holds a slot. */
    void started(int f, long cpuUs, long wall) {
        cpuWorkUs[f] += cpuUs;
        wallUs[f] += wall;
    }

    void throttled(int f) {
        throttles[f]++;
    }

    /** The end of a reaction period at {@code now}: measure, decide, launch, place, scale in. */
    void evaluate(long now) {
        int wanted = 0;
        for (int f = 0; f < functions; f++) {
            if (!deployed[f]) {
                continue;
            }
            int have = envs.countOf(f);
            if (have > 0) {
                double util = Math.max(cpuWorkUs[f] / (have * cpuPerEnvironmentPeriod), wallUs[f] / (have * slotsPerEnvironmentPeriod));
                int most = (int) Math.ceil(have * config.step() - EPSILON);
                int desired = throttles[f] > 0 ? most
                        : (int) Math.min(most, Math.ceil(have * util / config.targetUtilization() - EPSILON));
                desired = Math.max(desired, config.minEnvironments());
                if (desired > have + pending[f]) {
                    pending[f] = desired - have;
                    lastUpUs[f] = now;
                } else if (desired < have + pending[f]) {
                    pending[f] = Math.max(0, desired - have);
                    if (desired < have && now - lastUpUs[f] >= config.cooldownUs()) {
                        envs.drain(f, have - desired, now);
                    }
                }
            } else if (throttles[f] > 0 && pending[f] == 0) {
                // No environment at all (a minimum of 0, or no slot yet): a throttle asks for one.
                pending[f] = Math.max(1, config.minEnvironments());
                lastUpUs[f] = now;
            }
            cpuWorkUs[f] = 0;
            wallUs[f] = 0;
            throttles[f] = 0;
            wanted += envs.countOf(f) + pending[f];
        }
        scaleInstances(now, wanted);
        for (int f = 0; f < functions; f++) {
            place(f, now);
        }
    }

    private void scaleInstances(long now, int wantedEnvironments) {
        int slots = instances.slotsPerInstance();
        int desired = (wantedEnvironments + slots - 1) / slots;
        desired = Math.max(config.minInstances(), Math.min(config.maxInstances(), desired));
        int alive = instances.aliveCount();
        if (desired > alive) {
            for (int i = alive; i < desired; i++) {
                instances.launch(now, now + config.launchDelayUs());
            }
            lastInstanceUpUs = now;
        } else if (desired < alive && now - lastInstanceUpUs >= config.cooldownUs() && !instances.anyLaunching(now)) {
            instances.terminateEmpty(now, desired);
        }
    }

    /** Places {@code f}'s waiting environments on free slots serving at {@code now}. */
    private void place(int f, long now) {
        while (pending[f] > 0 && envs.start(f, now)) {
            pending[f]--;
            environmentsStarted++;
        }
    }

    private void ensure(int n) {
        if (n > functions) {
            if (n > deployed.length) {
                int size = Math.max(n, deployed.length * 2);
                cpuWorkUs = Arrays.copyOf(cpuWorkUs, size);
                wallUs = Arrays.copyOf(wallUs, size);
                throttles = Arrays.copyOf(throttles, size);
                pending = Arrays.copyOf(pending, size);
                lastUpUs = Arrays.copyOf(lastUpUs, size);
                deployed = Arrays.copyOf(deployed, size);
            }
            functions = n;
        }
    }
}
