package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceRows;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small traces whose outcome is worked out by hand in the comments. Unless a test says otherwise:
 * INIT 0 ms (so times stay round), keep-alive fixed:10m, 1 ms billing with INIT billed (AWS since
 * 2025-08-01, domain notes), 512 MB.
 */
class HandWorkedTracesTest {

    private static final long MIN = 60_000; // ms

    private static SimulationConfig.Builder base() {
        return SimulationConfig.builder().init(InitModel.parse("0ms"));
    }

    private static SimulationResult run(TraceRows trace, SimulationConfig.Builder cfg) {
        return Simulator.run(trace, cfg.build());
    }

    @Test
    void gapsLongerThanTheKeepAliveMakeEveryInvocationCold() {
        // Idle periods of 11 min > 10 min: each environment is reclaimed before the next arrival.
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 11 * MIN, 100).add("f", 22 * MIN, 100);
        UsageStats t = run(trace, base()).total();
        assertThat(t.coldStarts()).isEqualTo(3);
        assertThat(t.warmStarts()).isZero();
        assertThat(t.environmentsCreated()).isEqualTo(3);
        assertThat(t.peakEnvironments()).isEqualTo(1);
    }

    @Test
    void reclamationAtTheSameMicrosecondComesBeforeTheArrival() {
        // The environment idles from 100 ms and expires at 10 min + 100 ms, exactly when the second
        // invocation arrives: reclamations precede arrivals at equal times, so it is cold.
        // A third arrival 1 µs before its expiry finds it warm.
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 10 * MIN + 100, 100);
        assertThat(run(trace, base()).total().coldStarts()).isEqualTo(2);
        TraceRows warm = TraceRows.of().add("f", 0, 100).add("f", 10 * MIN + 99, 100);
        assertThat(run(warm, base()).total().coldStarts()).isEqualTo(1);
    }

    @Test
    void completionAtTheSameMicrosecondComesBeforeTheArrival() {
        // 0-1000 ms, then an arrival at exactly 1000 ms: the completion frees the environment first.
        TraceRows trace = TraceRows.of().add("f", 0, 1000).add("f", 1000, 1000);
        UsageStats t = run(trace, base()).total();
        assertThat(t.coldStarts()).isEqualTo(1);
        assertThat(t.warmStarts()).isEqualTo(1);
    }

    @Test
    void overlappingInvocationsRaiseConcurrencyAndCreateEnvironments() {
        // Three 5 s invocations at 0, 1 and 2 s overlap (peak 3 in flight, 3 environments); one at
        // 10 s finds three idle environments and is warm. Busy time 4 x 5 s over a 15 s horizon.
        TraceRows trace = TraceRows.of().add("f", 0, 5000).add("f", 1000, 5000).add("f", 2000, 5000)
                .add("f", 10_000, 5000);
        UsageStats t = run(trace, base()).total();
        assertThat(t.peakConcurrency()).isEqualTo(3);
        assertThat(t.environmentsCreated()).isEqualTo(3);
        assertThat(t.coldStarts()).isEqualTo(3);
        assertThat(t.warmStarts()).isEqualTo(1);
        assertThat(t.avgBusy()).isCloseTo(20.0 / 15.0, org.assertj.core.data.Offset.offset(1e-9));
        // alive: env A 0-15 s, B 1-15 s, C 2-15 s (all kept warm to the horizon) = 15+14+13 = 42 s
        assertThat(t.avgAlive()).isCloseTo(42.0 / 15.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void withKeepAliveNeverEnvironmentsEqualPeakConcurrency() {
        // Waves of 3, 2 and 4 overlapping 5 s invocations, hours apart: nothing is ever reclaimed,
        // so the pool only grows when concurrency exceeds every earlier peak: 4 environments.
        TraceRows trace = TraceRows.of()
                .add("f", 0, 5000).add("f", 1000, 5000).add("f", 2000, 5000)
                .add("f", 120 * MIN, 5000).add("f", 120 * MIN + 1000, 5000)
                .add("f", 240 * MIN, 5000).add("f", 240 * MIN + 1, 5000).add("f", 240 * MIN + 2, 5000)
                .add("f", 240 * MIN + 3, 5000);
        UsageStats t = run(trace, base().keepAlive(KeepAlive.parse("never"))).total();
        assertThat(t.peakConcurrency()).isEqualTo(4);
        assertThat(t.environmentsCreated()).isEqualTo(t.peakConcurrency());
        assertThat(t.coldStarts()).isEqualTo(4);
    }

    @Test
    void keepAliveNoneMakesEveryInvocationCold() {
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 200, 100).add("f", 400, 100);
        assertThat(run(trace, base().keepAlive(KeepAlive.parse("none"))).total().coldStarts()).isEqualTo(3);
    }

    @Test
    void aThrottledSynchronousInvocationIsCountedAndNotBilled() {
        // Account limit 1: the second call arrives while the first runs: HTTP 429, no request, no duration.
        TraceRows trace = TraceRows.of().add("f", 0, 1000).add("f", 500, 1000);
        UsageStats t = run(trace, base().accountConcurrency(1)).total();
        assertThat(t.invocations()).isEqualTo(2);
        assertThat(t.throttled()).isEqualTo(1);
        assertThat(t.billing().requests()).isEqualTo(1);
        assertThat(t.billing().billedUs()).isEqualTo(1_000_000);
        assertThat(t.latency().count()).isEqualTo(1);
    }

    @Test
    void reservedConcurrencyCapsTheFunctionAlone() {
        // g has reserved concurrency 1, so its second overlapping call is throttled; f is unaffected.
        TraceRows trace = TraceRows.of().add("g", 0, 1000).add("f", 0, 1000).add("g", 10, 1000).add("f", 10, 1000);
        SimulationResult r = run(trace, base().functionRules(List.of(new FunctionRule("g",
                new FunctionSettings(null, null, null, 1, null, null)))));
        assertThat(r.function("g").throttled()).isEqualTo(1);
        assertThat(r.function("f").throttled()).isZero();
    }

    @Test
    void aThrottledAsynchronousEventWaitsAndRetriesWithBackOff() {
        // Limit 1; the first event runs 0-5 s. The second is throttled at 0 and retried after
        // 1 s (t=1, throttled), 2 s (t=3, throttled), 4 s (t=7): it starts at 7 s, ends at 12 s.
        TraceRows trace = TraceRows.of().async("f", 0, 5000, Status.SUCCESS).async("f", 0, 5000, Status.SUCCESS);
        UsageStats t = run(trace, base().accountConcurrency(1)).total();
        assertThat(t.throttled()).isEqualTo(3);
        assertThat(t.dropped()).isZero();
        assertThat(t.billing().requests()).isEqualTo(2);
        assertThat(t.latency().maxMs()).isCloseTo(12_000, org.assertj.core.data.Offset.offset(12.0));
    }

    @Test
    void anAsyncEventOlderThanItsMaximumAgeIsDropped() {
        // Max event age 60 s (the least AWS allows). Limit 1; the first event runs 0-100 s. The second
        // is throttled at 0 and retried after 1, 2, 4, 8 and 16 s (t = 1, 3, 7, 15, 31 s, all throttled);
        // the next retry would be at 63 s, 63 s old: dropped.
        TraceRows trace = TraceRows.of().async("f", 0, 100_000, Status.SUCCESS).async("f", 0, 5000, Status.SUCCESS);
        UsageStats t = run(trace, base().accountConcurrency(1).maxEventAgeUs(60_000_000)).total();
        assertThat(t.throttled()).isEqualTo(6);
        assertThat(t.dropped()).isEqualTo(1);
        assertThat(t.billing().requests()).isEqualTo(1);
    }

    @Test
    void aFailingAsyncEventIsRetriedTwiceAfterOneAndTwoMinutes() {
        // Domain notes: async function errors are retried 2 times, after about 1 and 2 minutes.
        // Attempts at 0, 1 min + 1 s, 3 min + 2 s: three requests, three errors, 3 s billed.
        TraceRows trace = TraceRows.of().async("f", 0, 1000, Status.ERROR);
        SimulationResult r = run(trace, base());
        UsageStats t = r.total();
        assertThat(t.retries()).isEqualTo(2);
        assertThat(t.errors()).isEqualTo(3);
        assertThat(t.billing().requests()).isEqualTo(3);
        assertThat(t.billing().billedUs()).isEqualTo(3_000_000);
        assertThat(r.horizonUs()).isEqualTo((3 * MIN + 3000) * 1000);
    }

    @Test
    void aTimedOutInvocationIsBilledForTheTimeoutAndItsEnvironmentReinitialises() {
        // 5 s of work, timeout 3 s: stopped and billed 3,000 ms; the environment is reset, so the
        // next invocation (1 min later, inside the keep-alive) runs INIT again in it (0 ms here).
        TraceRows trace = TraceRows.of().add("f", 0, 5000).add("f", MIN, 100);
        UsageStats t = run(trace, base().timeoutUs(3_000_000)).total();
        assertThat(t.timeouts()).isEqualTo(1);
        assertThat(t.billing().billedUs()).isEqualTo(3_000_000 + 100_000);
        assertThat(t.coldStarts()).isEqualTo(2);
        assertThat(t.environmentsCreated()).isEqualTo(1);
    }

    @Test
    void maxMemoryAboveTheConfiguredMemoryFailsAndResetsTheEnvironment() {
        TraceRows trace = TraceRows.of()
                .add(new TraceRows.Row("f", 0, 100_000, InvocationCursor.MISSING, 600, InvocationCursor.MISSING,
                        InvocationCursor.MISSING, Status.SUCCESS, InvocationType.SYNC))
                .add("f", 1000, 100);
        UsageStats t = run(trace, base().memoryMb(512)).total();
        assertThat(t.outOfMemory()).isEqualTo(1);
        assertThat(t.errors()).isEqualTo(1);
        assertThat(t.coldStarts()).isEqualTo(2); // the second re-initialises the reset environment
        assertThat(t.environmentsCreated()).isEqualTo(1);
    }

    @Test
    void billingRoundsUpPerInvocationAndAddsInitWhenBilled() {
        // Seed log under the 100 ms rule: "Duration: 178.50 ms -> Billed Duration: 200 ms".
        TraceRows trace = TraceRows.of().add(new TraceRows.Row("f", 0, 178_500, InvocationCursor.MISSING,
                InvocationCursor.MISSING, InvocationCursor.MISSING, InvocationCursor.MISSING, Status.SUCCESS, InvocationType.SYNC));
        UsageStats old = run(trace, base().billing(new BillingMeasure(100_000, false))).total();
        assertThat(old.billing().billedUs()).isEqualTo(200_000);
        // Current rule, INIT 250 ms billed: ceil(178.5 + 250) = 429 ms, of which 250 ms INIT.
        TraceRows again = TraceRows.of().add(new TraceRows.Row("f", 0, 178_500, InvocationCursor.MISSING,
                InvocationCursor.MISSING, InvocationCursor.MISSING, InvocationCursor.MISSING, Status.SUCCESS, InvocationType.SYNC));
        UsageStats now = run(again, base().init(InitModel.parse("250ms"))).total();
        assertThat(now.billing().billedUs()).isEqualTo(429_000);
        assertThat(now.billing().initBilledUs()).isEqualTo(250_000);
    }

    @Test
    void gbSecondsAreMemoryTimesBilledSeconds() {
        // Domain notes: GB-s = billed seconds x memory / 1024. 3 x 1 s at 1536 MB = 4.5 GB-s. The rows
        // carry no memory, so they were measured at the reference memory: 1536 MB here, no scaling
        // (without it they would count as measured at 512 MB and run faster at 1536 MB).
        TraceRows trace = TraceRows.of().add("f", 0, 1000).add("f", 2000, 1000).add("f", 4000, 1000);
        UsageStats t = run(trace, base().memoryMb(1536).referenceMemoryMb(1536)).total();
        assertThat(t.billing().gbSeconds()).isEqualByComparingTo(new BigDecimal("4.5"));
    }

    @Test
    void provisionedEnvironmentsServeFirstAndSpillOverToOnDemand() {
        // PC 2: three overlapping calls -> two on provisioned environments (warm, PC duration), one
        // cold on demand. PC configured for the whole 1 s horizon, billed in 5-minute increments
        // (aws.amazon.com/lambda/pricing): 2 x 300 s x 0.5 GB = 300 GB-s.
        TraceRows trace = TraceRows.of().add("f", 0, 1000).add("f", 0, 1000).add("f", 0, 1000);
        UsageStats t = run(trace, base().memoryMb(512).provisioned(ProvisionedSchedule.parse("2"))).total();
        assertThat(t.coldStarts()).isEqualTo(1);
        assertThat(t.warmStarts()).isEqualTo(2);
        assertThat(t.billing().provisionedBilledUs()).isEqualTo(2_000_000);
        assertThat(t.billing().billedUs()).isEqualTo(1_000_000);
        assertThat(t.billing().provisionedConfiguredGbSeconds()).isEqualByComparingTo(new BigDecimal("300"));
    }

    @Test
    void warmerPingsKeepASparseFunctionWarmAndAreBilled() {
        // Calls every 30 min: cold each time with a 10 min keep-alive. A ping every 5 min keeps the
        // environment alive, so only the first call is cold; the pings are billed requests.
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 30 * MIN, 100).add("f", 60 * MIN, 100);
        assertThat(run(trace, base()).total().coldStarts()).isEqualTo(3);
        // (Calls 1 s after the pings; the next test puts them at the same instant.)
        TraceRows again = TraceRows.of().add("f", 0, 100).add("f", 30 * MIN + 1000, 100).add("f", 60 * MIN + 1000, 100);
        UsageStats t = run(again, base().warmer(Warmer.parse("rate(5 minutes)"))).total();
        assertThat(t.coldStarts()).isEqualTo(1);
        // pings at 5, 10, ..., 60 min: 12 of them, all billed requests besides the 3 calls
        assertThat(t.warmerInvocations()).isEqualTo(12);
        assertThat(t.billing().requests()).isEqualTo(15);
    }

    @Test
    void aWarmerPingAtTheSameInstantAsACallComesAfterIt() {
        // Ping and call both at 30 min: the call goes first and is warm (the pings at 5..25 min kept
        // the environment); the ping finds it busy and starts a second one, its own cold start.
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 30 * MIN, 100);
        UsageStats t = run(trace, base().warmer(Warmer.parse("rate(5 minutes)"))).total();
        assertThat(t.coldStarts()).isEqualTo(1);
        assertThat(t.warmerColdStarts()).isEqualTo(1);
        assertThat(t.peakConcurrency()).isEqualTo(2);
    }

    @Test
    void durationsScaleWithTheCpuShareOfTheSimulatedMemory() {
        // Trace recorded at 128 MB, CPU-bound (fraction 1), replayed at 256 MB: twice the CPU, half
        // the duration: 1,000 ms -> 500 ms billed.
        TraceRows trace = TraceRows.of().add("f", 0, 1000);
        UsageStats t = run(trace, base().memoryMb(256).referenceMemoryMb(128).cpu(new CpuModel(1.0, 1))).total();
        assertThat(t.billing().billedUs()).isEqualTo(500_000);
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedMayNot() {
        SimulationConfig.Builder cfg = base().keepAlive(KeepAlive.parse("random:1m-20m")).init(InitModel.parse("normal(265ms,354ms)"));
        SimulationResult a = Simulator.run(PublishedBehaviourTest.poisson(0.01, "exp(100ms)", 1e6, 7), cfg.build());
        SimulationResult b = Simulator.run(PublishedBehaviourTest.poisson(0.01, "exp(100ms)", 1e6, 7), cfg.build());
        SimulationResult c = Simulator.run(PublishedBehaviourTest.poisson(0.01, "exp(100ms)", 1e6, 7), cfg.seed(2).build());
        assertThat(a.total()).isEqualTo(b.total());
        assertThat(a.total().billing().billedUs()).isNotEqualTo(c.total().billing().billedUs());
    }

    @Test
    void maxLifetimeRecyclesEnvironmentsAfterTheirInvocation() {
        // Calls every minute for 5 hours, lifetime 2 h: the environment is replaced at about 2 h and 4 h.
        TraceRows trace = TraceRows.of();
        for (int i = 0; i < 300; i++) {
            trace.add("f", i * MIN, 100);
        }
        UsageStats t = run(trace, base().maxLifetimeUs(2 * Durations.US_PER_H)).total();
        assertThat(t.coldStarts()).isEqualTo(3);
    }

    @Test
    void observedColdStartsAndBilledDurationsAreReportedBesideTheSimulation() {
        TraceRows trace = TraceRows.of()
                .add(new TraceRows.Row("f", 0, 100_000, 512, InvocationCursor.MISSING, 300_000, 400_000, Status.SUCCESS, InvocationType.SYNC))
                .add(new TraceRows.Row("f", 1_000_000, 100_000, 512, InvocationCursor.MISSING, InvocationCursor.MISSING, 100_000, Status.SUCCESS, InvocationType.SYNC));
        UsageStats t = run(trace, base()).total();
        assertThat(t.observed().coldStarts()).isEqualTo(1);
        assertThat(t.observed().billedUs()).isEqualTo(500_000);
        // The simulated cold start uses the row's own observed INIT (300 ms): billed 400 + 100 ms.
        assertThat(t.billing().billedUs()).isEqualTo(500_000);
    }

    @Test
    void hybridPolicyLearnsAPeriodicFunctionAndPrewarmsIt() {
        // A call every 30 min: with fixed:10m all 48 are cold. Hybrid (Shahrad et al.): each call
        // records an idle time of 30 min - 100 ms (bin 29); once 10 are in, the histogram is
        // representative, so after each call the environment is unloaded and pre-warmed at
        // 29 x 0.9 = 26.1 min, kept to 30 x 1.1 = 33 min: calls 1..11 cold, 12..48 warm.
        TraceRows fixed = TraceRows.of();
        TraceRows hybrid = TraceRows.of();
        for (int i = 0; i < 48; i++) {
            fixed.add("f", i * 30 * MIN, 100);
            hybrid.add("f", i * 30 * MIN, 100);
        }
        assertThat(run(fixed, base()).total().coldStarts()).isEqualTo(48);
        UsageStats t = run(hybrid, base().keepAlive(KeepAlive.parse("hybrid"))).total();
        assertThat(t.coldStarts()).isEqualTo(11);
        assertThat(t.environmentsCreated()).isEqualTo(48);
        // Idle memory-time far below "never": about 4 min idle per call instead of 30.
        assertThat(t.avgAlive()).isLessThan(0.3);
    }

    @Test
    void timelineBucketsCountInvocationsColdStartsAndConcurrency() {
        // Buckets of 1 min; calls at 0 s (5 s long) and 1 s (5 s), and at 90 s (1 s) warm.
        TraceRows trace = TraceRows.of().add("f", 0, 5000).add("f", 1000, 5000).add("f", 90_000, 1000);
        Timeline tl = run(trace, base().timelineBucketUs(Durations.US_PER_MIN)).timeline();
        assertThat(tl.buckets()).isEqualTo(2);
        assertThat(tl.invocations()).containsExactly(2, 1);
        assertThat(tl.coldStarts()).containsExactly(2, 0);
        assertThat(tl.peakConcurrency()).containsExactly(2, 1);
        // bucket 0: 5 s + 5 s busy over 60 s; bucket 1 (60..91 s): 1 s busy over 31 s
        assertThat(tl.avgConcurrency()[0]).isCloseTo(10.0 / 60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tl.avgConcurrency()[1]).isCloseTo(1.0 / 31, org.assertj.core.data.Offset.offset(1e-9));
    }
}
