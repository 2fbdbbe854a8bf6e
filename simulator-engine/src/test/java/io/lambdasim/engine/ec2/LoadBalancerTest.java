package io.lambdasim.engine.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    private static Instance[] instances(int n) {
        Instance[] byId = new Instance[n];
        for (int k = 0; k < n; k++) {
            byId[k] = new Instance(k, 2, 1).launch(0, 0);
            byId[k].startServing(0);
        }
        return byId;
    }

    @Test
    void leastOutstandingPicksTheLeastLoadedAndRotatesAmongEquals() {
        for (int limit : new int[] {LoadBalancer.SCAN_LIMIT, 0}) {
            Instance[] byId = instances(3);
            LoadBalancer lb = new LoadBalancer(Balancer.LEAST_OUTSTANDING, limit);
            for (Instance i : byId) {
                lb.add(i);
            }
            // All idle: picked in turn, least recently picked first (0, 1, 2, then 0 again).
            int[] order = new int[4];
            for (int k = 0; k < 4; k++) {
                Instance i = lb.choose(byId, 10);
                order[k] = i.id;
                if (k < 3) {
                    i.outstanding++;
                    lb.placed(i);
                }
            }
            assertThat(order).containsExactly(0, 1, 2, 0);
            // Instance 1 finishes its request: it is the only one with none outstanding.
            byId[1].outstanding--;
            lb.changed(byId[1]);
            assertThat(lb.choose(byId, 10).id).isEqualTo(1);
        }
    }

    @Test
    void roundRobinIgnoresLoadAndCentralHoldsRequestsWhenEverySlotIsTaken() {
        Instance[] byId = instances(2);
        LoadBalancer robin = new LoadBalancer(Balancer.ROUND_ROBIN);
        robin.add(byId[0]);
        robin.add(byId[1]);
        byId[0].outstanding = 5;
        assertThat(robin.choose(byId, 1).id).isZero();
        assertThat(robin.choose(byId, 1).id).isEqualTo(1);
        assertThat(robin.choose(byId, 1).id).isZero();
        LoadBalancer central = new LoadBalancer(Balancer.CENTRAL);
        central.add(byId[0]);
        central.add(byId[1]);
        byId[0].inService = 1;
        byId[1].inService = 1;
        byId[1].outstanding = 1;
        byId[0].outstanding = 1;
        assertThat(central.choose(byId, 1)).isNull();
        assertThat(central.choose(byId, 2)).isNotNull();
    }

    @Test
    void theHeapAndTheScanPlaceEveryRequestAlike() {
        // Past 16 routable instances least-outstanding leaves its scan for an indexed heap; both
        // order by (outstanding, last pick), so a fleet replayed either way is identical: here an
        // autoscaled fleet that grows past 16 instances and shrinks back, and a static one of 4.
        FleetConfig grows = FleetConfig.of(2, 4096).withWorkload(new CpuModel(1, 1), 1769, -1)
                .withSizing(FleetMode.AUTOSCALED, 0.7, 1, 40).withTiming(30_000_000L, 60_000_000L, 60_000_000L);
        String ramp = "poisson(4/s);duration=exp(250ms);horizon=40m;memory=1769;seed=3"
                + " + bursty(0/s,120/s,10m,20m);duration=exp(250ms);memory=1769";
        FleetConfig four = grows.withSizing(FleetMode.STATIC, 0.7, 4, 4);
        for (FleetConfig c : new FleetConfig[] {grows, four}) {
            FleetResult scanned = replay(c, ramp, LoadBalancer.SCAN_LIMIT);
            FleetResult heaped = replay(c, ramp, 0);
            assertThat(heaped).usingRecursiveComparison().isEqualTo(scanned);
            assertThat(scanned.queuedInvocations()).isPositive();
        }
        assertThat(replay(grows, ramp, LoadBalancer.SCAN_LIMIT).peakInstances()).isGreaterThan(LoadBalancer.SCAN_LIMIT);
    }

    private static FleetResult replay(FleetConfig c, String spec, int scanLimit) {
        WorkloadSpec w = WorkloadSpec.parse(spec);
        int slots;
        try (InvocationCursor cursor = w.open()) {
            slots = Ec2Fleet.slotsPerInstance(c, DemandProfile.measure(cursor, c).residentMb);
        }
        try (InvocationCursor cursor = w.open()) {
            return new FleetRun(c, slots, scanLimit).run(cursor, Math.max(1, c.minInstances()));
        }
    }
}
