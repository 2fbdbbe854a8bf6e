package io.lambdasim.engine.lmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.traces.InvocationType;
import org.junit.jupiter.api.Test;

class ManagedInstancesFleetTest {

    private static final long S = 1_000_000L;
    private static final long MIN = 60 * S;
    private static final long HOUR = 60 * MIN;

    /** m7g.xlarge's shape (price book): 4 vCPU, 16 GiB. */
    private static CapacityProviderConfig xlarge(double cpuFraction, long horizon) {
        return CapacityProviderConfig.of(4, 16 * 1024, "python").withWorkload(new CpuModel(cpuFraction, 1), 1769, horizon);
    }

    @Test
    void defaultsComeFromTheDataFileWithTheirSources() {
        // AWS: three instances and three environments by default; Python 16, Node.js 64, Java and .NET 32 per vCPU.
        assertThat(ManagedInstancesDefaults.MIN_INSTANCES).isEqualTo(3);
        assertThat(ManagedInstancesDefaults.MIN_ENVIRONMENTS).isEqualTo(3);
        assertThat(ManagedInstancesDefaults.maxConcurrencyPerVcpu("python3.13")).isEqualTo(16);
        assertThat(ManagedInstancesDefaults.maxConcurrencyPerVcpu("nodejs22.x")).isEqualTo(64);
        assertThat(ManagedInstancesDefaults.maxConcurrencyPerVcpu("java21")).isEqualTo(32);
        assertThat(ManagedInstancesDefaults.maxConcurrencyPerVcpu("dotnet8")).isEqualTo(32);
        assertThat(ManagedInstancesDefaults.TARGET_CPU).isEqualTo(1 / 1.5);
        assertThat(ManagedInstancesDefaults.all()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        // 2,048 MB at 2 GiB per vCPU: one vCPU, 16 at once (Python); an m7g.xlarge keeps 1 vCPU, 1 GB: 3 slots.
        CapacityProviderConfig c = CapacityProviderConfig.of(4, 16 * 1024, "python");
        assertThat(c.environment()).isEqualTo(new EnvironmentShape(2048, 1, 16));
        assertThat(c.environmentsPerInstance()).isEqualTo(3);
        assertThat(c.maxInstances()).isEqualTo(3750); // 15,000 vCPUs / 4
    }

    @Test
    void steadyLoadSettlesOnTheClosedFormWithNoThrottleNoColdStartNoContention() {
        // One arrival every 10 ms for an hour, 960 ms each at 1,769 MB (one full vCPU in Lambda), CPU share 0.25:
        // 96 in flight, 240 ms of CPU work each, 100/s × 0.24 s = 24 vCPUs busy. At the target 1/1.5 that is
        // 24 × 1.5 = 36 one-vCPU environments, 3 per m7g.xlarge: 12 instances for the hour.
        long[] until = {HOUR};
        long[] gap = {10_000};
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 960_000, 1769, InvocationType.SYNC), xlarge(0.25, HOUR));
        assertThat(r.invocations()).isEqualTo(360_000);
        assertThat(r.throttled()).isZero();
        assertThat(r.coldStarts()).isZero();
        assertThat(r.minInstances()).isEqualTo(12);
        assertThat(r.peakInstances()).isEqualTo(12);
        assertThat(r.instanceSeconds()).isCloseTo(12 * 3600.0, within(1e-6));
        assertThat(r.peakEnvironments()).isEqualTo(36);
        // 96 in flight over 36 environments: at most 3 × 0.25 = 0.75 vCPU each, so nothing is stretched.
        assertThat(r.contentionFactor()).isEqualTo(1.0);
        assertThat(r.latency().p99Ms()).isCloseTo(960, within(1.0));
        assertThat(r.cpuUtilization()).isCloseTo(24.0 / 36, within(1e-3));
        assertThat(r.meanEnvironmentConcurrency()).isCloseTo(96.0 / 36, within(0.01));
    }

    @Test
    void rateJumpThrottlesOnManagedInstancesButNotOnLambda() {
        // 10/s for 5 minutes, then 2,000/s for 3: 200 ms invocations, 400 in flight after the jump.
        // Managed Instances start with the first minute's needs (3 environments, 16 at once each, on 3
        // m7g.large) and grow at most ×2 per action, each needing a 3-minute launch: the jump is throttled.
        long[] until = {5 * MIN, 8 * MIN};
        long[] gap = {100_000, 500};
        CapacityProviderConfig lmi = CapacityProviderConfig.of(2, 8 * 1024, "python")
                .withWorkload(CpuModel.DEFAULT, 1769, -1);
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 200_000, 1769, InvocationType.SYNC), lmi);
        assertThat(r.throttled()).isGreaterThan(0);
        assertThat(r.peakInstances()).isGreaterThan(3);
        assertThat(r.coldStarts()).isZero();
        // Lambda's own pool: 1,000 new environments per 10 s and 1,000 account concurrency cover 400 in flight
        // (900 at the jump itself, while the new environments run their 250 ms INIT).
        SimulationResult lambda = Simulator.run(new RateStepsCursor(until, gap, 200_000, 1769, InvocationType.SYNC),
                SimulationConfig.DEFAULTS);
        assertThat(lambda.total().throttled()).isZero();
        assertThat(lambda.total().peakConcurrency()).isBetween(400L, 1000L);
    }

    @Test
    void throttledAsyncInvocationsAreRetriedNotLost() {
        // 10/s, then 1,000/s for 30 seconds: far beyond the first minute's 3 environments.
        long[] until = {5 * MIN, 5 * MIN + 30 * S};
        long[] gap = {100_000, 1_000};
        CapacityProviderConfig lmi = CapacityProviderConfig.of(2, 8 * 1024, "python").withWorkload(CpuModel.DEFAULT, 1769, -1);
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 200_000, 1769, InvocationType.ASYNC), lmi);
        assertThat(r.throttled()).isZero();
        assertThat(r.throttleEvents()).isGreaterThan(0);
        assertThat(r.retries()).isGreaterThan(0);
        assertThat(r.executed() + r.dropped()).isEqualTo(r.invocations());
        // A retried invocation waits: its latency includes the back-off.
        assertThat(r.latency().maxMs()).isGreaterThan(1000);
    }

    @Test
    void contentionStretchesDurationsWhenAnEnvironmentsCpuIsOversubscribed() {
        // One environment (min = max = 1 instance of 2 vCPU: 1 slot; 1 environment of 1 vCPU). Invocations of
        // 100 ms at 1,769 MB with a CPU share of 0.6 arrive every 60 ms: each starts while the previous one
        // runs (but after the one before it has finished), on a demand of 0.6 + 0.6 = 1.2 vCPU on 1 vCPU, and is stretched to 100 × 1.2 = 120 ms. The
        // first of all found the environment idle: 100 ms.
        CapacityProviderConfig one = CapacityProviderConfig.of(2, 8 * 1024, "python")
                .withSizing(1, 1, 1, 0.9).withWorkload(new CpuModel(0.6, 1), 1769, -1);
        long[] until = {10 * S};
        long[] gap = {60_000};
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 100_000, 1769, InvocationType.SYNC), one);
        assertThat(r.throttled()).isZero();
        assertThat(r.latency().maxMs()).isCloseTo(120, within(0.1));
        assertThat(r.latency().p50Ms()).isCloseTo(120, within(0.1));
        assertThat(r.contentionFactor()).isCloseTo((1 + 166 * 1.2) / 167, within(1e-6));
    }

    @Test
    void sameInputsGiveTheSameResult() {
        long[] until = {5 * MIN, 8 * MIN};
        long[] gap = {100_000, 500};
        CapacityProviderConfig lmi = CapacityProviderConfig.of(2, 8 * 1024, "java").withWorkload(CpuModel.DEFAULT, 1769, -1);
        ManagedInstancesResult a = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 200_000, 1769, InvocationType.SYNC), lmi);
        ManagedInstancesResult b = ManagedInstancesFleet.simulate(
                () -> new RateStepsCursor(until, gap, 200_000, 1769, InvocationType.SYNC), lmi);
        assertThat(b).usingRecursiveComparison().ignoringFields("launchLifetimesUs", "latencyHistogram").isEqualTo(a);
        assertThat(b.launchLifetimesUs()).containsExactly(a.launchLifetimesUs());
    }

    @Test
    void badConfigurationsNameTheValue() {
        assertThatThrownBy(() -> EnvironmentShape.of(2048, 2, "python", 0)).hasMessageContaining("max_concurrency 0");
        assertThatThrownBy(() -> CapacityProviderConfig.of(4, 16 * 1024, "python").withSizing(5, 4, 3, 0.5))
                .hasMessageContaining("min instances 5 exceeds max instances 4");
        // t3.micro's shape (2 vCPU, 1 GiB) holds no 2 GB environment.
        assertThatThrownBy(() -> CapacityProviderConfig.of(2, 1024, "python")).hasMessageContaining("holds no 2048 MB");
        assertThatThrownBy(() -> ManagedInstancesDefaults.maxConcurrencyPerVcpu("ruby3.3")).hasMessageContaining("ruby3.3");
    }
}
