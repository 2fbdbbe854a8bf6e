package io.lambdasim.reports.calibrate;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Several trace files read as one time-ordered stream: a k-way merge on start time, on one clock
 * when every file says where its trace time 0 is ({@link InvocationCursor#originUs()}: CloudWatch
 * logs carry wall-clock times), otherwise with every file starting at 0. Functions are merged by
 * name and environments by function and name (a log stream is one environment of one function),
 * into tables of their own, so ids are dense across files.
 *
 * <p>Memory: one open reader per file and a heap of file indices; nothing per invocation.
 */
public final class MergedCursor implements InvocationCursor {

    private final InvocationCursor[] cursors;
    private final FunctionTable functions = new FunctionTable();
    private final FunctionTable environments = new FunctionTable();
    private final int[][] functionMap;
    private final int[][] environmentMap;
    /** Per file: its start times plus this are on the merged clock. */
    private final long[] offset;
    private final int[] heap;
    private int heapSize;
    private final boolean onOneClock;
    private long origin = MISSING;
    private boolean started;
    private int current = -1;
    private int functionId;
    private int environmentId;

    /** Opens nothing: the cursors are given open, and closed with this. */
    public MergedCursor(List<InvocationCursor> opened) {
        cursors = opened.toArray(new InvocationCursor[0]);
        functionMap = new int[cursors.length][];
        environmentMap = new int[cursors.length][];
        offset = new long[cursors.length];
        heap = new int[cursors.length];
        boolean allClocks = true;
        for (int i = 0; i < cursors.length; i++) {
            functionMap[i] = new int[0];
            environmentMap[i] = new int[0];
            if (cursors[i].next()) {
                heap[heapSize++] = i;
                allClocks &= cursors[i].originUs() != MISSING;
            }
        }
        onOneClock = allClocks;
        long min = Long.MAX_VALUE;
        for (int k = 0; k < heapSize; k++) {
            int i = heap[k];
            offset[i] = onOneClock ? cursors[i].originUs() + cursors[i].startUs() : cursors[i].startUs();
            min = Math.min(min, offset[i]);
        }
        for (int k = 0; k < heapSize; k++) {
            int i = heap[k];
            // offset = the file's origin on the merged clock (its first start is startUs() past its origin)
            offset[i] = offset[i] - cursors[i].startUs() - min;
        }
        if (heapSize > 0) {
            origin = onOneClock ? min : MISSING;
        }
        for (int k = heapSize / 2 - 1; k >= 0; k--) {
            siftDown(k);
        }
    }

    /** Whether the files were put on one wall clock (false: each file's first invocation is at 0). */
    public boolean onOneClock() {
        return onOneClock;
    }

    @Override
    public boolean next() {
        if (started && current >= 0) {
            if (cursors[current].next()) {
                siftDown(0);
            } else {
                heap[0] = heap[--heapSize];
                siftDown(0);
            }
        }
        started = true;
        if (heapSize == 0) {
            current = -1;
            return false;
        }
        current = heap[0];
        InvocationCursor c = cursors[current];
        functionId = map(functionMap, current, c.functionId(), c, false);
        int env = c.environmentId();
        environmentId = env == MISSING ? MISSING : map(environmentMap, current, env, c, true);
        return true;
    }

    private int map(int[][] maps, int file, int local, InvocationCursor c, boolean environment) {
        int[] m = maps[file];
        if (local >= m.length) {
            int old = m.length;
            m = Arrays.copyOf(m, Math.max(local + 1, old * 2 + 8));
            Arrays.fill(m, old, m.length, -1);
            maps[file] = m;
        }
        int id = m[local];
        if (id < 0) {
            id = environment
                    ? environments.intern(functions.name(functionId) + "/" + c.environments().name(local))
                    : functions.intern(c.functions().name(local));
            m[local] = id;
        }
        return id;
    }

    private long key(int file) {
        return cursors[file].startUs() + offset[file];
    }

    private void siftDown(int k) {
        while (true) {
            int l = 2 * k + 1;
            if (l >= heapSize) {
                return;
            }
            int r = l + 1;
            int c = r < heapSize && less(heap[r], heap[l]) ? r : l;
            if (!less(heap[c], heap[k])) {
                return;
            }
            int t = heap[c];
            heap[c] = heap[k];
            heap[k] = t;
            k = c;
        }
    }

    /** Earlier start first; at equal starts the earlier file, so the merge is deterministic. */
    private boolean less(int a, int b) {
        long ka = key(a);
        long kb = key(b);
        return ka < kb || (ka == kb && a < b);
    }

    private InvocationCursor cur() {
        return cursors[current];
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
        return key(current);
    }

    @Override
    public long durationUs() {
        return cur().durationUs();
    }

    @Override
    public int memoryMb() {
        return cur().memoryMb();
    }

    @Override
    public int maxMemoryUsedMb() {
        return cur().maxMemoryUsedMb();
    }

    @Override
    public long initUs() {
        return cur().initUs();
    }

    @Override
    public long billedUs() {
        return cur().billedUs();
    }

    @Override
    public int status() {
        return cur().status();
    }

    @Override
    public int invocationType() {
        return cur().invocationType();
    }

    @Override
    public long payloadBytes() {
        return cur().payloadBytes();
    }

    @Override
    public int environmentId() {
        return environmentId;
    }

    @Override
    public FunctionTable environments() {
        return environments;
    }

    @Override
    public long originUs() {
        return origin;
    }

    /** Each file's own report, in the order the files were given. */
    public List<TraceReport> reports() {
        List<TraceReport> out = new ArrayList<>();
        for (InvocationCursor c : cursors) {
            out.add(c.report());
        }
        return out;
    }

    /** The files' reports added up: the first file's format, every field any file carries, rows read. */
    @Override
    public TraceReport report() {
        if (cursors.length == 1) {
            return cursors[0].report();
        }
        EnumSet<TraceField> fields = EnumSet.noneOf(TraceField.class);
        long rows = 0;
        for (InvocationCursor c : cursors) {
            fields.addAll(c.report().fields());
            rows += c.report().rowsRead();
        }
        TraceReport r = new TraceReport(cursors.length == 0 ? "none" : cursors[0].report().format(), fields);
        r.rowsRead(rows);
        return r;
    }

    @Override
    public void close() {
        for (InvocationCursor c : cursors) {
            c.close();
        }
    }
}
