package io.lambdasim.engine.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked fleets. Durations are recorded at 1,769 MB (exactly one vCPU in Lambda, AWS docs)
 * with a CPU-bound share of 1, so a request's CPU work on an instance equals its duration.
 */
class Ec2FleetTest {

    private static final long S = 1_000_000L;
    private static final CpuModel CPU_BOUND = new CpuModel(1, 1);

    private static FleetConfig fleet(int vcpus, int memoryMb, int min) {
        return FleetConfig.of(vcpus, memoryMb).withWorkload(CPU_BOUND, 1769, -1)
                .withSizing(FleetMode.STATIC, 0.7, min, 100);
    }

    private static Supplier<FixedCursor> trace(long[][] rows) {
        return () -> new FixedCursor(rows[0], rows[1], 1769);
    }

    private static long[][] concat(long[][] a, long[][] b) {
        long[] s = Arrays.copyOf(a[0], a[0].length + b[0].length);
        long[] d = Arrays.copyOf(a[1], a[1].length + b[1].length);
        System.arraycopy(b[0], 0, s, a[0].length, b[0].length);
        System.arraycopy(b[1], 0, d, a[1].length, b[1].length);
        return new long[][] {s, d};
    }

    @Test
    void staticFleetKeepsItsMinimumAndMeasuresUtilisation() {
        // A 0.5 s request every second for an hour: 0.5 vCPU, one 2-vCPU instance at 70% holds
        // 1.4, but the minimum is 2. Busy 1,800 vCPU-s of 2 × 2 × 3,600 = 14,400: 12.5%.
        FleetResult r = Ec2Fleet.simulate(trace(FixedCursor.every(0, S, 3600, S / 2)), fleet(2, 8192, 2));
        assertThat(r.initialInstances()).isEqualTo(2);
        assertThat(r.peakInstances()).isEqualTo(2);
        assertThat(r.horizonUs()).isEqualTo(3600 * S);
        assertThat(r.instanceSeconds()).isEqualTo(7200.0);
        assertThat(r.cpuUtilization()).isCloseTo(0.125, within(1e-9));
        assertThat(r.queuedInvocations()).isZero();
        assertThat(r.launches()).isEqualTo(2);
        assertThat(r.billableInstanceSeconds(60)).isEqualTo(7200.0);
    }

    @Test
    void requestsBeyondTheSlotsQueueAndTheirWaitIsMeasured() {
        // Three 1 s requests at once on one 1-vCPU instance of 2,048 MB: 1,769 MB each gives
        // floor(2048 × 0.9 / 1769) = 1 slot, so they run one after the other and wait 0, 1 and 2 s.
        // (Until issue 17 this fleet had no memory and the pooled model queued on vCPUs; with an
        // admission limit per instance, memory is what makes requests queue.)
        long[][] rows = {{0, 0, 0}, {S, S, S}};
        FleetResult r = Ec2Fleet.simulate(trace(rows), fleet(1, 2048, 1));
        assertThat(r.slotsPerInstance()).isEqualTo(1);
        assertThat(r.queuedInvocations()).isEqualTo(2);
        assertThat(r.waitedShare()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.overloadedSeconds()).isEqualTo(1);
        assertThat(r.queue().p50Ms()).isCloseTo(1000, within(1.0));
        assertThat(r.queue().maxMs()).isCloseTo(2000, within(2.0));
        assertThat(r.queue().meanMs()).isCloseTo(1000, within(1.0));
        // Responses: 1, 2 and 3 s.
        assertThat(r.response().meanMs()).isCloseTo(2000, within(2.0));
    }

    @Test
    void requestsBeyondTheVcpusShareThemAndAllSlowDown() {
        // The same three requests on an instance whose memory never limits: all three are admitted
        // at once and share the one vCPU (processor sharing), each getting 1/3 of it, so none waits
        // and all three finish together at 3 s.
        long[][] rows = {{0, 0, 0}, {S, S, S}};
        FleetResult r = Ec2Fleet.simulate(trace(rows), fleet(1, 0, 1));
        assertThat(r.queuedInvocations()).isZero();
        assertThat(r.response().meanMs()).isCloseTo(3000, within(3.0));
        assertThat(r.response().maxMs()).isCloseTo(3000, within(3.0));
        // The vCPU was busy 3 s of the 60 s horizon (one period).
        assertThat(r.cpuUtilization()).isCloseTo(3 / 60.0, within(1e-9));
    }

