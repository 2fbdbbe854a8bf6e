package io.lambdasim.traces.generate;

/**
 * A binary min-heap of stream indices keyed by each stream's next start time, in two primitive
 * arrays: merging k streams costs O(log k) per invocation and allocates nothing. Ties on time go
 * to the lower stream index (the function's position in the spec), which makes the merged order
 * stable and reproducible.
 */
final class StreamHeap {

    private final int[] streams;
    private final long[] keys;
    private int size;

    StreamHeap(int capacity) {
        streams = new int[capacity];
        keys = new long[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(int stream, long key) {
        int i = size++;
        streams[i] = stream;
        keys[i] = key;
        siftUp(i);
    }

    int topStream() {
        return streams[0];
    }

    long topKey() {
        return keys[0];
    }

    /** Gives the top stream a new key (its next arrival) and restores the heap order. */
    void replaceTopKey(long key) {
        keys[0] = key;
        siftDown(0);
    }

    void removeTop() {
        size--;
        streams[0] = streams[size];
        keys[0] = keys[size];
        siftDown(0);
    }

    private boolean less(int a, int b) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && streams[a] < streams[b]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && less(left + 1, left) ? left + 1 : left;
            if (!less(smallest, i)) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int s = streams[a];
        streams[a] = streams[b];
        streams[b] = s;
        long k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
    }
}
