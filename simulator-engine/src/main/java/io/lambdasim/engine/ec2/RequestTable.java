package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * The requests in the fleet (waiting or in service), as struct-of-arrays rows addressed by an int
 * handle. Handles are recycled, so the table grows to the largest number of requests present at
 * once, never with the length of the trace, and a request costs no allocation.
 */
final class RequestTable {
    static final int NONE = -1;

    /** When the request reached the load balancer, µs. */
    long[] arrivalUs = new long[64];
    /** Its CPU work on one full vCPU, µs. */
    long[] workUs = new long[64];
    /** Its wall time away from the CPU (waiting on I/O), µs. */
    long[] ioUs = new long[64];
    /** The next request in the same queue, or {@link #NONE}. */
    int[] next = new int[64];
    /** The instance it was placed on (meaningful once placed). */
    int[] instance = new int[64];

    private int[] free = new int[64];
    private int freeCount;
    private int used;

    int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == arrivalUs.length) {
            int n = used * 2;
            arrivalUs = Arrays.copyOf(arrivalUs, n);
            workUs = Arrays.copyOf(workUs, n);
            ioUs = Arrays.copyOf(ioUs, n);
            next = Arrays.copyOf(next, n);
            instance = Arrays.copyOf(instance, n);
        }
        return used++;
    }

    void release(int handle) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = handle;
    }

    /** Requests present now. */
    int present() {
        return used - freeCount;
    }
}