    @Test
    void aRequestUsesAtMostItsThreadsAndSharesTheRest() {
        // A 2-vCPU instance, single-threaded work (threads 1): one 1 s request alone uses one vCPU
        // and takes 1 s; two at once take one vCPU each, 1 s; three at once get 2/3 of a vCPU each
        // and all finish at 1.5 s. Arrivals 10 s apart so the groups do not overlap.
        long[][] rows = {{0, 10 * S, 10 * S, 20 * S, 20 * S, 20 * S}, {S, S, S, S, S, S}};
        FleetResult one = Ec2Fleet.simulate(trace(rows), fleet(2, 0, 1).withSizing(FleetMode.STATIC, 0.7, 1, 1));
        // Mean response (1 + 1 + 1 + 1.5 × 3) / 6 = 1.25 s.
        assertThat(one.response().meanMs()).isCloseTo(1250, within(1.5));
        assertThat(one.response().maxMs()).isCloseTo(1500, within(1.5));
        // Two threads: alone 0.5 s; two at once 1 s each; three share 2 vCPUs, 1.5 s each.
        FleetConfig twoThreads = FleetConfig.of(2, 0).withWorkload(new CpuModel(1, 2), 1769, -1)
                .withSizing(FleetMode.STATIC, 0.7, 1, 1);
        FleetResult two = Ec2Fleet.simulate(trace(rows), twoThreads);
        // (0.5 + 1 + 1 + 1.5 × 3) / 6 = 1.1667 s.
        assertThat(two.response().meanMs()).isCloseTo(7000 / 6.0, within(1.5));
        assertThat(two.response().maxMs()).isCloseTo(1500, within(1.5));
    }

    @Test
    void staticFleetIsSizedForThePeakMinute() {
        // Minute 0: 0.5 vCPU. Minute 1: 120 requests of 1 s = 2 vCPU; at 70% of 1 vCPU each that
        // needs ceil(2 / 0.7) = 3 instances, and 3 vCPU serve 2 vCPU of work without a queue.
        long[][] rows = concat(FixedCursor.every(0, 2 * S, 30, S), FixedCursor.every(60 * S, S / 2, 120, S));
        FleetResult r = Ec2Fleet.simulate(trace(rows), fleet(1, 0, 1));
        assertThat(r.initialInstances()).isEqualTo(3);
        assertThat(r.queuedInvocations()).isZero();
    }

    @Test
    void memorySlotsLimitConcurrency() {
        // An I/O-bound function (cpu share 0) holding 512 MB: a 2 GB instance has
        // floor(2048 × 0.9 / 512) = 3 slots, so the 4th of four simultaneous 1 s requests waits 1 s.
        FleetConfig c = FleetConfig.of(2, 2048).withWorkload(new CpuModel(0, 1), 512, 512)
                .withSizing(FleetMode.STATIC, 0.7, 1, 10);
        long[][] rows = {{0, 0, 0, 0}, {S, S, S, S}};
        FleetResult r = Ec2Fleet.simulate(trace(rows), c);
        assertThat(r.slotsPerInstance()).isEqualTo(3);
        assertThat(r.queuedInvocations()).isEqualTo(1);
        assertThat(r.queue().maxMs()).isCloseTo(1000, within(1.0));
        // A 1,024 MB request on a 1,024 MB instance fits the box but not its 90% usable share: it
        // runs alone (one slot), so the second of two simultaneous requests waits 1 s.
        FleetConfig exact = FleetConfig.of(1, 1024).withWorkload(new CpuModel(0, 1), 512, 1024)
                .withSizing(FleetMode.STATIC, 0.7, 1, 1);
        FleetResult alone = Ec2Fleet.simulate(trace(new long[][] {{0, 0}, {S, S}}), exact);
        assertThat(alone.slotsPerInstance()).isEqualTo(1);
        assertThat(alone.queue().maxMs()).isCloseTo(1000, within(1.0));
        FleetConfig tooSmall = FleetConfig.of(1, 512).withWorkload(new CpuModel(0, 1), 512, 1024);
        assertThatThrownBy(() -> Ec2Fleet.simulate(trace(rows), tooSmall))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024 MB");
    }

