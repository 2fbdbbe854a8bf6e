package io.lambdasim.engine;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The outcome of one run.
 *
 * @param total            all functions together
 * @param functions        one entry per function, in the trace's function-id order
 * @param horizonUs        trace time 0 to the last arrival or completion (the averages' denominator)
 * @param latencyHistogram latency of all started trace invocations, µs (a copy; for distribution charts)
 * @param timeline         per-bucket series, or null when no bucket width was configured
 * @param config           the configuration that produced it
 */
public record SimulationResult(UsageStats total, List<UsageStats> functions, long horizonUs,
                               Histogram latencyHistogram, Timeline timeline, SimulationConfig config) {

    public SimulationResult {
        functions = List.copyOf(functions);
    }

    public UsageStats function(String name) {
        for (UsageStats f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no function '" + name + "' in the result");
    }
}
