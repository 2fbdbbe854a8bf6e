package io.lambdasim.traces.scale;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;

/** A hand-made in-memory trace for tests: starts and function names, 100 ms each. */
final class ArrayCursor implements InvocationCursor {
    private final long[] starts;
    private final String[] names;
    private final FunctionTable functions = new FunctionTable();
    private int i = -1;
    private int fid;
    boolean closed;

    ArrayCursor(long[] starts, String[] names) {
        this.starts = starts;
        this.names = names;
    }

    @Override
    public boolean next() {
        if (++i >= starts.length) {
            return false;
        }
        fid = functions.intern(names[i]);
        return true;
    }

    @Override public FunctionTable functions() { return functions; }
    @Override public int functionId() { return fid; }
    @Override public long startUs() { return starts[i]; }
    @Override public long durationUs() { return 100_000; }
    @Override public int memoryMb() { return 128; }
    @Override public int maxMemoryUsedMb() { return MISSING; }
    @Override public long initUs() { return MISSING; }
    @Override public long billedUs() { return MISSING; }
    @Override public int status() { return Status.SUCCESS; }
    @Override public int invocationType() { return InvocationType.SYNC; }
    @Override public long payloadBytes() { return MISSING; }
    @Override public void close() { closed = true; }
}
