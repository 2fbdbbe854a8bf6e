package io.lambdasim.engine.queue;

import java.util.Arrays;

/**
 * A d-ary min-heap (d = 2 or 4) stored as three parallel primitive arrays: no entry objects, no
 * boxing, and a sift moves three words per level.
 *
 * <p>Ordering key: {@code time} first, then {@code order = kind << 56 | sequence}. Putting the kind in
 * the top bits makes one long compare decide both the kind rank at equal times and FIFO order
 * among equal kinds; a 56-bit sequence lasts 7 * 10^16 insertions.
 *
 * <p>Why 4-ary: the tree is half as deep, and the four children of a node sit next to each other
 * in the arrays (one cache line for their times), which usually beats the binary heap on
 * {@code removeFirst}. The benchmark {@code EventQueueBenchmark} measures both.
 */
public final class DaryHeapEventQueue implements EventQueue {

    private static final int KIND_SHIFT = 56;
    private static final long SEQUENCE_MASK = (1L << KIND_SHIFT) - 1;

    /** log2 of the arity: 1 for binary, 2 for 4-ary; children of i are (i << shift) + 1 ... + d. */
    private final int shift;
    private long[] times;
    private long[] orders;
    private int[] payloads;
    private int size;
    private long sequence;

    private DaryHeapEventQueue(int shift, int initialCapacity) {
        this.shift = shift;
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        orders = new long[capacity];
        payloads = new int[capacity];
    }

    public static DaryHeapEventQueue binary() {
        return new DaryHeapEventQueue(1, 1024);
    }

    public static DaryHeapEventQueue quaternary() {
        return new DaryHeapEventQueue(2, 1024);
    }

    @Override
    public void add(long timeUs, int kind, int payload) {
        if (kind < 0 || kind > MAX_KIND) {
            throw new IllegalArgumentException("kind " + kind + " outside 0.." + MAX_KIND);
        }
        if (size == times.length) {
            grow();
        }
        long order = ((long) kind << KIND_SHIFT) | (sequence++ & SEQUENCE_MASK);
        siftUp(size++, timeUs, order, payload);
    }

    /**
     * Adds with an ordering key computed by the caller: {@link TimingWheelEventQueue} keeps its far
     * entries here and numbers them from its own sequence, so ties across the two stay FIFO.
     */
    void addOrdered(long timeUs, long order, int payload) {
        if (size == times.length) {
            grow();
        }
        siftUp(size++, timeUs, order, payload);
    }

    /** The ordering key ({@code kind << 56 | sequence}) of the first entry; the queue must not be empty. */
    long peekOrder() {
        return orders[0];
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        orders = Arrays.copyOf(orders, capacity);
        payloads = Arrays.copyOf(payloads, capacity);
    }

    /** Moves the hole at {@code i} up until the parent is not later, then drops the entry in. */
    private void siftUp(int i, long time, long order, int payload) {
        long[] t = times;
        long[] o = orders;
        while (i > 0) {
            int parent = (i - 1) >>> shift;
            long pt = t[parent];
            if (pt < time || (pt == time && o[parent] < order)) {
                break;
            }
            t[i] = pt;
            o[i] = o[parent];
            payloads[i] = payloads[parent];
            i = parent;
        }
        t[i] = time;
        o[i] = order;
        payloads[i] = payload;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long peekTime() {
        return size == 0 ? Long.MAX_VALUE : times[0];
    }

    @Override
    public int peekKind() {
        return (int) (orders[0] >>> KIND_SHIFT);
    }

    @Override
    public int peekPayload() {
        return payloads[0];
    }

    @Override
    public void removeFirst() {
        int last = --size;
        if (last > 0) {
            siftDown(times[last], orders[last], payloads[last], last);
        }
    }

    /** Moves the hole at the root down to the earliest child until {@code (time, order)} fits. */
    private void siftDown(long time, long order, int payload, int n) {
        long[] t = times;
        long[] o = orders;
        int arity = 1 << shift;
        int i = 0;
        while (true) {
            int first = (i << shift) + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + arity, n);
            int best = first;
            long bt = t[first];
            long bo = o[first];
            for (int c = first + 1; c < end; c++) {
                long ct = t[c];
                if (ct < bt || (ct == bt && o[c] < bo)) {
                    best = c;
                    bt = ct;
                    bo = o[c];
                }
            }
            if (time < bt || (time == bt && order < bo)) {
                break;
            }
            t[i] = bt;
            o[i] = bo;
            payloads[i] = payloads[best];
            i = best;
        }
        t[i] = time;
        o[i] = order;
        payloads[i] = payload;
    }

    @Override
    public void clear() {
        size = 0;
        sequence = 0;
    }
}
