package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Every live execution environment as a row of parallel arrays, addressed by an int handle; a
 * freed handle is reused, so the table grows with the peak number of live environments, never
 * with the trace.
 */
final class EnvironmentTable {

    /** Flag: serves provisioned concurrency (never reclaimed by keep-alive). */
    static final byte PROVISIONED = 1;
    /** Flag: destroy when the current invocation ends (timeout, out of memory, max lifetime). */
    static final byte DISCARD = 2;

    int[] function = new int[64];
    long[] createdUs = new long[64];
    long[] expiryUs = new long[64];
    byte[] flags = new byte[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;
    private int live;

    int allocate(int fn, long nowUs, byte initialFlags) {
        int h;
        if (freeCount > 0) {
            h = free[--freeCount];
        } else {
            if (used == function.length) {
                grow();
            }
            h = used++;
        }
        function[h] = fn;
        createdUs[h] = nowUs;
        expiryUs[h] = Long.MAX_VALUE;
        flags[h] = initialFlags;
        live++;
        return h;
    }

    void release(int handle) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = handle;
        live--;
    }

    int live() {
        return live;
    }



    private void grow() {
        int n = function.length * 2;
        function = Arrays.copyOf(function, n);
        createdUs = Arrays.copyOf(createdUs, n);
        expiryUs = Arrays.copyOf(expiryUs, n);
        flags = Arrays.copyOf(flags, n);
    }
}
