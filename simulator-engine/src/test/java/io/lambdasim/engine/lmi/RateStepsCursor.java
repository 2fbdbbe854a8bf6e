package io.lambdasim.engine.lmi;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Status;

/**
 * Evenly spaced arrivals of one function whose rate changes at given times: segment k runs until
 * {@code untilUs[k]} with one arrival every {@code gapUs[k]}. Every invocation lasts
 * {@code durationUs} at {@code memoryMb}. Generated on the fly: nothing allocated per row.
 */
final class RateStepsCursor implements InvocationCursor {
    private final long[] untilUs;
    private final long[] gapUs;
    private final long durationUs;
    private final int memoryMb;
    private final int type;
    private final FunctionTable functions = new FunctionTable();
    private int segment;
    private long next;
    private long current = -1;

    RateStepsCursor(long[] untilUs, long[] gapUs, long durationUs, int memoryMb, int type) {
        this.untilUs = untilUs;
        this.gapUs = gapUs;
        this.durationUs = durationUs;
        this.memoryMb = memoryMb;
        this.type = type;
        functions.intern("f");
    }

    @Override
    public boolean next() {
        while (segment < untilUs.length && next >= untilUs[segment]) {
            segment++;
        }
        if (segment == untilUs.length) {
            return false;
        }
        current = next;
        next += gapUs[segment];
        return true;
    }

    @Override public FunctionTable functions() { return functions; }
    @Override public int functionId() { return 0; }
    @Override public long startUs() { return current; }
    @Override public long durationUs() { return durationUs; }
    @Override public int memoryMb() { return memoryMb; }
    @Override public int maxMemoryUsedMb() { return MISSING; }
    @Override public long initUs() { return MISSING; }
    @Override public long billedUs() { return MISSING; }
    @Override public int status() { return Status.SUCCESS; }
    @Override public int invocationType() { return type; }
    @Override public long payloadBytes() { return MISSING; }
    @Override public void close() { }
}
