package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * A binary min-heap of small int ids (instances) ordered by {@code (key, tie)}, whose keys change in
 * place: each id remembers its position, so an update or a removal is {@code O(log n)}. Struct of
 * arrays, grown only when an id beyond the arrays appears (a new instance), never per request.
 */
final class IndexedHeap {
    private long[] key = new long[8];
    private long[] tie = new long[8];
    /** Position of each id in {@link #heap}, or -1 when absent. */
    private int[] pos = filled(8);
    private int[] heap = new int[8];
    private int size;

    int size() {
        return size;
    }

    boolean contains(int id) {
        return id < pos.length && pos[id] >= 0;
    }

    /** The id with the smallest {@code (key, tie)}; the heap must not be empty. */
    int peek() {
        return heap[0];
    }

    void add(int id, long k, long t) {
        if (id >= pos.length) {
            int n = Math.max(id + 1, pos.length * 2);
            int old = pos.length;
            pos = Arrays.copyOf(pos, n);
            Arrays.fill(pos, old, n, -1);
            key = Arrays.copyOf(key, n);
            tie = Arrays.copyOf(tie, n);
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        key[id] = k;
        tie[id] = t;
        heap[size] = id;
        pos[id] = size;
        up(size++);
    }

    /** Sets the id's key and tie and restores the order; the id must be present. */
    void update(int id, long k, long t) {
        boolean smaller = k < key[id] || (k == key[id] && t < tie[id]);
        key[id] = k;
        tie[id] = t;
        if (smaller) {
            up(pos[id]);
        } else {
            down(pos[id]);
        }
    }

    void remove(int id) {
        int i = pos[id];
        pos[id] = -1;
        int last = heap[--size];
        if (i == size) {
            return;
        }
        heap[i] = last;
        pos[last] = i;
        up(i);
        down(pos[last]);
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && tie[a] < tie[b]);
    }

    private void up(int i) {
        int id = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(id, p)) {
                break;
            }
            heap[i] = p;
            pos[p] = i;
            i = parent;
        }
        heap[i] = id;
        pos[id] = i;
    }

    private void down(int i) {
        int id = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            if (child + 1 < size && less(heap[child + 1], c)) {
                c = heap[++child];
            }
            if (!less(c, id)) {
                break;
            }
            heap[i] = c;
            pos[c] = i;
            i = child;
        }
        heap[i] = id;
        pos[id] = i;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
