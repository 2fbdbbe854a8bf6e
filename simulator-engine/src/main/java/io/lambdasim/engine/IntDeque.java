package io.lambdasim.engine;

import java.util.Arrays;

/**
 * A growable ring buffer of ints: the idle environments of one function, oldest-idle at the
 * bottom, most-recently-idle at the top. MRU reuse pops the top, LRU the bottom, and fixed
 * keep-alive reclaims from the bottom, all O(1) and allocation-free once grown.
 */
final class IntDeque {

    private int[] items = new int[4];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void pushTop(int value) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    int popTop() {
        size--;
        return items[(head + size) & (items.length - 1)];
    }

    int bottom() {
        return items[head];
    }

    int popBottom() {
        int v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    /** The i-th element from the bottom. */
    int get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    /** Removes the i-th element from the bottom, keeping the order of the others (O(size)). */
    int removeAt(int i) {
        int mask = items.length - 1;
        int v = items[(head + i) & mask];
        for (int j = i; j < size - 1; j++) {
            items[(head + j) & mask] = items[(head + j + 1) & mask];
        }
        size--;
        return v;
    }

    private void grow() {
        int[] bigger = new int[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    @Override
    public String toString() {
        int[] copy = new int[size];
        for (int i = 0; i < size; i++) {
            copy[i] = get(i);
        }
        return Arrays.toString(copy);
    }
}
