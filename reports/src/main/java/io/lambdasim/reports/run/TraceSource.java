package io.lambdasim.reports.run;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import io.lambdasim.traces.pipe.PipelinedCursor;
import io.lambdasim.traces.scale.TrafficScaling;
import java.nio.file.Path;

/**
 * Where a scenario's invocations come from: a trace file (with an optional format, detected
 * otherwise, and reader options) or a generator spec, optionally scaled in traffic. Re-openable:
 * every {@link #open()} starts a fresh stream over the same invocations, so the Lambda simulation
 * and an EC2 fleet replay can read the same workload one after the other, each in constant memory.
 *
 * @param trace        trace file, or null with {@code generate}
 * @param format       trace format id, or null to detect it
 * @param read         reader options
 * @param generate     generator spec ({@link WorkloadSpec} syntax), or null with {@code trace}
 * @param trafficScale traffic factor k (1 = as recorded; &lt;1 thins, &gt;1 superposes shifted copies)
 * @param seed         seed of the traffic scaling
 * @param generatorSeed seed of the generator, overriding the spec's {@code seed=} (as
 *                     {@code trace generate --seed} does), or null for the spec's own
 * @param periodUs     the period the workload covers when the user said ({@code --period}), else null
 *                     (then the source's own: see {@link Period#of})
 */
public record TraceSource(Path trace, String format, ReadOptions read, String generate, double trafficScale, long seed,
                          Long generatorSeed, Long periodUs) {

    public TraceSource {
        if ((trace == null) == (generate == null || generate.isBlank())) {
            throw new IllegalArgumentException("give either a trace file or a generator spec (not both, not neither)");
        }
        if (read == null) {
            read = ReadOptions.DEFAULTS;
        }
        if (!(trafficScale > 0) || trafficScale > TrafficScaling.MAX_FACTOR) {
            throw new IllegalArgumentException("traffic scale " + trafficScale + " outside (0, " + (long) TrafficScaling.MAX_FACTOR + "]");
        }
        if (generate != null) {
            WorkloadSpec.parse(generate); // fail on a bad spec before any work
        }
        if (periodUs != null && periodUs <= 0) {
            throw new IllegalArgumentException("period " + periodUs + " µs must be longer than zero");
        }
    }

    public static TraceSource file(Path trace, String format, ReadOptions read) {
        return new TraceSource(trace, format, read, null, 1.0, io.lambdasim.traces.DefaultSeed.VALUE, null, null);
    }

    public static TraceSource generated(String spec) {
        return new TraceSource(null, null, null, spec, 1.0, io.lambdasim.traces.DefaultSeed.VALUE, null, null);
    }

    public TraceSource withTrafficScale(double k, long scaleSeed) {
        return new TraceSource(trace, format, read, generate, k, scaleSeed, generatorSeed, periodUs);
    }

    /**
     * A fresh cursor over the (scaled) invocations, read and decoded on a thread of its own
     * ({@link PipelinedCursor}) so the simulation's thread never parses; the caller closes it.
     */
    public InvocationCursor open() {
        if (trafficScale == 1.0) {
            return PipelinedCursor.start(openRaw());
        }
        return PipelinedCursor.start(TrafficScaling.scale(this::openRaw, trafficScale, seed));
    }

    private InvocationCursor openRaw() {
        if (trace != null) {
            return Traces.open(trace, format, read);
        }
        WorkloadSpec spec = WorkloadSpec.parse(generate);
        return generatorSeed == null ? spec.open() : spec.open(generatorSeed);
    }

    /** What a user would call it: the file name or the spec. */
    public String describe() {
        String base = trace != null ? trace.toString() : "generate:" + generate;
        return trafficScale == 1.0 ? base : base + " x" + trafficScale;
    }
}
