package io.lambdasim.pricing.breakeven;

/**
 * What one request asks of a server, wherever it runs.
 *
 * @param cpuSecondsPerRequest  CPU time on one full vCPU (the duration's CPU-bound share, converted
 *                              from Lambda's fractional vCPU by the engine's CPU model)
 * @param wallSecondsPerRequest how long the request holds its memory on an instance (CPU part on a
 *                              full vCPU plus the waiting part)
 * @param residentMbPerRequest  memory each concurrent request keeps resident, MB (max memory used,
 *                              or the configured memory when unknown)
 */
public record RequestNeeds(double cpuSecondsPerRequest, double wallSecondsPerRequest, double residentMbPerRequest) {
    public RequestNeeds {
        if (!(cpuSecondsPerRequest >= 0) || !(wallSecondsPerRequest > 0) || !(residentMbPerRequest > 0)) {
            throw new IllegalArgumentException("request needs must be positive: cpu " + cpuSecondsPerRequest
                    + " s, wall " + wallSecondsPerRequest + " s, memory " + residentMbPerRequest + " MB");
        }
    }

    /**
     * Needs of a Lambda invocation measured at {@code memoryMb}: its duration, the CPU-bound share
     * {@code cpuFraction} of it, and the vCPU share Lambda gave it ({@code lambdaVcpus}, e.g.
     * 512/1769 at 512 MB). The CPU-bound part did {@code cpuFraction·duration·lambdaVcpus}
     * vCPU-seconds of work; on an instance that work runs on full vCPUs (at most
     * {@code usableThreads} at once), the rest of the duration (I/O waits) is unchanged.
     */
    public static RequestNeeds fromLambda(double durationSeconds, double cpuFraction, double lambdaVcpus,
                                          int usableThreads, double residentMb) {
        double cpu = durationSeconds * cpuFraction * lambdaVcpus;
        double wall = durationSeconds * (1 - cpuFraction) + cpu / Math.max(1, usableThreads);
        return new RequestNeeds(cpu, Math.max(wall, 1e-6), residentMb);
    }
}
