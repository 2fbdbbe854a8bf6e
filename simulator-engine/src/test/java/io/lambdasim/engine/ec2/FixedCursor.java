package io.lambdasim.engine.ec2;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;

/** A hand-made trace: starts and durations in µs, one function, memory given per trace. */
final class FixedCursor implements InvocationCursor {
    private final long[] starts;
    private final long[] durations;
    private final int memoryMb;
    private final FunctionTable functions = new FunctionTable();
    private int i = -1;

    FixedCursor(long[] starts, long[] durations, int memoryMb) {
        this.starts = starts;
        this.durations = durations;
        this.memoryMb = memoryMb;
        functions.intern("f");
    }

    /** {@code count} requests every {@code gapUs} from {@code fromUs}, each {@code durationUs} long. */
    static long[][] every(long fromUs, long gapUs, int count, long durationUs) {
        long[] s = new long[count];
        long[] d = new long[count];
        for (int k = 0; k < count; k++) {
            s[k] = fromUs + k * gapUs;
            d[k] = durationUs;
        }
        return new long[][] {s, d};
    }

    @Override
    public boolean next() {
        return ++i < starts.length;
    }

    @Override public FunctionTable functions() { return functions; }
    @Override public int functionId() { return 0; }
    @Override public long startUs() { return starts[i]; }
    @Override public long durationUs() { return durations[i]; }
    @Override public int memoryMb() { return memoryMb; }
    @Override public int maxMemoryUsedMb() { return MISSING; }
    @Override public long initUs() { return MISSING; }
    @Override public long billedUs() { return MISSING; }
    @Override public int status() { return Status.SUCCESS; }
    @Override public int invocationType() { return InvocationType.SYNC; }
    @Override public long payloadBytes() { return MISSING; }
    @Override public void close() { }
}
