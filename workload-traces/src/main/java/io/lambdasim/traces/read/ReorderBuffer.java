package io.lambdasim.traces.read;

import java.util.Arrays;

/**
 * A primitive min-heap of invocations keyed by start time, for sources that are not in start
 * order (Azure 2021 and CloudWatch are ordered by end time). Rows live in struct-of-arrays slots
 * recycled through a free list, and the heap orders slot indices; nothing is allocated per row
 * once the arrays have grown to the window's population.
 *
 * <p>Ties on start keep source order through a sequence number, so the output is deterministic.
 */
final class ReorderBuffer {

    private int capacity = 256;
    private int[] fid = new int[capacity];
    private long[] start = new long[capacity];
    private long[] seq = new long[capacity];
    private long[] dur = new long[capacity];
    private int[] mem = new int[capacity];
    private int[] maxMem = new int[capacity];
    private long[] init = new long[capacity];
    private long[] billed = new long[capacity];
    private long[] initBilled = new long[capacity];
    private byte[] status = new byte[capacity];
    private int[] env = new int[capacity];
    private int[] heap = new int[capacity];
    private int[] free = new int[capacity];
    private int freeCount;
    private int used;
    private int size;
    private long nextSeq;

    int size() {
        return size;
    }

    /** Start of the earliest buffered row; only valid when {@link #size()} > 0. */
    long minStart() {
        return start[heap[0]];
    }

    void push(int f, long s, long d, int m, int mm, long i, long ib, long b, int st, int e) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used == capacity) {
                grow();
            }
            slot = used++;
        }
        fid[slot] = f;
        start[slot] = s;
        seq[slot] = nextSeq++;
        dur[slot] = d;
        mem[slot] = m;
        maxMem[slot] = mm;
        init[slot] = i;
        billed[slot] = b;
        initBilled[slot] = ib;
        status[slot] = (byte) st;
        env[slot] = e;
        // Sift up.
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!less(slot, heap[parent])) {
                break;
            }
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = slot;
    }

    /** Removes the earliest row and copies it into {@code c} (start left absolute). */
    void popInto(BaseCursor c) {
        int slot = heap[0];
        c.functionId = fid[slot];
        c.startUs = start[slot];
        c.durationUs = dur[slot];
        c.memoryMb = mem[slot];
        c.maxMemoryUsedMb = maxMem[slot];
        c.initUs = init[slot];
        c.billedUs = billed[slot];
        c.initBilledUs = initBilled[slot];
        c.status = status[slot];
        c.environmentId = env[slot];
        free[freeCount++] = slot;
        int last = heap[--size];
        // Sift down from the root.
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && less(heap[right], heap[child])) {
                child = right;
            }
            if (!less(heap[child], last)) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        if (size > 0) {
            heap[k] = last;
        }
    }

    private boolean less(int a, int b) {
        return start[a] < start[b] || (start[a] == start[b] && seq[a] < seq[b]);
    }

    private void grow() {
        capacity *= 2;
        fid = Arrays.copyOf(fid, capacity);
        start = Arrays.copyOf(start, capacity);
        seq = Arrays.copyOf(seq, capacity);
        dur = Arrays.copyOf(dur, capacity);
        mem = Arrays.copyOf(mem, capacity);
        maxMem = Arrays.copyOf(maxMem, capacity);
        init = Arrays.copyOf(init, capacity);
        billed = Arrays.copyOf(billed, capacity);
        initBilled = Arrays.copyOf(initBilled, capacity);
        status = Arrays.copyOf(status, capacity);
        env = Arrays.copyOf(env, capacity);
        heap = Arrays.copyOf(heap, capacity);
        free = Arrays.copyOf(free, capacity);
    }
}
