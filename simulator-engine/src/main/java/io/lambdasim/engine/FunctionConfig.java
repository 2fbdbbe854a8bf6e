package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.source.AsyncSource;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SqsSource;
import io.lambdasim.engine.source.StreamSource;
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
 * @param source             what invokes the function; null: each trace row's own trigger
 *                           (sync or unknown: {@link SourceKind#SYNC}; async or poll: {@link SourceKind#ASYNC})
 * @param async              retries and maximum event age of async events (and schedules)
 * @param asyncRetryDelaysUs delays of the retries of a failed async invocation ({@code async.retries()} of them)
 * @param sqs                the SQS mapping when the source is sqs, else null
 * @param stream             the stream mapping when the source is kinesis or dynamodb-streams, else null
 */
public record FunctionConfig(String name, int memoryMb, long timeoutUs, int reserved, ProvisionedSchedule provisioned,
                             KeepAlive keepAlive, InitModel init, SourceKind source, AsyncSource async,
                             List<Long> asyncRetryDelaysUs, SqsSource sqs, StreamSource stream) {

    public FunctionConfig {
        asyncRetryDelaysUs = List.copyOf(asyncRetryDelaysUs);
        if (asyncRetryDelaysUs.size() != async.retries()) {
            throw new IllegalArgumentException(asyncRetryDelaysUs.size() + " retry delays for " + async.retries() + " retries");
        }
        if ((source == SourceKind.SQS) != (sqs != null) || (source != null && source.isStream()) != (stream != null)) {
            throw new IllegalArgumentException("source " + source + " without its mapping settings");
        }
        if (provisioned.count() > 0 && reserved != InvocationCursor.MISSING && provisioned.count() > reserved) {
            throw new IllegalArgumentException("function '" + name + "': provisioned concurrency " + provisioned.count()
                    + " above its reserved concurrency " + reserved + " (AWS allows at most the reservation)");
        }
    }

    /** Async events older than this are dropped. */
    public long maxEventAgeUs() {
        return async.maxEventAgeUs();
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
