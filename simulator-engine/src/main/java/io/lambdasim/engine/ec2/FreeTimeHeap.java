package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * A min-heap of longs: the times at which each server (a vCPU, or a request slot) of the fleet is
 * next free. Dispatching a request to the server that frees first is FCFS on a pool of identical
 * servers (the G/G/c queue), and costs one {@link #replaceTop} of {@code log2(c)} steps.
 */
final class FreeTimeHeap {
    private long[] a = new long[16];
    private int size;

    int size() {
        return size;
    }

    long peek() {
        return a[0];
    }

    void push(long v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (a[parent] <= v) {
                break;
            }
            a[i] = a[parent];
            i = parent;
        }
        a[i] = v;
    }

    long pop() {
        long top = a[0];
        long last = a[--size];
        if (size > 0) {
            siftDown(last);
        }
        return top;
    }

    /** Replaces the minimum with {@code v}: the earliest-free server takes a request until {@code v}. */
    void replaceTop(long v) {
        siftDown(v);
    }

    private void siftDown(long v) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && a[child + 1] < a[child]) {
                child++;
            }
            if (a[child] >= v) {
                break;
            }
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }
}
