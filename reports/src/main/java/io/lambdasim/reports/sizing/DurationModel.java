package io.lambdasim.reports.sizing;

import io.lambdasim.engine.CpuModel;

/**
 * How a function's duration changes with its memory: the engine's CPU-share model by default, or
 * a curve calibrated from the user's own measurements.
 */
public interface DurationModel {

    /** Factor by which a duration measured at {@code referenceMb} is multiplied at {@code memoryMb}. */
    double factor(int referenceMb, int memoryMb);

    /** One line for the report: which model, with its parameters. */
    String description();

    /** Short name for JSON: {@code cpu-share} or {@code calibrated}. */
    String kind();

    /** The engine's model ({@link CpuModel}): a CPU-bound share scaling with usable vCPUs. */
    static DurationModel cpuShare(CpuModel cpu) {
        return new DurationModel() {
            @Override
            public double factor(int referenceMb, int memoryMb) {
                return cpu.durationFactor(referenceMb, memoryMb);
            }

            @Override
            public String description() {
                return "CPU-share model: cpu-fraction " + cpu.cpuFraction() + ", threads " + cpu.threads()
                        + " (1,769 MB = 1 vCPU)";
            }

            @Override
            public String kind() {
                return "cpu-share";
            }
        };
    }
}
