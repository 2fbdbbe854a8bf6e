package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * A binary min-heap of {@code (key, id)} pairs as two parallel arrays, ties broken by the smaller
 * id so the order depends on the inputs alone. It holds the processor-sharing tags of one
 * instance ({@link SharedCpu}) and the fleet's I/O completions (times in µs, exact as doubles up
 * to 2^53 µs, 285 years). Grows to the largest size seen, allocates nothing after.
 */
final class MinHeap {
    private double[] keys = new double[8];
    private int[] ids = new int[8];
    private int size;

    int size() {
        return size;
    }

    /** The smallest key, {@link Double#POSITIVE_INFINITY} when empty. */
    double peekKey() {
        return size == 0 ? Double.POSITIVE_INFINITY : keys[0];
    }

    void add(double key, int id) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(key, id, keys[parent], ids[parent])) {
                break;
            }
            keys[i] = keys[parent];
            ids[i] = ids[parent];
            i = parent;
        }
        keys[i] = key;
        ids[i] = id;
    }

    /** Removes the smallest pair and returns its id; the heap must not be empty. */
    int poll() {
        int top = ids[0];
        int n = --size;
        double key = keys[n];
        int id = ids[n];
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < n && before(keys[child + 1], ids[child + 1], keys[child], ids[child])) {
                child++;
            }
            if (!before(keys[child], ids[child], key, id)) {
                break;
            }
            keys[i] = keys[child];
            ids[i] = ids[child];
            i = child;
        }
        keys[i] = key;
        ids[i] = id;
        return top;
    }

    private static boolean before(double k1, int id1, double k2, int id2) {
        return k1 < k2 || (k1 == k2 && id1 < id2);
    }
}
