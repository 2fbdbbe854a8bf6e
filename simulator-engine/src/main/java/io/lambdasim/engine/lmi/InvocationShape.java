package io.lambdasim.engine.lmi;

import io.lambdasim.engine.CpuModel;

/**
 * What one invocation asks of an execution environment, with the engine's CPU-bound share model
 * ({@link CpuModel}): a duration {@code d} recorded at memory {@code m} did {@code f·d·usable(m)}
 * µs of work on one full vCPU; on an instance that work runs at full speed on up to
 * {@code min(threads, environment vCPUs)} vCPUs, and the waiting part {@code (1−f)·d} is the same
 * anywhere. Fields are reused for every invocation: nothing is allocated.
 */
final class InvocationShape {
    private final CpuModel cpu;
    private final int referenceMb;
    private final int parallel;
    private int lastMemory = -1;
    private double lastUsable;

    /** CPU work of the current invocation on one full vCPU, µs. */
    long cpuUs;
    /** Its wall time in an environment with CPU to spare, µs. */
    long wallUs;

    InvocationShape(CapacityProviderConfig config) {
        this.cpu = config.cpu();
        this.referenceMb = config.referenceMemoryMb();
        this.parallel = Math.max(1, Math.min(cpu.threads(), config.environment().vcpus()));
    }

    void of(long durationUs, int memoryMb) {
        int memory = memoryMb > 0 ? memoryMb : referenceMb;
        if (memory != lastMemory) {
            lastMemory = memory;
            lastUsable = cpu.usableCpus(memory);
        }
        long d = Math.max(0, durationUs);
        double f = cpu.cpuFraction();
        cpuUs = Math.round(d * f * lastUsable);
        wallUs = Math.max(1, Math.round(d * (1 - f)) + cpuUs / parallel);
    }
}
