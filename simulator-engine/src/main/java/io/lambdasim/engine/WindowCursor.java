package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.Arrays;
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
    private int[] function = new int[256];
    private long[] start = new long[256];
    private long[] duration = new long[256];
    private int[] memory = new int[256];
    private int[] maxMemory = new int[256];
    private long[] init = new long[256];
    private long[] billed = new long[256];
    private long[] initBilled = new long[256];
    private byte[] status = new byte[256];
    private byte[] type = new byte[256];
    private long[] payload = new long[256];
    private long[] partitionKey = new long[256];
    private int size;
    private int markerId;
    private long markerUs;
    private int pos = -1;

    WindowCursor(FunctionTable names) {
        this.names = names;
    }

    void clear() {
        size = 0;
        pos = -1;
        markerId = 0;
        newNames.clear();
    }

    /** Copies the current invocation of {@code c}. */
    void add(InvocationCursor c) {
        if (size == function.length) {
            grow();
        }
        int i = size++;
        function[i] = c.functionId();
        start[i] = c.startUs();
        duration[i] = c.durationUs();
        memory[i] = c.memoryMb();
        maxMemory[i] = c.maxMemoryUsedMb();
        init[i] = c.initUs();
        billed[i] = c.billedUs();
        initBilled[i] = c.initBilledUs();
        status[i] = (byte) c.status();
        type[i] = (byte) c.invocationType();
        payload[i] = c.payloadBytes();
        partitionKey[i] = c.partitionKey();
    }

    private void grow() {
        int n = function.length * 2;
        function = Arrays.copyOf(function, n);
        start = Arrays.copyOf(start, n);
        duration = Arrays.copyOf(duration, n);
        memory = Arrays.copyOf(memory, n);
        maxMemory = Arrays.copyOf(maxMemory, n);
        init = Arrays.copyOf(init, n);
        billed = Arrays.copyOf(billed, n);
        initBilled = Arrays.copyOf(initBilled, n);
        status = Arrays.copyOf(status, n);
        type = Arrays.copyOf(type, n);
        payload = Arrays.copyOf(payload, n);
        partitionKey = Arrays.copyOf(partitionKey, n);
    }

    /** Ends the window with a marker ({@link #PAUSE} or {@link #END}) at {@code timeUs}. */
    void mark(int id, long timeUs) {
        markerId = id;
        markerUs = timeUs;
    }

    int size() {
        return size;
    }

    @Override
    public boolean next() {
        return ++pos < size + (markerId != 0 ? 1 : 0);
    }

    private boolean atMarker() {
        return pos == size;
    }

    @Override
    public FunctionTable functions() {
        return names;
    }

    @Override
    public int functionId() {
        return atMarker() ? markerId : function[pos];
    }

    @Override
    public long startUs() {
        return atMarker() ? markerUs : start[pos];
    }

    @Override
    public long durationUs() {
        return duration[pos];
    }

    @Override
    public int memoryMb() {
        return memory[pos];
    }

    @Override
    public int maxMemoryUsedMb() {
        return maxMemory[pos];
    }

    @Override
    public long initUs() {
        return init[pos];
    }

    @Override
    public long billedUs() {
        return billed[pos];
    }

    @Override
    public long initBilledUs() {
        return initBilled[pos];
    }

    @Override
    public int status() {
        return status[pos];
    }

    @Override
    public int invocationType() {
        return type[pos];
    }

    @Override
    public long payloadBytes() {
        return payload[pos];
    }

    @Override
    public long partitionKey() {
        return partitionKey[pos];
    }

    @Override
    public void close() {
    }
}
