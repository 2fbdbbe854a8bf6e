package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Every live execution environment as a row of parallel arrays, addressed by an int handle; a
 * freed handle is reused, so the table grows with the peak number of live environments, never
 * with the trace.
 */
final class EnvironmentTable {

    /** Flag: serves provisioned concurrency (never reclaimed by keep-alive). */
    static final int PROVISIONED = 1;
    /** Flag: destroy when the current invocation ends (maximum lifetime reached). */
    static final int DISCARD = 2;
    /**
     * Flag: reset after a timeout or an out-of-memory failure; kept, and its next invocation runs
     * INIT again inside the invoke (AWS: "Failures during the invoke phase", execution environment lifecycle).
     */
    static final int RESET = 4;
    private static final int FLAG_BITS = 3;

    /**
     * Function id and flags packed in one int ({@code function << 3 | flags}): a completion reads
     * both, and one array means one cache line for a random environment instead of two.
     */
    int[] meta = new int[64];
    long[] createdUs = new long[64];
    long[] expiryUs = new long[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;
    private int live;

    static int function(int meta) {
        return meta >>> FLAG_BITS;
    }

    static int flags(int meta) {
        return meta & ((1 << FLAG_BITS) - 1);
    }

    void addFlags(int handle, int flag) {
        meta[handle] |= flag;
    }

    /** Clears {@link #RESET} of {@code handle}; whether it was set. */
    boolean clearReset(int handle) {
        int m = meta[handle];
        meta[handle] = m & ~RESET;
        return (m & RESET) != 0;
    }

    static boolean isReset(int meta) {
        return (meta & RESET) != 0;
    }

    int allocate(int fn, long nowUs, int initialFlags) {
        int h;
        if (freeCount > 0) {
            h = free[--freeCount];
        } else {
            if (used == meta.length) {
                grow();
            }
            h = used++;
        }
        meta[h] = fn << FLAG_BITS | initialFlags;
        createdUs[h] = nowUs;
        expiryUs[h] = Long.MAX_VALUE;
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
        int n = meta.length * 2;
        meta = Arrays.copyOf(meta, n);
        createdUs = Arrays.copyOf(createdUs, n);
        expiryUs = Arrays.copyOf(expiryUs, n);
    }
}
