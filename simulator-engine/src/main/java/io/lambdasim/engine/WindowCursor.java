package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationColumns;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * One group's invocations of one window of a {@link ParallelSimulation}, as primitive columns, and
 * after them a marker: {@link #PAUSE} at the window's end (the next window's first start: the
 * group handles every event before it, then waits), or {@link #END} at the last start of the whole
 * trace (from there on the trace is done, as in the coupled run, whichever group held that last
 * invocation). Refilled every other window; arrays grow to the largest window, never with the trace.
 */
final class WindowCursor implements InvocationCursor {

    /** Marker ids: far above any function id, so the engine's prefetch ignores them. */
    static final int PAUSE = Integer.MAX_VALUE;
    static final int END = Integer.MAX_VALUE - 1;

    private final FunctionTable names;
    /** Names the trace first mentioned in this window (global id order); every group interns them. */
    final List<String> newNames = new ArrayList<>();
    private final InvocationColumns rows = new InvocationColumns(256);
    private int markerId;
    private long markerUs;
    private int pos = -1;

    WindowCursor(FunctionTable names) {
        this.names = names;
    }

    void clear() {
        rows.clear();
        pos = -1;
        markerId = 0;
        newNames.clear();
    }

    /** Copies the current invocation of {@code c}. */
    void add(InvocationCursor c) {
        rows.add(c);
    }

    /** Ends the window with a marker ({@link #PAUSE} or {@link #END}) at {@code timeUs}. */
    void mark(int id, long timeUs) {
        markerId = id;
        markerUs = timeUs;
    }

    int size() {
        return rows.size();
    }

    @Override
    public boolean next() {
        return ++pos < rows.size() + (markerId != 0 ? 1 : 0);
    }

    private boolean atMarker() {
        return pos == rows.size();
    }

    @Override
    public FunctionTable functions() {
        return names;
    }

    @Override
    public int functionId() {
        return atMarker() ? markerId : rows.functionId(pos);
    }

    @Override
    public long startUs() {
        return atMarker() ? markerUs : rows.startUs(pos);
    }

    @Override
    public long durationUs() {
        return rows.durationUs(pos);
    }

    @Override
    public int memoryMb() {
        return rows.memoryMb(pos);
    }

    @Override
    public int maxMemoryUsedMb() {
        return rows.maxMemoryUsedMb(pos);
    }

    @Override
    public long initUs() {
        return rows.initUs(pos);
    }

    @Override
    public long billedUs() {
        return rows.billedUs(pos);
    }

    @Override
    public long initBilledUs() {
        return rows.initBilledUs(pos);
    }

    @Override
    public int status() {
        return rows.status(pos);
    }

    @Override
    public int invocationType() {
        return rows.invocationType(pos);
    }

    @Override
    public long payloadBytes() {
        return rows.payloadBytes(pos);
    }

    @Override
    public long partitionKey() {
        return rows.partitionKey(pos);
    }

    @Override
    public void close() {
    }
}
