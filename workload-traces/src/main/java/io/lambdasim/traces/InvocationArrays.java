package io.lambdasim.traces;

import java.util.Arrays;

/**
 * A whole trace held in memory as struct-of-arrays: one primitive array per field, recorded once
 * from any cursor and replayed any number of times ({@link #cursor()}) without touching the file.
 * For sizing and break-even sweeps that replay one workload per candidate, and for benchmarks
 * that need input without I/O.
 *
 * <p>Optional columns cost memory only if the source had a value: a column stays {@code null}
 * until its first non-missing value (about 20 bytes per invocation for function, start and
 * duration alone; up to about 60 with every field).
 */
public final class InvocationArrays {

    private final FunctionTable functions;
    private final FunctionTable environments;
    private final TraceReport report;
    private int size;
    private int[] function;
    private long[] start;
    private long[] duration;
    private int[] memory;
    private int[] maxMemory;
    private long[] init;
    private long[] billed;
    private long[] initBilled;
    private byte[] status;
    private byte[] type;
    private long[] payload;
    private long[] partitionKey;
    private int[] environment;

    private InvocationArrays(FunctionTable functions, FunctionTable environments, TraceReport report, int capacity) {
        this.functions = functions;
        this.environments = environments;
        this.report = report;
        function = new int[capacity];
        start = new long[capacity];
        duration = new long[capacity];
    }

    /** Reads {@code cursor} to its end (it is not closed). */
    public static InvocationArrays record(InvocationCursor cursor) {
        return record(cursor, Integer.MAX_VALUE - 8);
    }

    /** Reads at most {@code maxRows} invocations of {@code cursor}. */
    public static InvocationArrays record(InvocationCursor cursor, int maxRows) {
        InvocationArrays a = new InvocationArrays(cursor.functions(), cursor.environments(), cursor.report(), 1024);
        while (a.size < maxRows && cursor.next()) {
            a.add(cursor);
        }
        return a;
    }

    private void add(InvocationCursor c) {
        int i = size;
        if (i == function.length) {
            grow();
        }
        function[i] = c.functionId();
        start[i] = c.startUs();
        duration[i] = c.durationUs();
        if (c.memoryMb() != InvocationCursor.MISSING || memory != null) {
            memory = ints(memory);
            memory[i] = c.memoryMb();
        }
        if (c.maxMemoryUsedMb() != InvocationCursor.MISSING || maxMemory != null) {
            maxMemory = ints(maxMemory);
            maxMemory[i] = c.maxMemoryUsedMb();
        }
        if (c.initUs() != InvocationCursor.MISSING || init != null) {
            init = longs(init);
            init[i] = c.initUs();
        }
        if (c.billedUs() != InvocationCursor.MISSING || billed != null) {
            billed = longs(billed);
            billed[i] = c.billedUs();
        }
        if (c.initBilledUs() != InvocationCursor.MISSING || initBilled != null) {
            initBilled = longs(initBilled);
            initBilled[i] = c.initBilledUs();
        }
        if (c.payloadBytes() != InvocationCursor.MISSING || payload != null) {
            payload = longs(payload);
            payload[i] = c.payloadBytes();
        }
        if (c.partitionKey() != InvocationCursor.MISSING || partitionKey != null) {
            partitionKey = longs(partitionKey);
            partitionKey[i] = c.partitionKey();
        }
        if (c.environmentId() != InvocationCursor.MISSING || environment != null) {
            environment = ints(environment);
            environment[i] = c.environmentId();
        }
        if (c.status() != Status.UNKNOWN || status != null) {
            status = status != null ? status : new byte[function.length];
            status[i] = (byte) c.status();
        }
        if (c.invocationType() != InvocationType.UNKNOWN || type != null) {
            type = type != null ? type : new byte[function.length];
            type[i] = (byte) c.invocationType();
        }
        size++;
    }

    /** An existing column, or a new one filled with MISSING for the rows before. */
    private int[] ints(int[] column) {
        if (column != null) {
            return column;
        }
        int[] c = new int[function.length];
        Arrays.fill(c, InvocationCursor.MISSING);
        return c;
    }

    private long[] longs(long[] column) {
        if (column != null) {
            return column;
        }
        long[] c = new long[function.length];
        Arrays.fill(c, InvocationCursor.MISSING);
        return c;
    }

