package io.lambdasim.traces;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written trace for tests (published in this module's test jar for the modules above):
 * rows added in time order, read back through the {@link InvocationCursor} contract. Times are
 * given in ms by the shorthands and in µs in a {@link Row}.
 *
 * <pre>{@code
 * TraceRows.of().add("f", 0, 100).add("f", 11 * 60_000, 100).async("g", 500, 1000, Status.ERROR)
 * }</pre>
 */
public final class TraceRows implements InvocationCursor {

    /** One invocation; fields the trace does not carry are {@link InvocationCursor#MISSING}. */
    public record Row(String function, long startUs, long durationUs, int memoryMb, int maxMemoryUsedMb, long initUs,
                      long billedUs, int status, int type, long payloadBytes) {

        /** A row without a payload size. */
        public Row(String function, long startUs, long durationUs, int memoryMb, int maxMemoryUsedMb, long initUs,
                   long billedUs, int status, int type) {
            this(function, startUs, durationUs, memoryMb, maxMemoryUsedMb, initUs, billedUs, status, type, MISSING);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final FunctionTable functions = new FunctionTable();
    private int index = -1;
    private int functionId;
    private boolean closed;

    public static TraceRows of() {
        return new TraceRows();
    }

    /** A successful synchronous invocation. */
    public TraceRows add(String function, long startMs, long durationMs) {
        return add(new Row(function, startMs * 1000, durationMs * 1000, MISSING, MISSING, MISSING, MISSING,
                Status.SUCCESS, InvocationType.SYNC));
    }

    /** An asynchronous invocation with the given {@link Status}. */
    public TraceRows async(String function, long startMs, long durationMs, int status) {
        return add(new Row(function, startMs * 1000, durationMs * 1000, MISSING, MISSING, MISSING, MISSING,
                status, InvocationType.ASYNC));
    }

    public TraceRows add(Row row) {
        rows.add(row);
        return this;
    }

    /** Whether {@link #close()} was called (for tests of cursor owners). */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            return false;
        }
        index++;
        functionId = functions.intern(rows.get(index).function());
        return true;
    }

    private Row row() {
        return rows.get(index);
    }

    @Override
    public FunctionTable functions() {
        return functions;
    }

    @Override
    public int functionId() {
        return functionId;
    }

    @Override
    public long startUs() {
        return row().startUs();
    }

    @Override
    public long durationUs() {
        return row().durationUs();
    }

    @Override
    public int memoryMb() {
        return row().memoryMb();
    }

    @Override
    public int maxMemoryUsedMb() {
        return row().maxMemoryUsedMb();
    }

    @Override
    public long initUs() {
        return row().initUs();
    }

    @Override
    public long billedUs() {
        return row().billedUs();
    }

    @Override
    public int status() {
        return row().status();
    }

    @Override
    public int invocationType() {
        return row().type();
    }

    @Override
    public long payloadBytes() {
        return row().payloadBytes();
    }

    @Override
    public void close() {
        closed = true;
    }
}
