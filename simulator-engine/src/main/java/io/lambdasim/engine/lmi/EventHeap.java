package io.lambdasim.engine.lmi;

import java.util.Arrays;

/**
 * A min-heap of int handles ordered by (time, sequence): the deterministic event order of the
 * replay (equal times keep insertion order). The owner keeps each event's payload in its own
 * arrays indexed by the handle, and frees the handle once it has read them; handles are
 * recycled, so memory follows the events pending at once, never the trace length.
 */
final class EventHeap {
    private long[] time = new long[64];
    private long[] seq = new long[64];
    private int[] heap = new int[64];
    private int size;
    private int[] free = new int[64];
    private int freeCount;
    private int handles;
    private long sequence;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Handles ever allocated: payload arrays must be at least this long. */
    int capacity() {
        return handles;
    }

    long peekTime() {
        return time[heap[0]];
    }

    /** Schedules an event at {@code t}; returns its handle. */
    int add(long t) {
        int h;
        if (freeCount > 0) {
            h = free[--freeCount];
        } else {
            h = handles++;
            if (h == time.length) {
                time = Arrays.copyOf(time, h * 2);
                seq = Arrays.copyOf(seq, h * 2);
            }
        }
        time[h] = t;
        seq[h] = sequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(h, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = h;
        return h;
    }

    /** Removes the earliest event and returns its handle; {@link #release} it after reading its payload. */
    int poll() {
        int top = heap[0];
        int last = heap[--size];
        if (size > 0) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], last)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }

    void release(int h) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = h;
    }

    private boolean before(int a, int b) {
        return time[a] < time[b] || (time[a] == time[b] && seq[a] < seq[b]);
    }
}