    private void grow() {
        int len = function.length + (function.length >> 1) + 16;
        function = Arrays.copyOf(function, len);
        start = Arrays.copyOf(start, len);
        duration = Arrays.copyOf(duration, len);
        memory = growInts(memory, len);
        maxMemory = growInts(maxMemory, len);
        environment = growInts(environment, len);
        init = growLongs(init, len);
        billed = growLongs(billed, len);
        initBilled = growLongs(initBilled, len);
        payload = growLongs(payload, len);
        partitionKey = growLongs(partitionKey, len);
        status = status == null ? null : Arrays.copyOf(status, len);
        type = type == null ? null : Arrays.copyOf(type, len);
    }

    private static int[] growInts(int[] a, int len) {
        return a == null ? null : Arrays.copyOf(a, len);
    }

    private static long[] growLongs(long[] a, int len) {
        return a == null ? null : Arrays.copyOf(a, len);
    }

    public int size() {
        return size;
    }

    public FunctionTable functions() {
        return functions;
    }

    public FunctionTable environments() {
        return environments;
    }

    /** The report of the recording read. */
    public TraceReport report() {
        return report;
    }

    public int functionId(int i) {
        return function[check(i)];
    }

    public long startUs(int i) {
        return start[check(i)];
    }

    public long durationUs(int i) {
        return duration[check(i)];
    }

    public int memoryMb(int i) {
        return memory == null ? InvocationCursor.MISSING : memory[check(i)];
    }

    public int maxMemoryUsedMb(int i) {
        return maxMemory == null ? InvocationCursor.MISSING : maxMemory[check(i)];
    }

    public long initUs(int i) {
        return init == null ? InvocationCursor.MISSING : init[check(i)];
    }

    public long billedUs(int i) {
        return billed == null ? InvocationCursor.MISSING : billed[check(i)];
    }

    public long initBilledUs(int i) {
        return initBilled == null ? InvocationCursor.MISSING : initBilled[check(i)];
    }

    public int status(int i) {
        return status == null ? Status.UNKNOWN : status[check(i)];
    }

    public int invocationType(int i) {
        return type == null ? InvocationType.UNKNOWN : type[check(i)];
    }

    public long payloadBytes(int i) {
        return payload == null ? InvocationCursor.MISSING : payload[check(i)];
    }

    public int environmentId(int i) {
        return environment == null ? InvocationCursor.MISSING : environment[check(i)];
    }

    public long partitionKey(int i) {
        return partitionKey == null ? InvocationCursor.MISSING : partitionKey[check(i)];
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("invocation " + i + " of " + size);
        }
        return i;
    }

    /** A fresh cursor over the recorded invocations; as many as you like, each independent. */
    public InvocationCursor cursor() {
        return new Replay();
    }

    /** Replays the arrays; the only state is the index. */
    private final class Replay implements InvocationCursor {
        private int i = -1;

        @Override
        public boolean next() {
            if (i + 1 >= size) {
                i = size;
                return false;
            }
            i++;
            return true;
        }

        @Override
        public FunctionTable functions() {
            return functions;
        }

        @Override
        public FunctionTable environments() {
            return environments;
        }

        @Override
        public TraceReport report() {
            return report;
        }

        @Override
        public int functionId() {
            return function[i];
        }

        @Override
        public long startUs() {
            return start[i];
        }

        @Override
        public long durationUs() {
            return duration[i];
        }

        @Override
        public int memoryMb() {
            return memory == null ? MISSING : memory[i];
        }

        @Override
        public int maxMemoryUsedMb() {
            return maxMemory == null ? MISSING : maxMemory[i];
        }

        @Override
        public long initUs() {
            return init == null ? MISSING : init[i];
        }

        @Override
        public long billedUs() {
            return billed == null ? MISSING : billed[i];
        }

        @Override
        public long initBilledUs() {
            return initBilled == null ? MISSING : initBilled[i];
        }

        @Override
        public int status() {
            return status == null ? Status.UNKNOWN : status[i];
        }

        @Override
        public int invocationType() {
            return type == null ? InvocationType.UNKNOWN : type[i];
        }

        @Override
        public long payloadBytes() {
            return payload == null ? MISSING : payload[i];
        }

        @Override
        public int environmentId() {
            return environment == null ? MISSING : environment[i];
        }

        @Override
        public long partitionKey() {
            return partitionKey == null ? MISSING : partitionKey[i];
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
