package io.lambdasim.traces.generate;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;

/**
 * The invocations of a {@link WorkloadSpec}: every function's arrival stream merged in start order
 * by a primitive heap. State is O(number of functions); nothing is allocated per invocation, so a
 * 30-day horizon at 1000/s streams in constant memory.
 *
 * <p>Fields a generator cannot observe (INIT, billed duration, payload) are MISSING; status is
 * UNKNOWN because the outcome (timeout, throttle) is the simulator's to decide.
 */
final class GeneratedCursor implements InvocationCursor {

    private final FunctionTable functions = new FunctionTable();
    private final ArrivalStream[] arrivals;
    private final DurationDistribution.Sampler[] durations;
    private final int[] memoryMb;
    private final int[] maxMemoryMb;
    private final int[] invocationType;
    private final StreamHeap heap;
    private final long horizonUs;
    private final TraceReport report;

    private int function = MISSING;
    private long startUs = MISSING;
    private long durationUs = MISSING;

    GeneratedCursor(List<FunctionSpec> specs, long horizonUs, long seed) {
        int n = specs.size();
        arrivals = new ArrivalStream[n];
        durations = new DurationDistribution.Sampler[n];
        memoryMb = new int[n];
        maxMemoryMb = new int[n];
        invocationType = new int[n];
        heap = new StreamHeap(n);
        this.horizonUs = horizonUs;
        // Columns a writer should emit: only the fields some function sets (memory=, max_memory=, type=).
        EnumSet<TraceField> fields = EnumSet.noneOf(TraceField.class);
        for (int i = 0; i < n; i++) {
            FunctionSpec f = specs.get(i);
            functions.intern(f.name());   // ids follow spec order
            // Well19937c: the WELL generator commons-math recommends; long period, fast, seedable.
            arrivals[i] = f.arrivals().open(new Well19937c(Seeds.arrivals(seed, f.name())), horizonUs);
            durations[i] = f.duration().sampler(new Well19937c(Seeds.durations(seed, f.name())));
            memoryMb[i] = f.memoryMb();
            maxMemoryMb[i] = f.maxMemoryMb();
            invocationType[i] = f.invocationType();
            if (f.memoryMb() != MISSING) {
                fields.add(TraceField.MEMORY);
            }
            if (f.maxMemoryMb() != MISSING) {
                fields.add(TraceField.MAX_MEMORY);
            }
            if (f.invocationType() != InvocationType.UNKNOWN) {
                fields.add(TraceField.INVOCATION_TYPE);
            }
            long first = arrivals[i].next();
            if (first < horizonUs) {
                heap.add(i, first);
            }
        }
        report = new TraceReport("generated", fields);
        report.covered(horizonUs);
    }

    @Override
    public boolean next() {
        if (heap.isEmpty()) {
            function = MISSING;
            return false;
        }
        function = heap.topStream();
        startUs = heap.topKey();
        durationUs = durations[function].sampleUs();
        long following = arrivals[function].next();
        if (following < horizonUs) {
            heap.replaceTopKey(following);
        } else {
            heap.removeTop();
        }
        report.rowRead();
        return true;
    }

    @Override
    public FunctionTable functions() {
        return functions;
    }

    @Override
    public int functionId() {
        return function;
    }

    @Override
    public long startUs() {
        return startUs;
    }

    @Override
    public long durationUs() {
        return durationUs;
    }

    @Override
    public int memoryMb() {
        return memoryMb[function];
    }

    @Override
    public int maxMemoryUsedMb() {
        return maxMemoryMb[function];
    }

    @Override
    public long initUs() {
        return MISSING;
    }

    @Override
    public long billedUs() {
        return MISSING;
    }

    @Override
    public int status() {
        return Status.UNKNOWN;
    }

    @Override
    public int invocationType() {
        return invocationType[function];
    }

    @Override
    public long payloadBytes() {
        return MISSING;
    }

    /** Which optional fields the spec sets, and how many invocations were produced so far. */
    @Override
    public TraceReport report() {
        return report;
    }

    @Override
    public void close() {
        // nothing to release: generation holds no files
    }
}
