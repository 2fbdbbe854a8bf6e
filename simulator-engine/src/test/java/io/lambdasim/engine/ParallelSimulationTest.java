package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceRows;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, exact parallel simulation: for any number of jobs the result is the single-threaded
 * one, figure for figure (every metric of the run and of each function, the timeline's arrays, the
 * latency histogram), whether the groups' result is kept or the coupled simulation runs again.
 * The expected values are the single-threaded run's own: the property under test is equality.
 */
class ParallelSimulationTest {

    /**
     * Six functions, about 80 invocations a second for 10 minutes: 48,000 invocations, so more
     * than one window ({@value ParallelSimulation#WINDOW_ROWS} rows) and the groups pause and
     * resume. Durations of 200 ms mean about 16 in flight on average.
     */
    static final WorkloadSpec SIX = WorkloadSpec.parse(
            "poisson(30/s);duration=exp(200ms);horizon=10m;function=api"
            + " + poisson(20/s);duration=lognormal(100ms,900ms);function=orders"
            + " + poisson(15/s);duration=exp(50ms);function=thumbs"
            + " + poisson(10/s);duration=exp(400ms);function=reports"
            + " + poisson(4/s);duration=exp(1s);function=batch"
            + " + poisson(1/s);duration=exp(30ms);function=cron;seed=11");

    /** Random keep-alive and reuse (each function's own stream), warmer pings (busy after the trace ends), a timeline. */
    static SimulationConfig.Builder config() {
        return SimulationConfig.builder().keepAlive(KeepAlive.parse("random:20s-2m")).reuse(ReuseOrder.RANDOM)
                .warmer(Warmer.parse("rate(3 minutes)")).timelineBucketUs(30 * Durations.US_PER_S)
                .perFunctionPercentiles(true).seed(42);
    }

    private static ParallelSimulation.Outcome run(SimulationConfig cfg, int jobs) {
        try (InvocationCursor c = SIX.open()) {
            return Simulator.run(c, cfg, ProgressListener.NONE, jobs, SIX::open);
        }
    }

    static String single(SimulationConfig cfg) {
        try (InvocationCursor c = SIX.open()) {
            return dump(Simulator.run(c, cfg));
        }
    }

    @Test
    void withoutContentionTheGroupsResultIsKeptAndEqualsTheSingleThreadedOne() {
        SimulationConfig cfg = config().build();
        String expected = single(cfg);
        for (int jobs : new int[] {2, 3, 4, 8}) {
            ParallelSimulation.Outcome o = run(cfg, jobs);
            assertThat(o.mode()).as("jobs %d: %s", jobs, o.reason()).isEqualTo(ParallelSimulation.Mode.PARALLEL);
            assertThat(dump(o.result())).as("jobs %d", jobs).isEqualTo(expected);
        }
        assertThat(run(cfg, 1).mode()).isEqualTo(ParallelSimulation.Mode.SINGLE);
    }

    @Test
    void whenTheSummedConcurrencyReachesTheAccountLimitTheCoupledRunDecides() {
        // About 16 in flight on average: a limit of 12 is reached (and throttles) in the coupled run,
        // while no single group of three functions need reach it.
        SimulationConfig cfg = config().accountConcurrency(12).build();
        String expected = single(cfg);
        assertThat(expected).contains("THROTTLED=");
        for (int jobs : new int[] {2, 4}) {
            ParallelSimulation.Outcome o = run(cfg, jobs);
            assertThat(o.mode()).as("jobs %d", jobs).isEqualTo(ParallelSimulation.Mode.FALLBACK);
            assertThat(o.reason()).contains("account limit of 12");
            assertThat(dump(o.result())).as("jobs %d", jobs).isEqualTo(expected);
        }
    }

    @Test
    void theLegacyAccountWideBurstForcesTheCoupledRun() {
        SimulationConfig cfg = config().scaling(ScalingRule.legacy("us-east-1")).build();
        ParallelSimulation.Outcome o = run(cfg, 4);
        assertThat(o.mode()).isEqualTo(ParallelSimulation.Mode.SINGLE);
        assertThat(dump(o.result())).isEqualTo(single(cfg));
    }

