package io.lambdasim.traces.pipe;

import java.util.concurrent.locks.LockSupport;

/**
 * How a side of the pipeline waits for the other: a few busy spins (the other side is usually a
 * microsecond away), then yields, then short parks, so a stalled partner (a slow disk, a paused
 * engine) costs no core. One per waiting side; {@link #reset()} after progress.
 */
final class Backoff {

    private static final int SPINS = 64;
    private static final int YIELDS = 16;
    private static final long PARK_NANOS = 50_000;

    private int idle;

    void idle() {
        if (idle < SPINS) {
            Thread.onSpinWait();
        } else if (idle < SPINS + YIELDS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(PARK_NANOS);
        }
        idle++;
    }

    void reset() {
        idle = 0;
    }
}
