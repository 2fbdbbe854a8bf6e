package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import java.util.ArrayList;
import java.util.List;

/** A hand-written trace for tests: rows added in time order, read back through the cursor contract. */
final class ListCursor implements InvocationCursor {

    record Row(String function, long startUs, long durationUs, int memoryMb, int maxMemoryUsedMb, long initUs,
               long billedUs, int status, int type) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final FunctionTable functions = new FunctionTable();
    private int index = -1;
    private int functionId;

    static ListCursor of() {
        return new ListCursor();
    }

    /** A successful synchronous invocation. */
    ListCursor add(String function, long startMs, long durationMs) {
        return add(new Row(function, startMs * 1000, durationMs * 1000, MISSING, MISSING, MISSING, MISSING,
                Status.SUCCESS, InvocationType.SYNC));
    }

    ListCursor async(String function, long startMs, long durationMs, int status) {
        return add(new Row(function, startMs * 1000, durationMs * 1000, MISSING, MISSING, MISSING, MISSING,
                status, InvocationType.ASYNC));
    }

    ListCursor add(Row row) {
        rows.add(row);
        return this;
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
        return MISSING;
    }

    @Override
    public void close() {
    }
}
