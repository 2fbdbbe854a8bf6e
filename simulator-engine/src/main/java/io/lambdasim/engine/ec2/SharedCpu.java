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
 * <p><b>Accounting.</b> Between events, {@code min(n·p, c)} vCPUs are occupied and
 * {@code b·min(n·p, c)} vCPU-µs of work are done per µs; {@link #advance} integrates both.
 */
final class SharedCpu {
    private final double vcpus;
    private final double perRequest;
    private double speed = 1;

    private double virtual;
    private long lastUs;
    /** Requests computing, by tag. */
    private final MinHeap tags = new MinHeap();

    /** vCPU-µs occupied, and work done (vCPU-µs at full speed), since the instance started. */
    double busyVcpuUs;
    double workUs;

    SharedCpu(int vcpus, int usableThreads) {
        this.vcpus = vcpus;
        this.perRequest = Math.max(1, Math.min(usableThreads, vcpus));
    }

    /** Requests in their CPU phase. */
    int computing() {
        return tags.size();
    }

    /** Starts the clock at {@code t} (the instance begins serving). */
    void startAt(long t) {
        lastUs = t;
    }

    /** Brings {@code V} and the integrals to time {@code t} (never earlier than the last call). */
    void advance(long t) {
        long dt = t - lastUs;
        int n = tags.size();
        if (dt > 0 && n > 0) {
            double occupied = Math.min(n * perRequest, vcpus);
            virtual += rate() * dt;
            busyVcpuUs += occupied * dt;
            workUs += speed * occupied * dt;
        }
        lastUs = t;
    }

    /** Speed of the vCPUs from now on: 1, or a throttled burstable's baseline share. Advance first. */
    void speed(double b) {
        speed = b;
    }

    /** A request with {@code work} vCPU-µs joins at the current time. Advance first. */
    void join(int id, long work) {
        tags.add(virtual + work, id);
    }

    /**
     * Wall-clock time the next request finishes its CPU work, {@link Long#MAX_VALUE} when none is
     * computing; never before the last advance.
     */
    long nextCompletionUs() {
        if (tags.size() == 0) {
            return Long.MAX_VALUE;
        }
        double left = tags.peekKey() - virtual;
        return left <= 0 ? lastUs : lastUs + (long) Math.ceil(left / rate());
    }

    /**
     * Removes the request with the smallest tag (the one due now; advance first) and returns its id.
     * Its tag may exceed {@code V} by a rounding error: the completion time was rounded up to a
     * whole µs, so {@code V} is at or past it but for floating-point error.
     */
    int finishFirst() {
        int id = tags.poll();
        if (tags.size() == 0) {
            virtual = 0;
        }
        return id;
    }

    /** Whether the next request in tag order is done at the current time (after an advance). */
    boolean firstDone() {
        return nextCompletionUs() <= lastUs;
    }

    private double rate() {
        int n = tags.size();
        return n * perRequest <= vcpus ? speed * perRequest : speed * vcpus / n;
    }
}
