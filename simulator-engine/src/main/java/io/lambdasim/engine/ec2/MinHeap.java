package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * A binary min-heap of {@code (key, id)} pairs as two parallel arrays, by key alone: equal keys
 * come out in an order fixed by the sequence of operations, so a run is reproducible. It holds the
 * fleet's completions (times in µs) and each instance's processor-sharing tags: non-negative
 * doubles, stored as their IEEE 754 bits, which order exactly as the values do when non-negative
 * ({@link #addNonNegative}). Grows to the largest size seen, allocates nothing after.
 */
final class MinHeap {
    /** {@code keys[0]} is {@link Long#MAX_VALUE} while the heap is empty: peeking needs no test. */
    private long[] keys = {Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0};
    private int[] ids = new int[8];
    private int size;

    int size() {
        return size;
    }

    /** The smallest key, {@link Long#MAX_VALUE} when empty. */
    long peekKey() {
        return keys[0];
    }

    /** The smallest key entered by {@link #addNonNegative}; the heap must not be empty. */
    double peekNonNegative() {
        return Double.longBitsToDouble(keys[0]);
    }

    void addNonNegative(double key, int id) {
        add(Double.doubleToRawLongBits(key), id);
    }

    void add(long key, int id) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            ids[i] = ids[parent];
            i = parent;
        }
        keys[i] = key;
        ids[i] = id;
    }

    /** The id of the pair with the smallest key; the heap must not be empty. */
    int peekId() {
        return ids[0];
    }

    /** Removes the pair with the smallest key and returns its id; the heap must not be empty. */
    int poll() {
        int top = ids[0];
        int n = --size;
        if (n == 0) {
            keys[0] = Long.MAX_VALUE;
        } else {
            siftDown(keys[n], ids[n]);
        }
        return top;
    }

    /** Replaces the pair with the smallest key by {@code (key, id)}: a poll and an add in one sift. */
    void replaceTop(long key, int id) {
        siftDown(key, id);
    }

    private void siftDown(long key, int id) {
        int n = size;
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < n && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[i] = keys[child];
            ids[i] = ids[child];
            i = child;
        }
        keys[i] = key;
        ids[i] = id;
    }
}
