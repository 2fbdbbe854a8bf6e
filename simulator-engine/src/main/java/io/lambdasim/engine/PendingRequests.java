package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Asynchronous invocations waiting in Lambda's internal queue for a retry (after a throttle or a
 * function error), as parallel arrays addressed by a slot; slots are reused. Only async traffic
 * that is throttled or fails lands here, so the table stays small.
 */
final class PendingRequests {

    int[] function = new int[16];
    /** When the event first reached Lambda (its age counts from here: maximum event age). */
    long[] firstArrivalUs = new long[16];
    /** Latency is measured from here: the original arrival for throttles, the retry time for error retries. */
    long[] latencyOriginUs = new long[16];
    long[] durationUs = new long[16];
    int[] maxMemoryUsedMb = new int[16];
    byte[] status = new byte[16];
    /** Throttle back-off attempts so far. */
    byte[] backoffs = new byte[16];
    /** Error retries already scheduled. */
    byte[] errorRetries = new byte[16];
    private int[] free = new int[16];
    private int freeCount;
    private int used;
    private int live;

    int allocate() {
        live++;
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == function.length) {
            int n = used * 2;
            function = Arrays.copyOf(function, n);
            firstArrivalUs = Arrays.copyOf(firstArrivalUs, n);
            latencyOriginUs = Arrays.copyOf(latencyOriginUs, n);
            durationUs = Arrays.copyOf(durationUs, n);
            maxMemoryUsedMb = Arrays.copyOf(maxMemoryUsedMb, n);
            status = Arrays.copyOf(status, n);
            backoffs = Arrays.copyOf(backoffs, n);
            errorRetries = Arrays.copyOf(errorRetries, n);
        }
        return used++;
    }

    void release(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
        live--;
    }

    int live() {
        return live;
    }
}
