package io.lambdasim.engine.ec2;

/**
 * One instance of the fleet: its life (launching, serving behind the balancer, draining), its own
 * queue and admission limit (memory slots), its shared vCPUs, and what it did, integrated exactly
 * between events. Allocated once per launch and reused after termination, never per request.
 */
final class Instance {
    enum State { LAUNCHING, ROUTABLE, DRAINING, TERMINATED }

    final int id;
    final SharedCpu cpu;
    final RequestQueue queue = new RequestQueue();

    State state = State.TERMINATED;
    long launchedUs;
    long servesFromUs;
    /** Requests holding one of its memory slots (computing or waiting on I/O). */
    int inService;

    /** Since it started serving: µs served, slot-µs held. */
    long servedUs;
    double slotUs;
    private long lastUs;

    Instance(int id, int vcpus, int usableThreads) {
        this.id = id;
        this.cpu = new SharedCpu(vcpus, usableThreads);
    }

    /** Starts a new life for this record (a launch), serving from {@code servesFrom}. */
    Instance launch(long now, long servesFrom) {
        state = State.LAUNCHING;
        launchedUs = now;
        servesFromUs = servesFrom;
        inService = 0;
        servedUs = 0;
        slotUs = 0;
        cpu.busyVcpuUs = 0;
        cpu.workUs = 0;
        return this;
    }

    void startServing(long t) {
        state = State.ROUTABLE;
        lastUs = t;
        cpu.startAt(t);
    }

    /** Requests placed here and not finished: in service or in its queue (what least-outstanding counts). */
    int outstanding() {
        return inService + queue.size();
    }

    boolean serving() {
        return state == State.ROUTABLE || state == State.DRAINING;
    }

    /**
     * Brings the integrals to {@code t} and adds this instance's share of the interval to the
     * fleet's period totals. Call before anything about it changes.
     */
    void advance(long t, PeriodUsage period) {
        long dt = t - lastUs;
        if (dt <= 0) {
            return;
        }
        double busy = cpu.busyVcpuUs;
        double work = cpu.workUs;
        cpu.advance(t);
        servedUs += dt;
        slotUs += (double) inService * dt;
        period.add(dt, cpu.busyVcpuUs - busy, cpu.workUs - work, (double) inService * dt);
        lastUs = t;
    }

    /** Busy vCPU time over vCPU time served, 0 when it never served. */
    double cpuUtilization(int vcpus) {
        return servedUs > 0 ? Math.min(1, cpu.busyVcpuUs / ((double) vcpus * servedUs)) : 0;
    }
}
