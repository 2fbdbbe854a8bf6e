package io.lambdasim.engine;

import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.source.SourceSettings;

/**
 * Settings of one function (or of every function a name pattern matches); {@code null} fields
 * inherit the run's defaults from {@link SimulationConfig}.
 *
 * @param memoryMb    configured memory
 * @param timeoutUs   function timeout
 * @param runtime     Lambda runtime identifier (e.g. {@code python3.12}, {@code java21}); picks an INIT preset
 * @param reserved    reserved concurrency (caps the function and is carved out of the account limit)
 * @param provisioned provisioned concurrency
 * @param keepAlive   keep-alive policy
 * @param source      event source and its settings (each inherits on its own)
 */
public record FunctionSettings(Integer memoryMb, Long timeoutUs, String runtime, Integer reserved,
                               ProvisionedSchedule provisioned, KeepAlive keepAlive, SourceSettings source) {

    public static final FunctionSettings INHERIT = new FunctionSettings(null, null, null, null, null, null);

    /** Settings without event-source settings. */
    public FunctionSettings(Integer memoryMb, Long timeoutUs, String runtime, Integer reserved,
                            ProvisionedSchedule provisioned, KeepAlive keepAlive) {
        this(memoryMb, timeoutUs, runtime, reserved, provisioned, keepAlive, SourceSettings.NONE);
    }

    public FunctionSettings {
        source = source == null ? SourceSettings.NONE : source;
        if (memoryMb != null && (memoryMb < CpuModel.MIN_MEMORY_MB || memoryMb > CpuModel.MAX_MEMORY_MB)) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB outside " + CpuModel.MIN_MEMORY_MB + ".." + CpuModel.MAX_MEMORY_MB);
        }
        if (timeoutUs != null && timeoutUs <= 0) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (reserved != null && reserved < 0) {
            throw new IllegalArgumentException("reserved concurrency " + reserved + " must be at least 0");
        }
    }
}
