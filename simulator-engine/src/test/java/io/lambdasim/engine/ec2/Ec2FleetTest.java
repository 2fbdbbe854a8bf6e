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
    void requestsBeyondCapacityQueueAndTheirWaitIsMeasured() {
        // Three 1 s requests at once on one 1-vCPU instance: they wait 0, 1 and 2 s.
        long[][] rows = {{0, 0, 0}, {S, S, S}};
        FleetResult r = Ec2Fleet.simulate(trace(rows), fleet(1, 0, 1));
        assertThat(r.queuedInvocations()).isEqualTo(2);
        assertThat(r.overloadedSeconds()).isEqualTo(1);
        assertThat(r.queue().p50Ms()).isCloseTo(1000, within(1.0));
        assertThat(r.queue().maxMs()).isCloseTo(2000, within(2.0));
        assertThat(r.queue().meanMs()).isCloseTo(1000, within(1.0));
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
        // makes requests queue meanwhile; after the load the fleet shrinks back to 1.
        long[][] rows = concat(FixedCursor.every(0, 4 * S, 150, S), FixedCursor.every(600 * S, S / 2, 2400, S));
        rows = concat(rows, FixedCursor.every(1800 * S, 60 * S, 20, S / 10));
        FleetConfig c = fleet(1, 0, 1).withSizing(FleetMode.AUTOSCALED, 0.7, 1, 20);
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
        // Capped at one instance it runs out of credits in the first minute and is throttled after.
        FleetConfig capped = sized.withSizing(FleetMode.AUTOSCALED, 0.7, 1, 1);
        FleetResult t = Ec2Fleet.simulate(trace(FixedCursor.every(0, S, 600, S)), capped);
        assertThat(t.throttledSeconds()).isGreaterThanOrEqualTo(540);
        assertThat(t.queue().maxMs()).isGreaterThan(60_000);
    }
}
