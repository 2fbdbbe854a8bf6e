package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;

/**
 * The settings of one function, resolved once: the first matching {@link FunctionRule}'s values
 * over the run's defaults ({@link SimulationConfig#settingsFor}). The simulation builds a function's
 * state from this when the trace first names it; anything else that needs a function's settings
 * (validation, reports) asks for the same record instead of re-deriving it.
 *
 * @param name               the function
 * @param memoryMb           configured memory, or {@link InvocationCursor#MISSING}: the trace's
 *                           memory field ({@link #memoryMb(int)})
 * @param timeoutUs          function timeout
 * @param reserved           reserved concurrency, or MISSING (the shared unreserved pool)
 * @param provisioned        provisioned concurrency
 * @param keepAlive          keep-alive policy
 * @param init               INIT model (a runtime preset, else the run's)
 * @param maxEventAgeUs      async events older than this are dropped
 * @param asyncRetryDelaysUs delays of the retries of a failed async invocation
 */
public record FunctionConfig(String name, int memoryMb, long timeoutUs, int reserved, ProvisionedSchedule provisioned,
                             KeepAlive keepAlive, InitModel init, long maxEventAgeUs, List<Long> asyncRetryDelaysUs) {

    public FunctionConfig {
        asyncRetryDelaysUs = List.copyOf(asyncRetryDelaysUs);
    }

    /**
     * The memory the function runs with: the configured one, else the trace's when it is a valid
     * Lambda size, else {@value SimulationConfig#FALLBACK_MEMORY_MB} MB.
     */
    public int memoryMb(int traceMemoryMb) {
        if (memoryMb != InvocationCursor.MISSING) {
            return memoryMb;
        }
        return traceMemoryMb >= CpuModel.MIN_MEMORY_MB && traceMemoryMb <= CpuModel.MAX_MEMORY_MB ? traceMemoryMb
                : SimulationConfig.FALLBACK_MEMORY_MB;
    }
}
