package io.lambdasim.engine.ec2;

/**
 * What the serving instances did since the last period boundary: the figures target tracking and
 * CPU credits act on, and their running totals over the run. Each instance adds its share at the
 * boundary, or when it terminates: exact integrals, whatever the period.
 */
final class PeriodUsage {
    /** Instance-µs served, busy vCPU-µs, slot-µs held: this period. */
    double servedUs;
    double busyVcpuUs;
    double slotUs;

    /** The same, over the run so far (closed periods only). */
    double totalServedUs;
    double totalBusyVcpuUs;
    double totalSlotUs;

    void add(long servedDt, double busy, double slot) {
        servedUs += servedDt;
        busyVcpuUs += busy;
        slotUs += slot;
    }

    /** Closes the period: its figures go into the totals and the next period starts from zero. */
    void close() {
        totalServedUs += servedUs;
        totalBusyVcpuUs += busyVcpuUs;
        totalSlotUs += slotUs;
        servedUs = 0;
        busyVcpuUs = 0;
        slotUs = 0;
    }
}
