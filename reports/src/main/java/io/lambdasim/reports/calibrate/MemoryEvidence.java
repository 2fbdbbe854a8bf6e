package io.lambdasim.reports.calibrate;

import java.util.Arrays;

/**
 * Handler durations of one function per configured memory size (count, Σ, Σ²; INIT excluded, as
 * REPORT's {@code Duration} excludes it): what the CPU-share fit explains. A function rarely has
 * more than a handful of sizes, so the sizes are a short sorted array.
 */
final class MemoryEvidence {

    int[] memoryMb = new int[0];
    long[] count = new long[0];
    double[] sumMs = new double[0];
    double[] sumSquaredMs = new double[0];

    void add(int memory, long durationUs) {
        int i = Arrays.binarySearch(memoryMb, memory);
        if (i < 0) {
            i = -i - 1;
            memoryMb = insert(memoryMb, i, memory);
            count = insert(count, i);
            sumMs = insert(sumMs, i);
            sumSquaredMs = insert(sumSquaredMs, i);
        }
        double ms = durationUs / 1000.0;
        count[i]++;
        sumMs[i] += ms;
        sumSquaredMs[i] += ms * ms;
    }

    int sizes() {
        return memoryMb.length;
    }

    double meanMs(int i) {
        return sumMs[i] / count[i];
    }

    /** Sample variance of the durations at size {@code i}, ms². */
    double varianceMs(int i) {
        long n = count[i];
        if (n < 2) {
            return 0;
        }
        double mean = sumMs[i] / n;
        return Math.max(0, (sumSquaredMs[i] - n * mean * mean) / (n - 1));
    }

    private static int[] insert(int[] a, int at, int v) {
        int[] b = new int[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        b[at] = v;
        System.arraycopy(a, at, b, at + 1, a.length - at);
        return b;
    }

    private static long[] insert(long[] a, int at) {
        long[] b = new long[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        System.arraycopy(a, at, b, at + 1, a.length - at);
        return b;
    }

    private static double[] insert(double[] a, int at) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        System.arraycopy(a, at, b, at + 1, a.length - at);
        return b;
    }
}
