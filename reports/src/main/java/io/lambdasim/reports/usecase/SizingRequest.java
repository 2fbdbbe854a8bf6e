package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.pricing.Month;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingStrategy;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory sizing ({@code lambdasim sizing}, the app's Memory sizing screen): the workload simulated
 * at every memory size, priced per architecture, and one configuration recommended.
 *
 * @param workload          the workload
 * @param memories          sizes to try, or null for the default list within the billing rules' range
 * @param arches            architectures to price
 * @param cpu               the CPU model (when there is no calibration)
 * @param calibration       measured durations (Power Tuning output or CSV), or null
 * @param referenceMemoryMb memory the durations were measured at, or null for each row's own (else 512)
 * @param strategy          how to recommend
 * @param balancedWeight    weight of cost in the balanced strategy
 * @param jobs              simulations at once (the result does not depend on it)
 * @param seed              seed of the simulations
 * @param month             the month
 * @param periodUs          the period the workload covers when given, else null
 * @param prices            which prices
 * @param model             keep-alive, INIT, per-function settings and the ranges the figures are uncertain over
 * @param calibrationArm64  the durations measured on arm64, or null (then {@code calibration} serves both)
 */
public record SizingRequest(TraceSource workload, List<Integer> memories, List<String> arches, CpuModel cpu,
                            Path calibration, Integer referenceMemoryMb, SizingStrategy strategy, double balancedWeight,
                            int jobs, long seed, Month month, Long periodUs, PriceChoice prices, ModelChoice model,
                            Path calibrationArm64) {

    /** One calibration (or none) for every architecture. */
    public SizingRequest(TraceSource workload, List<Integer> memories, List<String> arches, CpuModel cpu,
                         Path calibration, Integer referenceMemoryMb, SizingStrategy strategy, double balancedWeight,
                         int jobs, long seed, Month month, Long periodUs, PriceChoice prices, ModelChoice model) {
        this(workload, memories, arches, cpu, calibration, referenceMemoryMb, strategy, balancedWeight, jobs, seed, month,
                periodUs, prices, model, null);
    }

    public SizingRequest {
        memories = memories == null ? null : List.copyOf(memories);
        arches = List.copyOf(arches);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs " + jobs + ": expected at least 1");
        }
    }

    public static SizingRequest from(SettingValues v) {
        ModelChoice model = ModelChoice.from(v);
        return new SizingRequest(Workload.from(v), v.get(Settings.MEMORY_SIZES), v.get(Settings.ARCHES),
                model.simulation().cpu(), v.get(Settings.CALIBRATION),
                v.get(Settings.REFERENCE_MEMORY_MB), SizingStrategy.parse(v.get(Settings.STRATEGY)),
                v.get(Settings.BALANCED_WEIGHT), v.getOr(Settings.JOBS, Runtime.getRuntime().availableProcessors()),
                v.get(Settings.SEED), Month.ofHours(v.get(Settings.HOURS)), v.get(Settings.PERIOD), PriceChoice.from(v), model,
                v.get(Settings.CALIBRATION_ARM64));
    }
}