    @Test
    void autoscaledFleetGrowsAfterTheLaunchDelayAndShrinksAfterTheCooldown() {
        // 10 min at 0.25 vCPU (one 1-vCPU instance), then 20 min at 2 vCPU, then 20 min quiet.
        // Target tracking must reach at least ceil(2 / 0.7) = 3 instances; the 3 min launch delay
        // makes requests queue meanwhile; after the load the fleet shrinks back to 1. Each instance
        // holds one request (2,048 MB): without a memory limit an overloaded instance admits every
        // request and slows them all (processor sharing) instead of queueing them.
        long[][] rows = concat(FixedCursor.every(0, 4 * S, 150, S), FixedCursor.every(600 * S, S / 2, 2400, S));
        rows = concat(rows, FixedCursor.every(1800 * S, 60 * S, 20, S / 10));
        FleetConfig c = fleet(1, 2048, 1).withSizing(FleetMode.AUTOSCALED, 0.7, 1, 20);
        FleetResult r = Ec2Fleet.simulate(trace(rows), c);
        assertThat(r.initialInstances()).isEqualTo(1);
        assertThat(r.peakInstances()).isBetween(3, 6);
        assertThat(r.launches()).isGreaterThan(3);
        assertThat(r.queuedInvocations()).isPositive();
        assertThat(r.queue().p99Ms()).isGreaterThan(1000);
        // Fewer instance-hours than a static fleet of the peak size over the 50 minutes.
        assertThat(r.averageInstances()).isLessThan(r.peakInstances());
        assertThat(r.averageInstances()).isGreaterThan(1);
    }

    @Test
    void unlimitedBurstableCountsSurplusAboveItsCredits() {
        // 1 vCPU busy all hour on a 2-vCPU instance with a 20% baseline (t4g.small): it earns
        // 0.4 vCPU and spends 1, so 0.6 vCPU × 3,600 s = 2,160 vCPU-s of surplus (AWS T3/T4g docs:
        // one credit = one vCPU-minute at 100%).
        FleetConfig c = fleet(2, 0, 1).withSizing(FleetMode.STATIC, 1.0, 1, 1).withBurst(0.2, BurstBehaviour.UNLIMITED);
        FleetResult r = Ec2Fleet.simulate(trace(FixedCursor.every(0, S, 3600, S)), c);
        assertThat(r.initialInstances()).isEqualTo(1);
        assertThat(r.surplusVcpuSeconds()).isCloseTo(2160, within(1e-6));
        assertThat(r.throttledSeconds()).isZero();
    }

    @Test
    void standardBurstableIsSizedForItsBaselineOrThrottled() {
        // Sized by the baseline: 1 vCPU of work over 2 × 0.2 per instance needs 3 instances.
        FleetConfig sized = fleet(2, 0, 1).withBurst(0.2, BurstBehaviour.STANDARD);
        FleetResult r = Ec2Fleet.simulate(trace(FixedCursor.every(0, S, 600, S)), sized);
        assertThat(r.initialInstances()).isEqualTo(3);
        assertThat(r.throttledSeconds()).isZero();
        // Capped at one instance it runs out of credits in the first minute and is throttled after:
        // its two vCPUs do 0.4 vCPU-s of work a second against 1 arriving, so requests pile up.
        // The instance's memory never limits, so they are all admitted and share the throttled
        // vCPUs: the backlog shows in the response time (a request admitted after t minutes of
        // 0.6 vCPU-s/s of growing backlog takes minutes), not as a wait for a slot.
        FleetConfig capped = sized.withSizing(FleetMode.AUTOSCALED, 0.7, 1, 1);
        FleetResult t = Ec2Fleet.simulate(trace(FixedCursor.every(0, S, 600, S)), capped);
        assertThat(t.throttledSeconds()).isGreaterThanOrEqualTo(540);
        assertThat(t.queuedInvocations()).isZero();
        assertThat(t.response().maxMs()).isGreaterThan(60_000);
    }

    @Test
    void aStaticFleetIsCappedAtItsMaximum() {
        // Minute 1 needs ceil(2 / 0.7) = 3 one-vCPU instances, but at most 2 may run (issue 17: the
        // fleet of `--min-instances 2 --max-instances 2` had been sized to 3).
        long[][] rows = concat(FixedCursor.every(0, 2 * S, 30, S), FixedCursor.every(60 * S, S / 2, 120, S));
        FleetResult r = Ec2Fleet.simulate(trace(rows), fleet(1, 0, 1).withSizing(FleetMode.STATIC, 0.7, 1, 2));
        assertThat(r.initialInstances()).isEqualTo(2);
        assertThat(r.peakInstances()).isEqualTo(2);
    }

