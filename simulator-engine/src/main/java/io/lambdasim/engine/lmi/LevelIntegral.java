package io.lambdasim.engine.lmi;

/**
 * A level that changes at points in time (instances running, environments active), integrated
 * over the replay's window {@code [start, end]}: its time-weighted mean, and its least and
 * greatest value inside the window. Changes come in time order; one outside the window moves
 * the level without counting. Setting a level step by step (one instance at a time) passes
 * through values between the old and the new, which never lie outside the two.
 */
final class LevelIntegral {
    private final long start;
    private long end;
    private long lastT;
    private long level;
    private double integral;
    private long min = Long.MAX_VALUE;
    private long max;

    /** {@code end} may be {@code Long.MAX_VALUE} when the window closes only when the run ends ({@link #finish}). */
    LevelIntegral(long start, long end) {
        this.start = start;
        this.end = end;
        this.lastT = start;
    }

    void set(long t, long value) {
        long at = Math.min(Math.max(t, start), end);
        integral += (double) level * (at - lastT);
        lastT = at;
        level = value;
        if (t <= end) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }

    /** Forgets the extremes seen so far and starts them at the current level (after setting up at the window's start). */
    void settle() {
        min = level;
        max = level;
    }

    long level() {
        return level;
    }

    /** Closes the window at {@code windowEnd} and returns the integral (level × µs) over it. */
    double finish(long windowEnd) {
        end = Math.min(end, windowEnd);
        if (end > lastT) {
            integral += (double) level * (end - lastT);
            lastT = end;
        }
        return integral;
    }

    long min() {
        return min == Long.MAX_VALUE ? 0 : min;
    }

    long max() {
        return max;
    }
}
