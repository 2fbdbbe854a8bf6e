package io.lambdasim.engine.lmi;

/**
 * One execution environment of a Managed Instances function: its memory, the vCPUs that memory
 * buys at the configured memory-to-vCPU ratio, and how many invocations it runs at once.
 *
 * @param memoryMb       memory of the environment, MB (at least 2,048)
 * @param vcpus          vCPUs of the environment
 * @param maxConcurrency invocations it runs at once (PerExecutionEnvironmentMaxConcurrency, 1..1,600)
 */
public record EnvironmentShape(int memoryMb, int vcpus, int maxConcurrency) {

    public EnvironmentShape {
        if (memoryMb < ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB) {
            throw new IllegalArgumentException("environment memory " + memoryMb + " MB is below Managed Instances' minimum of "
                    + ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB + " MB");
        }
        if (vcpus < 1) {
            throw new IllegalArgumentException("environment vCPUs " + vcpus + " must be at least 1");
        }
        if (maxConcurrency < 1 || maxConcurrency > ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT) {
            throw new IllegalArgumentException("max_concurrency " + maxConcurrency + " outside 1.."
                    + ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT);
        }
    }

    /**
     * The shape of a function configured with {@code memoryMb} at {@code gibPerVcpu} GiB per vCPU:
     * {@code vcpus = ⌊memory / (ratio × 1024)⌋} (at least 1), and the runtime's default concurrency
     * per vCPU times those vCPUs when {@code maxConcurrency} is null.
     */
    public static EnvironmentShape of(int memoryMb, double gibPerVcpu, String runtime, Integer maxConcurrency) {
        if (!(gibPerVcpu >= 2 && gibPerVcpu <= 8)) {
            throw new IllegalArgumentException("memory per vCPU " + gibPerVcpu + " GiB outside 2..8");
        }
        int vcpus = Math.max(1, (int) Math.floor(memoryMb / (gibPerVcpu * 1024)));
        int conc = maxConcurrency != null ? maxConcurrency
                : Math.min(ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT, vcpus * ManagedInstancesDefaults.maxConcurrencyPerVcpu(runtime));
        return new EnvironmentShape(memoryMb, vcpus, conc);
    }
}
