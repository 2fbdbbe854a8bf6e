package io.lambdasim.engine.ec2;

import io.lambdasim.traces.InvocationCursor;
import java.util.Arrays;

/**
 * First pass over the trace: CPU work and request-time per period (every period for a static
 * fleet, the first for an autoscaled one), and the largest resident memory, so a fleet can be
 * sized before the replay. Memory: two doubles per period (a month of minutes is 700 KB), flat in
 * trace length. Sums are unrounded: they only size the fleet.
 */
final class DemandProfile {
    double[] cpuUs = new double[64];
    double[] wallUs = new double[64];
    int periods;
    int residentMb;

    static DemandProfile measure(InvocationCursor cursor, FleetConfig config) {
        DemandProfile p = new DemandProfile();
        p.periods = 1;
        RequestShape shape = new RequestShape(config);
        // A static fleet is sized for its busiest period; an autoscaled one starts at what the
        // first needs and tracks the rest as it replays, so past the first only memory matters.
        boolean everyPeriod = config.mode() == FleetMode.STATIC;
        int resident = 0;
        long period = config.periodUs();
        int k = 0;
        long periodEnd = period;
        double cpu = 0;
        double wall = 0;
        boolean measured = true;
        while (cursor.next()) {
            long start = cursor.startUs();
            if (start >= periodEnd) {
                // Rows come in time order: divide only when the period changes, and keep the
                // period's sums in locals until then.
                if (measured) {
                    p.cpuUs[k] += cpu;
                    p.wallUs[k] += wall;
                }
                cpu = 0;
                wall = 0;
                k = (int) (start / period);
                periodEnd = (k + 1) * period;
                measured = everyPeriod;
                if (measured) {
                    p.ensure(k);
                }
            }
            if (measured) {
                cpu += shape.cpuDemand(cursor);
                wall += shape.wallDemand(cursor);
            }
            int used = cursor.maxMemoryUsedMb() > 0 ? cursor.maxMemoryUsedMb() : cursor.memoryMb();
            resident = Math.max(resident, used);
        }
        if (measured) {
            p.cpuUs[k] += cpu;
            p.wallUs[k] += wall;
        }
        p.residentMb = config.residentMb() > 0 ? config.residentMb()
                : resident > 0 ? resident : config.referenceMemoryMb();
        return p;
    }

    private void ensure(int k) {
        if (k >= cpuUs.length) {
            int n = Math.max(k + 1, cpuUs.length * 2);
            cpuUs = Arrays.copyOf(cpuUs, n);
            wallUs = Arrays.copyOf(wallUs, n);
        }
        periods = Math.max(periods, k + 1);
    }

    /**
     * Instances needed for the demand of period {@code k} at the sustainable utilisation: CPU
     * work over the period against vCPUs, request-time (mean concurrency, Little's law) against
     * memory slots.
     */
    int instancesFor(int k, FleetConfig config, int slotsPerInstance) {
        if (k >= periods) {
            return 0;
        }
        double period = config.periodUs();
        double util = config.sustainableUtilization();
        double byCpu = cpuUs[k] / period / (config.vcpus() * util);
        double bySlots = slotsPerInstance == Integer.MAX_VALUE ? 0 : wallUs[k] / period / (slotsPerInstance * util);
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(Math.max(byCpu, bySlots)));
    }

    int peakInstances(FleetConfig config, int slotsPerInstance) {
        int peak = 0;
        for (int k = 0; k < periods; k++) {
            peak = Math.max(peak, instancesFor(k, config, slotsPerInstance));
        }
        return peak;
    }
}
