package io.lambdasim.traces.scale;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The k-way merge behind {@link TrafficScaling}: one cursor per copy, each with its time offset
 * and keep probability, merged by (shifted start, copy index) through a small primitive heap.
 *
 * <p>Per invocation: one {@code next()} of the copy just consumed, at most one random draw (only
 * for the thinned copy), one array lookup to map the copy's function id to the merged table, and
 * a heap sift of {@code log2(copies)} steps. Nothing is allocated after a function is first seen.
 */
final class ScaledCursor extends ForwardingCursor {

    private final InvocationCursor[] copies;
    private final long[] offsetUs;
    /** Keep probability per copy; 1 means keep all and draw nothing. */
    private final double[] keep;
    private final SplittableRandom[] random;
    /** Shifted start of each copy's current row; the heap's key. */
    private final long[] headUs;
    /** Per copy: its function id to the merged table's id, -1 when not seen yet. */
    private final int[][] functionMap;
    private final FunctionTable functions = new FunctionTable();

    /** Min-heap of live copy indices by (headUs, index). */
    private final int[] heap;
    private int heapSize;
    /** The copy whose row is current, or -1 before the first row. */
    private int current = -1;
    private int currentFunction;

    ScaledCursor(Supplier<? extends InvocationCursor> source, double k, long seed, long shiftWindowUs) {
        int n = (int) Math.ceil(k);
        double last = k - Math.floor(k);
        copies = new InvocationCursor[n];
        offsetUs = new long[n];
        keep = new double[n];
        random = new SplittableRandom[n];
        headUs = new long[n];
        functionMap = new int[n][];
        heap = new int[n];
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            // Each copy gets its own stream, so one copy's draws never shift another's.
            random[i] = seeds.split();
            offsetUs[i] = i == 0 || shiftWindowUs == 0 ? 0 : random[i].nextLong(shiftWindowUs);
            keep[i] = (i == n - 1 && last > 0) ? last : 1.0;
            functionMap[i] = new int[16];
            Arrays.fill(functionMap[i], -1);
        }
        try {
            for (int i = 0; i < n; i++) {
                copies[i] = source.get();
                if (advance(i)) {
                    heap[heapSize++] = i;
                    siftUp(heapSize - 1);
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Moves copy {@code c} to its next kept row; false when it is exhausted. */
    private boolean advance(int c) {
        InvocationCursor cur = copies[c];
        double p = keep[c];
        while (cur.next()) {
            if (p >= 1.0 || random[c].nextDouble() < p) {
                headUs[c] = cur.startUs() + offsetUs[c];
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean next() {
        if (current >= 0) {
            if (advance(current)) {
                siftDown(0);
            } else {
                heap[0] = heap[--heapSize];
                if (heapSize > 0) {
                    siftDown(0);
                }
            }
        }
        if (heapSize == 0) {
            current = -1;
            return false;
        }
        current = heap[0];
        currentFunction = mapFunction(current);
        return true;
    }

    private int mapFunction(int c) {
        int local = copies[c].functionId();
        if (local < 0) {
            return local;
        }
        int[] map = functionMap[c];
        if (local >= map.length) {
            int old = map.length;
            map = Arrays.copyOf(map, Math.max(local + 1, old * 2));
            Arrays.fill(map, old, map.length, -1);
            functionMap[c] = map;
        }
        int id = map[local];
        if (id < 0) {
            id = functions.intern(copies[c].functions().name(local));
            map[local] = id;
        }
        return id;
    }

    private boolean less(int a, int b) {
        return headUs[a] < headUs[b] || (headUs[a] == headUs[b] && a < b);
    }

    private void siftUp(int i) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(x, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private void siftDown(int i) {
        int x = heap[i];
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], x)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    @Override
    protected InvocationCursor delegate() {
        if (current < 0) {
            throw new IllegalStateException("no current invocation: call next() first");
        }
        return copies[current];
    }

    @Override
    public FunctionTable functions() {
        return functions;
    }

    @Override
    public int functionId() {
        delegate();
        return currentFunction;
    }

    @Override
    public long startUs() {
        return headUs[current];
    }

    /**
     * Observed environments belong to the original traffic only: a shifted copy stands for other
     * users' requests, which the recorded environments never served.
     */
    @Override
    public int environmentId() {
        return current == 0 ? delegate().environmentId() : MISSING;
    }

    @Override
    public FunctionTable environments() {
        return copies[0].environments();
    }

    /** The source's report (the first copy's): what the trace is, and the period it covers, do not change with k. */
    @Override
    public TraceReport report() {
        return copies[0].report();
    }

    @Override
    public void close() {
        for (InvocationCursor c : copies) {
            if (c != null) {
                c.close();
            }
        }
    }
}
