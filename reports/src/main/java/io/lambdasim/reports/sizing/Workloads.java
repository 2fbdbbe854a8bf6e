package io.lambdasim.reports.sizing;

import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.nio.file.Path;

/**
 * Loads the workload a sizing or trace-based break-even replays many times: a trace file or a
 * generator spec, recorded once into memory ({@link InvocationArrays}) so every replay reads
 * arrays instead of the file.
 */
public final class Workloads {

    private Workloads() {
    }

    /** The workload of a scenario source (reader options, seeds and traffic scale applied), in memory. */
    public static InvocationArrays load(io.lambdasim.reports.run.TraceSource source) {
        try (InvocationCursor c = source.open()) {
            InvocationArrays a = InvocationArrays.record(c);
            if (a.size() == 0) {
                throw new IllegalArgumentException(source.describe() + " has no invocations");
            }
            return a;
        }
    }

    /** Exactly one of {@code trace} and {@code spec} is non-null. */
    public static InvocationArrays load(Path trace, String format, String spec) {
        if ((trace == null) == (spec == null)) {
            throw new IllegalArgumentException("give exactly one of --trace FILE and --generate SPEC");
        }
        try (InvocationCursor c = trace != null ? Traces.open(trace, format, ReadOptions.DEFAULTS)
                : WorkloadSpec.parse(spec).open()) {
            InvocationArrays a = InvocationArrays.record(c);
            if (a.size() == 0) {
                throw new IllegalArgumentException((trace != null ? trace.toString() : "the generated workload")
                        + " has no invocations");
            }
            return a;
        }
    }
}
