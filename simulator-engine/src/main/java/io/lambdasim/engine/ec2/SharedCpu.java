package io.lambdasim.engine.ec2;

/**
 * One instance's vCPUs, shared by the requests in their CPU phase: egalitarian processor sharing
 * with a cap per request, event-driven through a virtual clock.
 *
 * <p><b>Speed.</b> With {@code n} requests computing on {@code c} vCPUs that run at speed {@code b}
 * (1; a standard-mode burstable's baseline share while throttled), a request that can use at most
 * {@code p} vCPUs (its threads) progresses at
 * <pre>
 *   r(n) = b · min(p, c / n)          vCPU-µs of work per µs of wall time
 * </pre>
 * so nobody slows down until {@code n·p > c}, and beyond that each one slows in proportion.
 *
 * <p><b>Virtual time.</b> Every request in the CPU phase progresses at the same {@code r(n)}, so one
 * number tracks them all: {@code V}, the work each of them has received since the phase last
 * emptied, with {@code dV/dt = r(n(t))}. A request of work {@code W} joining at time {@code t} gets
 * the tag {@code F = V(t) + W} and leaves when {@code V} reaches {@code F}. A change of {@code n}
 * changes how fast {@code V} moves, never a tag, so requests finish in tag order and a min-heap of
 * tags names the next one; its wall-clock completion is
 * <pre>
 *   t* = t_last + ⌈(F_min − V(t_last)) / r(n)⌉
 * </pre>
 * recomputed in O(1) after each change. A join or a completion is one heap push or pop, O(log n),
 * and nothing is allocated: the heap's arrays grow only to the largest {@code n} seen. {@code V}
 * restarts at 0 whenever the phase empties, so it stays small enough for a double to keep
 * sub-microsecond precision.
 *
 * <p><b>Accounting.</b> Between events, {@code min(n·p, c)} vCPUs are occupied, which
 * {@link #advance} integrates; they do {@code b} times that in work (b changes only at period
 * boundaries, so a period's work is its busy time times its speed).
 */
final class SharedCpu {
    private final double vcpus;
    private final double perRequest;
    private double speed = 1;
    private double uncontendedUsPerWork;

    private double virtual;
    private long lastUs;
    /** Requests computing, by tag; their number, and the speed and occupied vCPUs it gives (kept current). */
    private final MinHeap tags = new MinHeap();
    private int n;
    private double rate;
    /** µs per vCPU-µs of work, {@code 1 / r(n)}: completion times by multiplication. */
    private double usPerWork;
    private double occupied;

    /** vCPU-µs occupied since the instance started (work done is that times the speed). */
    double busyVcpuUs;

    SharedCpu(int vcpus, int usableThreads) {
        this.vcpus = vcpus;
        this.perRequest = Math.max(1, Math.min(usableThreads, vcpus));
        this.uncontendedUsPerWork = 1 / perRequest;
    }

    /** Starts the clock at {@code t} (the instance begins serving). */
    void startAt(long t) {
        lastUs = t;
    }

    /** Brings {@code V} and the integrals to time {@code t} (never earlier than the last call). */
    void advance(long t) {
        long dt = t - lastUs;
        lastUs = t;
        if (n > 0) {
            virtual += rate * dt;
            busyVcpuUs += occupied * dt;
        }
    }

    /** Speed of the vCPUs from now on: 1, or a throttled burstable's baseline share. Advance first. */
    void speed(double b) {
        speed = b;
        uncontendedUsPerWork = 1 / (speed * perRequest);
        resize(n);
    }

    /**
     * A request with {@code work} vCPU-µs joins at the current time (advance first). Returns
     * whether the next completion time may have changed: not when the newcomer finishes after the
     * current first and nobody's speed changes (all had, and still have, {@code p} vCPUs each).
     */
    boolean join(int id, long work) {
        double tag = virtual + work;
        boolean later = n > 0 && tag >= tags.peekNonNegative();
        tags.addNonNegative(tag, id);
        resize(n + 1);
        return !(later && n * perRequest <= vcpus);
    }

    /**
     * Wall-clock time the next request finishes its CPU work, {@link Long#MAX_VALUE} when none is
     * computing; never before the last advance.
     */
    long nextCompletionUs() {
        if (n == 0) {
            return Long.MAX_VALUE;
        }
        double left = tags.peekNonNegative() - virtual;
        if (left <= 0) {
            return lastUs;
        }
        double us = left * usPerWork;
        long whole = (long) us; // ⌈us⌉ without Math.ceil, which the JIT does not always inline
        return lastUs + (whole < us ? whole + 1 : whole);
    }

    /**
     * Removes the request with the smallest tag (the one due now; advance first) and returns its id.
     * Its tag may exceed {@code V} by a rounding error: the completion time was rounded up to a
     * whole µs, so {@code V} is at or past it but for floating-point error.
     */
    int finishFirst() {
        int id = tags.poll();
        resize(n - 1);
        if (n == 0) {
            virtual = 0;
        }
        return id;
    }

    /** {@code r(n)} and {@code min(n·p, c)} for the new number computing. */
    private void resize(int computing) {
        n = computing;
        occupied = Math.min(n * perRequest, vcpus);
        if (n * perRequest <= vcpus) {
            rate = speed * perRequest;
            usPerWork = uncontendedUsPerWork;
        } else {
            rate = speed * vcpus / n;
            usPerWork = n / (speed * vcpus);
        }
    }
}
