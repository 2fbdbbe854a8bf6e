package io.lambdasim.traces.read;

/**
 * A small fixed-capacity block of invocation rows as parallel primitive arrays: the rows a
 * {@link ReorderingCursor} reads before it knows the source's direction.
 */
final class RowBlock {

    final long[] line;
    final int[] fid;
    final long[] start;
    final long[] end;
    final long[] dur;
    final int[] mem;
    final int[] maxMem;
    final long[] init;
    final long[] initBilled;
    final long[] billed;
    final int[] status;
    final int[] env;
    private int size;

    RowBlock(int capacity) {
        line = new long[capacity];
        fid = new int[capacity];
        start = new long[capacity];
        end = new long[capacity];
        dur = new long[capacity];
        mem = new int[capacity];
        maxMem = new int[capacity];
        init = new long[capacity];
        initBilled = new long[capacity];
        billed = new long[capacity];
        status = new int[capacity];
        env = new int[capacity];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void add(long ln, int f, long s, long e, long d, int m, int mm, long i, long ib, long b, int st, int en) {
        int k = size++;
        line[k] = ln;
        fid[k] = f;
        start[k] = s;
        end[k] = e;
        dur[k] = d;
        mem[k] = m;
        maxMem[k] = mm;
        init[k] = i;
        initBilled[k] = ib;
        billed[k] = b;
        status[k] = st;
        env[k] = en;
    }

    /** Consecutive pairs whose end time falls. */
    int stepsDown() {
        int n = 0;
        for (int k = 1; k < size; k++) {
            if (end[k] < end[k - 1]) {
                n++;
            }
        }
        return n;
    }

    /** Consecutive pairs whose end time rises. */
    int stepsUp() {
        int n = 0;
        for (int k = 1; k < size; k++) {
            if (end[k] > end[k - 1]) {
                n++;
            }
        }
        return n;
    }

    void writeTo(int k, SpillFile spill) {
        spill.write(line[k], fid[k], start[k], end[k], dur[k], mem[k], maxMem[k], init[k], initBilled[k], billed[k],
                status[k], env[k]);
    }
}