    @Test
    void roundRobinSpreadsRequestsNotWork() {
        // Requests every second for an hour alternate 0.8 s and 0.2 s of work; two 1-vCPU
        // instances. Round robin gives one instance every 0.8 s request (busy 0.8 s in 2 s: 40%)
        // and the other every 0.2 s one (10%): spread 0.1 / 0.25 / 0.4, fleet 25%.
        long[] starts = new long[3600];
        long[] durations = new long[3600];
        for (int k = 0; k < 3600; k++) {
            starts[k] = k * S;
            durations[k] = k % 2 == 0 ? 800_000 : 200_000;
        }
        FleetConfig c = fleet(1, 0, 2).withSizing(FleetMode.STATIC, 0.7, 2, 2).withBalancer(Balancer.ROUND_ROBIN);
        FleetResult r = Ec2Fleet.simulate(trace(new long[][] {starts, durations}), c);
        assertThat(r.balancer()).isEqualTo(Balancer.ROUND_ROBIN);
        assertThat(r.instanceCpu().min()).isCloseTo(0.1, within(1e-9));
        assertThat(r.instanceCpu().mean()).isCloseTo(0.25, within(1e-9));
        assertThat(r.instanceCpu().max()).isCloseTo(0.4, within(1e-9));
        assertThat(r.cpuUtilization()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aRemovedInstanceDrainsBeforeItTerminates() {
        // Two I/O-bound requests of 200 s at t = 0 (cpu share 0), 1,769 MB each on 1-vCPU
        // instances of 6,144 MB: floor(6144 × 0.9 / 1769) = 3 slots. The first minute's slot time
        // (400 s / 60 s / (3 × 0.7) = 3.2 instances) asks for more than the maximum of 2, so two
        // start, one request each. At 60 s the slots were a third used: target tracking wants
        // ceil(2 × 1/3 / 0.7) = 1 instance, so one leaves the balancer, but it keeps serving its
        // request until 200 s and is billed until then. A last 1 s request at 500 s sets the
        // horizon to 540 s: 540 + 200 = 740 instance-seconds (not 660, as cutting it at 60 s
        // would bill, nor 1,080 for two instances throughout).
        long[][] rows = {{0, 0, 500 * S}, {200 * S, 200 * S, S}};
        FleetConfig c = FleetConfig.of(1, 6144).withWorkload(new CpuModel(0, 1), 1769, 1769)
                .withSizing(FleetMode.AUTOSCALED, 0.7, 1, 2);
        FleetResult r = Ec2Fleet.simulate(trace(rows), c);
        assertThat(r.slotsPerInstance()).isEqualTo(3);
        assertThat(r.initialInstances()).isEqualTo(2);
        assertThat(r.horizonUs()).isEqualTo(540 * S);
        assertThat(r.launches()).isEqualTo(2);
        assertThat(r.instanceSeconds()).isEqualTo(740.0);
        assertThat(r.response().maxMs()).isCloseTo(200_000, within(200.0));
        assertThat(r.queuedInvocations()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameFleet() {
        FleetConfig c = FleetConfig.of(2, 4096).withWorkload(CPU_BOUND, 1769, -1)
                .withSizing(FleetMode.AUTOSCALED, 0.7, 1, 10);
        Supplier<io.lambdasim.traces.InvocationCursor> spec = () -> io.lambdasim.traces.generate.WorkloadSpec
                .parse("poisson(20/s);duration=exp(100ms);horizon=1h;memory=1769;seed=7").open();
        FleetResult a = Ec2Fleet.simulate(spec, c);
        FleetResult b = Ec2Fleet.simulate(spec, c);
        assertThat(a).usingRecursiveComparison().isEqualTo(b);
        assertThat(a.invocations()).isPositive();
    }

    @Test
    void anUnknownBalancerIsNamedWithTheChoices() {
        assertThat(Balancer.parse("Round_Robin")).isEqualTo(Balancer.ROUND_ROBIN);
        assertThat(Balancer.parse(Balancer.DEFAULT_LABEL)).isEqualTo(Balancer.DEFAULT);
        assertThatThrownBy(() -> Balancer.parse("random"))
                .hasMessage("unknown balancer 'random' (expected least-outstanding, round-robin or central)");
    }
}
