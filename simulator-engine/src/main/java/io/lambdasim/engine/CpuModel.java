package io.lambdasim.engine;

/**
 * How an invocation's duration changes with the configured memory, because Lambda allocates CPU in
 * proportion to memory (AWS: 1,769 MB = one vCPU; vCPU count 2 up to 3,008 MB, 3 to 5,307, 4 to
 * 7,076, 5 to 8,845, 6 to 10,240, measured by rwnx/lambda-cpuinfo; see the domain notes).
 *
 * <p>The model: a duration {@code d} measured at reference memory {@code r} is split into a
 * CPU-bound share {@code f} (scales with usable CPU) and the rest (I/O, waiting; does not):
 * <pre>
 *   usable(m)   = min(m / 1769, threads, vcpus(m))        vCPU-equivalents the code can use
 *   duration(m) = d * ( f * usable(r) / usable(m) + (1 - f) )
 * </pre>
 * A single-threaded function ({@code threads = 1}) therefore gains nothing above 1,769 MB, and an
 * I/O-bound one ({@code f = 0}) is as fast at 128 MB as at 10 GB. INIT scales the same way.
 *
 * <p>The default CPU-bound share is 0.5: the middle of the range, for a function that both computes
 * and waits (an API handler calling a database). Users who know better pass {@code --cpu-fraction}.
 */
public record CpuModel(double cpuFraction, int threads) {

    /** Memory that buys one full vCPU (AWS documentation). */
    public static final double MB_PER_VCPU = 1769.0;
    public static final int MIN_MEMORY_MB = 128;
    public static final int MAX_MEMORY_MB = 10_240;
    public static final double DEFAULT_CPU_FRACTION = 0.5;
    public static final int DEFAULT_THREADS = 1;
    public static final CpuModel DEFAULT = new CpuModel(DEFAULT_CPU_FRACTION, DEFAULT_THREADS);

    /** Upper memory bound (MB) of 1..6 vCPUs (rwnx/lambda-cpuinfo). */
    private static final int[] VCPU_UPPER_MB = {1769, 3008, 5307, 7076, 8845, 10240};

    public CpuModel {
        if (!(cpuFraction >= 0 && cpuFraction <= 1)) {
            throw new IllegalArgumentException("cpu fraction " + cpuFraction + " outside 0..1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
    }

    /** Number of vCPUs Lambda exposes at {@code memoryMb}. */
    public static int vcpus(int memoryMb) {
        for (int i = 0; i < VCPU_UPPER_MB.length; i++) {
            if (memoryMb <= VCPU_UPPER_MB[i]) {
                return i + 1;
            }
        }
        return VCPU_UPPER_MB.length;
    }

    /** vCPU-equivalents the function can actually use at {@code memoryMb}. */
    public double usableCpus(int memoryMb) {
        return Math.min(Math.min(memoryMb / MB_PER_VCPU, threads), vcpus(memoryMb));
    }

    /** Factor by which a duration measured at {@code referenceMb} is multiplied at {@code memoryMb}. */
    public double durationFactor(int referenceMb, int memoryMb) {
        if (referenceMb == memoryMb) {
            return 1.0;
        }
        return cpuFraction * usableCpus(referenceMb) / usableCpus(memoryMb) + (1 - cpuFraction);
    }

    /** {@code durationUs} measured at {@code referenceMb}, scaled to {@code memoryMb}, rounded to 1 µs. */
    public long scaleUs(long durationUs, int referenceMb, int memoryMb) {
        return Math.round(durationUs * durationFactor(referenceMb, memoryMb));
    }
}
