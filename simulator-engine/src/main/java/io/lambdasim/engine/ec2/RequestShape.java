package io.lambdasim.engine.ec2;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.traces.InvocationCursor;

/**
 * Converts one Lambda invocation into what it asks of an instance, with the engine's CPU model.
 *
 * <p>A duration {@code d} recorded at memory {@code m} has a CPU-bound share {@code f}; Lambda gave
 * it {@code usable(m)} vCPU-equivalents, so it did {@code f·d·usable(m)} µs of work on one full
 * vCPU. On an instance that work runs on up to {@code min(threads, vCPUs)} cores (at full speed
 * when it has them to itself; {@link SharedCpu} shares them otherwise); the other {@code (1−f)·d}
 * (waiting on I/O) is the same anywhere. The request holds its memory for the whole of it. Fields
 * are reused for every row: nothing is allocated.
 */
final class RequestShape {
    private final CpuModel cpu;
    private final int referenceMb;
    private final int parallel;
    private final double ioShare;
    private int lastMemory = -1;
    /** CPU work per µs of recorded duration at {@link #lastMemory}: {@code f · usable(m)}. */
    private double cpuPerUs;
    /** Wall time on an instance to itself per µs of recorded duration: {@code (1 − f) + f · usable(m) / p}. */
    private double wallPerUs;

    /** CPU work of the current row on one full vCPU, µs. */
    long cpuUs;
    /** Wall time of the current row away from the CPU (I/O), µs; at least 1 µs when it has no CPU work. */
    long ioUs;

    RequestShape(FleetConfig config) {
        this.cpu = config.cpu();
        this.referenceMb = config.referenceMemoryMb();
        this.parallel = Math.max(1, Math.min(config.cpu().threads(), config.vcpus()));
        this.ioShare = 1 - config.cpu().cpuFraction();
    }

    /** Sets {@link #cpuUs} and {@link #ioUs} for the row, whole µs. */
    void of(InvocationCursor row) {
        long d = duration(row);
        cpuUs = round(d * cpuPerUs);
        ioUs = round(d * ioShare);
        if (cpuUs == 0 && ioUs == 0) {
            ioUs = 1;
        }
    }

    /** The row's CPU work, µs, unrounded (the demand pass sums it). */
    double cpuDemand(InvocationCursor row) {
        return duration(row) * cpuPerUs;
    }

    /** The row's wall time on an instance to itself, µs, at least 1, unrounded. */
    double wallDemand(InvocationCursor row) {
        return Math.max(1, duration(row) * wallPerUs);
    }

    /** The row's recorded duration, with the CPU figures of its memory at hand. */
    private long duration(InvocationCursor row) {
        int memory = row.memoryMb() > 0 ? row.memoryMb() : referenceMb;
        if (memory != lastMemory) {
            // Traces mostly repeat one memory per function: cache the last lookup.
            lastMemory = memory;
            cpuPerUs = cpu.cpuFraction() * cpu.usableCpus(memory);
            wallPerUs = ioShare + cpuPerUs / parallel;
        }
        return Math.max(0, row.durationUs());
    }

    /**
     * {@link Math#round} for the non-negative values here (the same result but for
     * 0.49999999999999994), by truncation: no call to floor, which the JIT does not always turn
     * into one instruction.
     */
    private static long round(double nonNegative) {
        return (long) (nonNegative + 0.5);
    }

    /** vCPUs one request can use at once: its threads, at most the instance's vCPUs. */
    int parallel() {
        return parallel;
    }
}