    @Test
    void equalTimesAcrossGroupsAndAnEndTiedAtOneInstantStayExact() {
        // Hand-made: a and b arrive at the same instants (rising together: the sum's peak is known
        // whatever their order), c runs alone; every function ends at 1,200 ms.
        Supplier<InvocationCursor> rows = () -> TraceRows.of()
                .add("a", 0, 1200).add("b", 0, 1200).add("a", 0, 1200).add("b", 0, 1200)
                .add("c", 100, 1100).add("c", 500, 700);
        SimulationConfig cfg = SimulationConfig.builder().timelineBucketUs(Durations.US_PER_S).build();
        String expected;
        try (InvocationCursor c = rows.get()) {
            expected = dump(Simulator.run(c, cfg));
        }
        try (InvocationCursor c = rows.get()) {
            ParallelSimulation.Outcome o = Simulator.run(c, cfg, ProgressListener.NONE, 3, rows);
            assertThat(dump(o.result())).isEqualTo(expected);
            // 4 of a and b at 0 ms, then c: the peak of 6 in flight (and 6 environments).
            assertThat(o.result().total().peakConcurrency()).isEqualTo(6);
        }
    }

    @Test
    void anIdleGroupStillHandlesItsEventsUntilTheLastGroupIsDone() {
        // The trace's last arrival is a's at 10 s; b runs from 5 s to 110 s in the other group. In
        // the coupled run a's environment is reclaimed at 40.1 s (30 s keep-alive) and the warmer
        // pings of 60 s run (b is still busy, so the run goes on): a's group, idle since 10.1 s, must
        // handle both, or a's environment would count as alive until 110 s.
        Supplier<InvocationCursor> rows = () -> TraceRows.of().add("a", 0, 100).add("b", 5000, 105_000).add("a", 10_000, 100);
        SimulationConfig cfg = SimulationConfig.builder().keepAlive(KeepAlive.parse("fixed:30s"))
                .warmer(Warmer.parse("rate(1 minute)")).timelineBucketUs(10 * Durations.US_PER_S).build();
        String expected;
        try (InvocationCursor c = rows.get()) {
            expected = dump(Simulator.run(c, cfg));
        }
        try (InvocationCursor c = rows.get()) {
            ParallelSimulation.Outcome o = Simulator.run(c, cfg, ProgressListener.NONE, 2, rows);
            assertThat(o.mode()).as(o.reason()).isEqualTo(ParallelSimulation.Mode.PARALLEL);
            assertThat(dump(o.result())).isEqualTo(expected);
            // a: one warmer ping, at 60 s (pings are not re-armed once the trace has ended).
            assertThat(o.result().function("a").warmerInvocations()).isEqualTo(1);
        }
    }

    @Test
    void aFailureInAGroupRerunsCoupledAndFailsAsTheSingleThreadedRunFails() {
        // A reservation of 950 leaves less than AWS's 100 unreserved of 1,000: the single-threaded
        // run fails at the function's first invocation, naming it; so does the parallel run.
        SimulationConfig cfg = config().functionRules(List.of(new FunctionRule("reports", new FunctionSettings(null, null, null, 950, null, null)))).build();
        String message;
        try (InvocationCursor c = SIX.open()) {
            message = catchMessage(() -> Simulator.run(c, cfg));
        }
        assertThat(message).contains("function 'reports'");
        assertThatThrownBy(() -> run(cfg, 3)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error");
    }

    /** Every figure of a result as text: equal text, equal result. */
    static String dump(SimulationResult r) {
        StringBuilder s = new StringBuilder("horizon=").append(r.horizonUs()).append('\n');
        stats(s, r.total());
        for (UsageStats f : r.functions()) {
            stats(s, f);
        }
        s.append("histogram=").append(r.latencyHistogram().getTotalCount()).append('/').append(r.latencyHistogram().getMaxValue())
                .append('/').append(r.latencyHistogram().getValueAtPercentile(99.9)).append('\n');
        Timeline t = r.timeline();
        if (t != null) {
            s.append(Arrays.toString(t.invocations())).append(Arrays.toString(t.coldStarts()))
                    .append(Arrays.toString(t.throttled())).append(Arrays.toString(t.requests()))
                    .append(Arrays.toString(t.peakConcurrency())).append(Arrays.toString(t.avgConcurrency()))
                    .append(Arrays.toString(t.peakAlive())).append(Arrays.toString(t.avgAlive()))
                    .append(Arrays.toString(t.gbSeconds())).append(Arrays.toString(t.provisionedGbSeconds()));
        }
        return s.toString();
    }

    private static void stats(StringBuilder s, UsageStats u) {
        s.append(u.name()).append(':');
        for (Metric m : Metric.values()) {
            if (!u.has(m)) {
                continue;
            }
            s.append(' ').append(m.name()).append('=')
                    .append(m.kind() == Metric.Kind.EXACT ? u.exact(m).toPlainString() : Double.toString(u.value(m)));
        }
        s.append(" latency=").append(u.latency()).append('\n');
    }
}
