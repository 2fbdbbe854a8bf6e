package io.lambdasim.engine.ec2;

import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/**
 * Replays an invocation stream on an EC2 fleet: the baseline Lambda is compared against.
 *
 * <p>Two passes over the trace (hence a {@link Supplier} that reopens it): the first measures
 * demand per period so a static fleet can be sized for the peak (within its minimum and maximum;
 * an autoscaled one starts at the size its first period needs, as a fleet already running would);
 * the second replays it, request by request, on individual instances behind the load balancer
 * ({@link FleetRun}). Both allocate nothing per invocation.
 */
public final class Ec2Fleet {

    private Ec2Fleet() {
    }

    public static FleetResult simulate(Supplier<? extends InvocationCursor> trace, FleetConfig config) {
        DemandProfile demand;
        try (InvocationCursor c = trace.get()) {
            demand = DemandProfile.measure(c, config);
        }
        int slots = slotsPerInstance(config, demand.residentMb);
        if (slots == 0) {
            throw new IllegalArgumentException("a request holding " + demand.residentMb + " MB does not fit in an instance of "
                    + config.memoryMb() + " MB");
        }
        int floor = Math.max(1, config.minInstances());
        int wanted = config.mode() == FleetMode.STATIC ? demand.peakInstances(config, slots) : demand.instancesFor(0, config, slots);
        int initial = Math.min(config.maxInstances(), Math.max(floor, wanted));
        FleetResult r;
        try (InvocationCursor c = trace.get()) {
            r = new FleetRun(config, slots).run(c, initial);
        }
        return r.withResidentMb(demand.residentMb);
    }

    /**
     * Concurrent requests one instance's usable memory holds; unlimited when its memory is unknown,
     * 0 when one request needs more than the whole instance. A request that fits the instance but
     * not its usable share still gets one slot: a configured Lambda memory is an upper bound of
     * what the code uses, and one request at a time is how such a box would be run.
     */
    static int slotsPerInstance(FleetConfig config, int residentMb) {
        if (config.memoryMb() <= 0) {
            return Integer.MAX_VALUE;
        }
        if (residentMb > config.memoryMb()) {
            return 0;
        }
        return (int) Math.max(1, Math.floor(config.memoryMb() * FleetConfig.USABLE_MEMORY_SHARE / residentMb));
    }
}
