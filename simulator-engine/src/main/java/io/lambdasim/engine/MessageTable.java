package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Messages and records waiting in event sources (SQS queues, stream shards) as parallel arrays
 * addressed by an int handle, chained into lists by {@link #next}; freed handles are reused, so the
 * table grows with the most messages waiting at once, never with the trace. Shared by every
 * source of a run.
 */
final class MessageTable {

    static final int NIL = -1;

    /** When the message reached the source (its age counts from here). */
    long[] arrivalUs = new long[64];
    /** Handler duration of the message alone, at the function's memory. */
    long[] durationUs = new long[64];
    /** When a returned message is visible again (SQS visibility timeout). */
    long[] visibleAtUs = new long[64];
    int[] maxMemoryMb = new int[64];
    int[] payloadBytes = new int[64];
    int[] receives = new int[64];
    int[] next = new int[64];
    byte[] status = new byte[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;

    int add(long arrival, long duration, int maxMemory, int messageStatus, long payload) {
        int h;
        if (freeCount > 0) {
            h = free[--freeCount];
        } else {
            if (used == arrivalUs.length) {
                grow();
            }
            h = used++;
        }
        arrivalUs[h] = arrival;
        durationUs[h] = duration;
        visibleAtUs[h] = arrival;
        maxMemoryMb[h] = maxMemory;
        payloadBytes[h] = payload < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, payload);
        receives[h] = 0;
        next[h] = NIL;
        status[h] = (byte) messageStatus;
        return h;
    }

    void release(int h) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = h;
    }

    private void grow() {
        int n = arrivalUs.length * 2;
        arrivalUs = Arrays.copyOf(arrivalUs, n);
        durationUs = Arrays.copyOf(durationUs, n);
        visibleAtUs = Arrays.copyOf(visibleAtUs, n);
        maxMemoryMb = Arrays.copyOf(maxMemoryMb, n);
        payloadBytes = Arrays.copyOf(payloadBytes, n);
        receives = Arrays.copyOf(receives, n);
        next = Arrays.copyOf(next, n);
        status = Arrays.copyOf(status, n);
    }
}
