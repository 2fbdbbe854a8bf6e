package io.lambdasim.reports.sizing;

import io.lambdasim.pricing.Month;
import io.lambdasim.reports.run.Period;
import io.lambdasim.engine.CpuModel;
import java.util.List;

/**
 * What a sizing run tries and how it chooses.
 *
 * @param memoriesMb        memory sizes to simulate
 * @param arches            architectures to price ({@code x86_64}, {@code arm64}); durations are
 *                          the same on both (no per-architecture speed model) unless {@code arm64Calibration}
 *                          is given, prices differ
 * @param cpu               the engine's CPU model, used when {@code calibration} is null
 * @param calibration       measured durations, or null
 * @param referenceMemoryMb memory the trace's durations were recorded at; 0 = each row's own
 *                          memory, or {@link #FALLBACK_REFERENCE_MB} when the trace has none
 * @param strategy          cost, speed or balanced
 * @param balancedWeight    w of the balanced strategy
 * @param threads           simulations run at once (results do not depend on it)
 * @param month             the month the workload's usage is projected to
 * @param periodUs          the period the workload covers when given ({@code --period}), else null: the
 *                          source's own ({@link Period#of})
 * @param arm64Calibration  the function's durations measured on arm64, or null: then {@code calibration}
 *                          (x86_64's when this is given) or the CPU model serves both architectures
 */
public record SizingPlan(List<Integer> memoriesMb, List<String> arches, CpuModel cpu, CalibratedDurations calibration,
                         int referenceMemoryMb, SizingStrategy strategy, double balancedWeight, int threads,
                         Month month, Long periodUs, CalibratedDurations arm64Calibration) {

    /** One duration model for every architecture. */
    public SizingPlan(List<Integer> memoriesMb, List<String> arches, CpuModel cpu, CalibratedDurations calibration,
                      int referenceMemoryMb, SizingStrategy strategy, double balancedWeight, int threads,
                      Month month, Long periodUs) {
        this(memoriesMb, arches, cpu, calibration, referenceMemoryMb, strategy, balancedWeight, threads, month, periodUs,
                null);
    }

    /** Power Tuning's default memory list plus 1,769 MB (one vCPU) and the larger sizes of today. */
    public static final List<Integer> DEFAULT_MEMORIES = List.of(128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 10240);
    public static final int FALLBACK_REFERENCE_MB = 512;

    public SizingPlan {
        memoriesMb = List.copyOf(memoriesMb);
        arches = List.copyOf(arches);
        if (memoriesMb.isEmpty() || arches.isEmpty()) {
            throw new IllegalArgumentException("sizing needs at least one memory size and one architecture");
        }
        for (int m : memoriesMb) {
            if (m < CpuModel.MIN_MEMORY_MB || m > CpuModel.MAX_MEMORY_MB) {
                throw new IllegalArgumentException("memory " + m + " MB outside " + CpuModel.MIN_MEMORY_MB
                        + ".." + CpuModel.MAX_MEMORY_MB);
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        if (!(balancedWeight >= 0 && balancedWeight <= 1)) {
            throw new IllegalArgumentException("balanced weight " + balancedWeight + " outside 0..1");
        }
    }

    public DurationModel model() {
        return calibration != null ? calibration : DurationModel.cpuShare(cpu);
    }

    /**
     * The architecture's own model: arm64's calibration when given, else {@link #model()}. The workload's
     * durations are taken as recorded on x86_64, so with both calibrations arm64's are scaled across
     * ({@link CrossArchitecture}); with arm64's alone, arm64 follows its curve and x86_64 the CPU model.
     */
    public DurationModel model(String arch) {
        if (!ARM64.equals(arch) || arm64Calibration == null) {
            return model();
        }
        return calibration == null ? arm64Calibration : new CrossArchitecture(calibration, arm64Calibration);
    }

    /** True when the architectures' durations come from different models (an arm64 calibration is given). */
    public boolean perArch() {
        return arm64Calibration != null;
    }

    /** The architecture a separate calibration may be given for. */
    public static final String ARM64 = "arm64";
}
