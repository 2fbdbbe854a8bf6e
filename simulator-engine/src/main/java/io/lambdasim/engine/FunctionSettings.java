package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
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
 * @param init        INIT model of a simulated cold start (e.g. one fitted to the function's logs);
 *                    wins over the runtime's preset
 * @param cpuFraction CPU-bound share of the duration (the {@link CpuModel}'s; the run's threads)
 * @param source      event source and its settings (each inherits on its own)
 */
public record FunctionSettings(Integer memoryMb, Long timeoutUs, String runtime, Integer reserved,
                               ProvisionedSchedule provisioned, KeepAlive keepAlive, InitModel init, Double cpuFraction,
                               SourceSettings source) {

    public static final FunctionSettings INHERIT = new FunctionSettings(null, null, null, null, null, null);

    /** Settings without a per-function INIT model, CPU share or event-source settings. */
    public FunctionSettings(Integer memoryMb, Long timeoutUs, String runtime, Integer reserved,
                            ProvisionedSchedule provisioned, KeepAlive keepAlive) {
        this(memoryMb, timeoutUs, runtime, reserved, provisioned, keepAlive, null, null, SourceSettings.NONE);
    }

    /** Settings with event-source settings, without a per-function INIT model or CPU share. */
    public FunctionSettings(Integer memoryMb, Long timeoutUs, String runtime, Integer reserved,
                            ProvisionedSchedule provisioned, KeepAlive keepAlive, SourceSettings source) {
        this(memoryMb, timeoutUs, runtime, reserved, provisioned, keepAlive, null, null, source);
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
        if (cpuFraction != null && !(cpuFraction >= 0 && cpuFraction <= 1)) {
            throw new IllegalArgumentException("cpu fraction " + cpuFraction + " outside 0..1");
        }
    }

    /** The same settings with another keep-alive policy (null: inherit). */
    public FunctionSettings withKeepAlive(KeepAlive k) {
        return new FunctionSettings(memoryMb, timeoutUs, runtime, reserved, provisioned, k, init, cpuFraction, source);
    }

    /** The same settings with another INIT model (null: inherit). */
    public FunctionSettings withInit(InitModel m) {
        return new FunctionSettings(memoryMb, timeoutUs, runtime, reserved, provisioned, keepAlive, m, cpuFraction, source);
    }

    /** The same settings with another CPU-bound share (null: inherit). */
    public FunctionSettings withCpuFraction(Double f) {
        return new FunctionSettings(memoryMb, timeoutUs, runtime, reserved, provisioned, keepAlive, init, f, source);
    }
}
