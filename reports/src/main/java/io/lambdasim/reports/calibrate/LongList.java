package io.lambdasim.reports.calibrate;

import java.util.Arrays;

/** A growable list of primitive longs (times, gaps): no boxing, memory the values. */
final class LongList {

    private long[] values = new long[8];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    long get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    /** Index of the first value at or above {@code v} in a list added in non-decreasing order. */
    int firstAtOrAbove(long v) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
