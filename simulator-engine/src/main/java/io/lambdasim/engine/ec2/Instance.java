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
    /** Requests placed here and not finished: in service or in its queue (what least-outstanding counts). */
    int outstanding;
    /** When the balancer last picked it (a sequence number): least-outstanding's tie-break. */
    long lastPick;
    /** When its next CPU completion is entered in the fleet's completions, {@code Long.MAX_VALUE} when none is. */
    long cpuEventUs = Long.MAX_VALUE;

    /** Since it started serving: µs served, slot-µs held. */
    long servedUs;
    long slotUs;
    private long lastUs;
    /** The same and the CPU's integrals at the last period boundary. */
    private long servedMark;
    private long slotMark;
    private double busyMark;

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
        outstanding = 0;
        cpuEventUs = Long.MAX_VALUE;
        servedUs = 0;
        slotUs = 0;
        cpu.busyVcpuUs = 0;
        servedMark = 0;
        slotMark = 0;
        busyMark = 0;
        return this;
    }

    void startServing(long t) {
        state = State.ROUTABLE;
        lastUs = t;
        cpu.startAt(t);
    }


    boolean serving() {
        return state == State.ROUTABLE || state == State.DRAINING;
    }

    /** Brings the integrals to {@code t}. Call before anything about it changes. */
    void advance(long t) {
        long dt = t - lastUs;
        if (dt > 0) {
            cpu.advance(t);
            servedUs += dt;
            slotUs += inService * dt;
            lastUs = t;
        }
    }

    /** Adds what it did since the last boundary (advance first) to the period's totals. */
    void closePeriod(PeriodUsage period) {
        period.add(servedUs - servedMark, cpu.busyVcpuUs - busyMark, slotUs - slotMark);
        servedMark = servedUs;
        slotMark = slotUs;
        busyMark = cpu.busyVcpuUs;
    }

    /** Busy vCPU time over vCPU time served, 0 when it never served. */
    double cpuUtilization(int vcpus) {
        return servedUs > 0 ? Math.min(1, cpu.busyVcpuUs / ((double) vcpus * servedUs)) : 0;
    }
}
