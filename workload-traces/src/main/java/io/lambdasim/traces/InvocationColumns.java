package io.lambdasim.traces;

import java.util.Arrays;

/**
 * A run of invocations copied from a cursor into primitive columns, one array per
 * {@link InvocationCursor} field: the one place that knows every column, so that a field added to
 * the cursor is carried by each buffer that copies rows (the pipeline's blocks, the windows of the
 * exact parallel simulation) by adding it here. Grows by doubling when a row does not fit; a
 * buffer sized for its use (a block of a fixed capacity) never grows, and {@link #clear()} keeps
 * the arrays, so a recycled buffer allocates nothing per invocation.
 *
 * <p>Absent fields are stored as the cursor reports them ({@link InvocationCursor#MISSING} and the
 * like): unlike {@link InvocationArrays}, which records a whole trace and leaves absent columns out,
 * these buffers are short-lived and reused, so every column is kept.
 */
public final class InvocationColumns {

    private int[] function;
    private long[] start;
    private long[] duration;
    private int[] memory;
    private int[] maxMemory;
    private long[] init;
    private long[] billed;
    /** The part of the INIT AWS billed (SnapStart's Billed Restore Duration), or MISSING. */
    private long[] initBilled;
    private byte[] status;
    private byte[] type;
    private long[] payload;
    private int[] environment;
    private long[] partitionKey;
    private int size;

    public InvocationColumns(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " must be positive");
        }
        function = new int[capacity];
        start = new long[capacity];
        duration = new long[capacity];
        memory = new int[capacity];
        maxMemory = new int[capacity];
        init = new long[capacity];
        billed = new long[capacity];
        initBilled = new long[capacity];
        status = new byte[capacity];
        type = new byte[capacity];
        payload = new long[capacity];
        environment = new int[capacity];
        partitionKey = new long[capacity];
    }

    /** Copies the cursor's current invocation as the next row. */
    public void add(InvocationCursor c) {
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
        environment[i] = c.environmentId();
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
        environment = Arrays.copyOf(environment, n);
        partitionKey = Arrays.copyOf(partitionKey, n);
    }

    /** Forgets the rows, keeping the arrays. */
    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    // Row i's fields, as the cursor reported them. No bounds check beyond the arrays' own: the
    // readers (the cursors over these rows) keep their position below size().

    public int functionId(int i) {
        return function[i];
    }

    public long startUs(int i) {
        return start[i];
    }

    public long durationUs(int i) {
        return duration[i];
    }

    public int memoryMb(int i) {
        return memory[i];
    }

    public int maxMemoryUsedMb(int i) {
        return maxMemory[i];
    }

    public long initUs(int i) {
        return init[i];
    }

    public long billedUs(int i) {
        return billed[i];
    }

    public long initBilledUs(int i) {
        return initBilled[i];
    }

    public int status(int i) {
        return status[i];
    }

    public int invocationType(int i) {
        return type[i];
    }

    public long payloadBytes(int i) {
        return payload[i];
    }

    public int environmentId(int i) {
        return environment[i];
    }

    public long partitionKey(int i) {
        return partitionKey[i];
    }
}
