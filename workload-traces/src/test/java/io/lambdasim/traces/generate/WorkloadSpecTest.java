package io.lambdasim.traces.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec syntax of issue 3 (a contract scripts rely on) and the merged cursor. */
class WorkloadSpecTest {

    private static final String ISSUE_EXAMPLE = "poisson(5/s);duration=lognormal(80ms,900ms);horizon=1d;function=api"
            + " + schedule(rate(1 hour));duration=const(40s);function=nightly";

    @Test
    void parsesTheIssueExample() {
        WorkloadSpec spec = WorkloadSpec.parse(ISSUE_EXAMPLE);
        assertThat(spec.horizon()).isEqualTo(Duration.ofDays(1));   // horizon belongs to the whole workload
        assertThat(spec.seed()).isEqualTo(WorkloadSpec.DEFAULT_SEED);
        assertThat(spec.functions()).extracting(FunctionSpec::name).containsExactly("api", "nightly");
        FunctionSpec api = spec.functions().get(0);
        assertThat(api.arrivals()).isEqualTo(new PoissonArrivals(5));
        assertThat(api.duration()).isEqualTo(LognormalDuration.of(80_000, 900_000));
        assertThat(api.memoryMb()).isEqualTo(InvocationCursor.MISSING);
        assertThat(spec.functions().get(1).arrivals()).isEqualTo(new ConstantArrivals(3_600_000_000L, "schedule(rate(1 hour))"));
        // nightly: rate(1 hour) over 1 d = 24 invocations; api ~ 432,000.
        long nightly = 0;
        long total = 0;
        try (InvocationCursor c = spec.open()) {
            while (c.next()) {
                total++;
                if (c.functions().name(c.functionId()).equals("nightly")) {
                    nightly++;
                    assertThat(c.durationUs()).isEqualTo(40_000_000L);
                }
            }
        }
        assertThat(nightly).isEqualTo(24);
        assertThat(total - nightly).isBetween(432_000L - 2_629, 432_000L + 2_629);   // 4 sd, see ArrivalProcessTest
    }

    @Test
    void defaultsAndOptionalKeys() {
        WorkloadSpec spec = WorkloadSpec.parse("poisson(1/s);duration=const(1ms) + constant(1m);duration=exp(1s);"
                + "memory=512MB;max_memory=300;type=async;seed=7");
        assertThat(spec.horizonUs()).isEqualTo(3_600_000_000L);   // default 1 h
        assertThat(spec.seed()).isEqualTo(7);
        assertThat(spec.functions()).extracting(FunctionSpec::name).containsExactly("f1", "f2");
        FunctionSpec f2 = spec.functions().get(1);
        assertThat(f2.memoryMb()).isEqualTo(512);
        assertThat(f2.maxMemoryMb()).isEqualTo(300);
        assertThat(f2.invocationType()).isEqualTo(InvocationType.ASYNC);
        // Key order is free and whitespace around separators is ignored.
        assertThat(WorkloadSpec.parse(" duration = const(1ms) ; poisson( 1/s ) ").functions().get(0).arrivals())
                .isEqualTo(new PoissonArrivals(1));
    }

    @Test
    void expressionParsesBackToTheSameWorkload() {
        String spec = ISSUE_EXAMPLE + " + diurnal(1/s..50/s,peak=09:00);duration=empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s)"
                + ";memory=1024;type=sync + bursty(0/s,100/s,30s,10m);duration=uniform(10ms,50ms);seed=9"
                + " + schedule(cron(0/15 8-18 ? * MON-FRI *));duration=exp(120ms);function=cron";
        WorkloadSpec parsed = WorkloadSpec.parse(spec);
        WorkloadSpec again = WorkloadSpec.parse(parsed.expression());
        assertThat(again).isEqualTo(parsed);
        assertThat(again.expression()).isEqualTo(parsed.expression());
        assertThat(again.functions()).extracting(FunctionSpec::expression)
                .isEqualTo(parsed.functions().stream().map(FunctionSpec::expression).toList());
        // Same stream too (over 10 minutes, to keep the test quick).
        assertThat(digest(again.withHorizonUs(600_000_000L).open())).isEqualTo(digest(parsed.withHorizonUs(600_000_000L).open()));
    }

    @Test
    void cursorMergesInStartOrderWithStableTies() {
        // Both fire at 0, 10 s, 20 s, ...: ties go to the function written first.
        WorkloadSpec spec = WorkloadSpec.parse("constant(10s);duration=const(1ms);function=b;memory=256"
                + " + constant(5s);duration=const(2ms);function=a;horizon=1m");
        List<String> order = new ArrayList<>();
        try (InvocationCursor c = spec.open()) {
            assertThat(c.functions().names()).containsExactly("b", "a");
            long last = -1;
            while (c.next()) {
                assertThat(c.startUs()).isGreaterThanOrEqualTo(last);
                last = c.startUs();
                order.add(c.functions().name(c.functionId()) + "@" + c.startUs() / 1_000_000);
                assertThat(c.memoryMb()).isEqualTo(c.functionId() == 0 ? 256 : InvocationCursor.MISSING);
                assertThat(c.initUs()).isEqualTo(InvocationCursor.MISSING);
                assertThat(c.billedUs()).isEqualTo(InvocationCursor.MISSING);
                assertThat(c.payloadBytes()).isEqualTo(InvocationCursor.MISSING);
                assertThat(c.maxMemoryUsedMb()).isEqualTo(InvocationCursor.MISSING);
                assertThat(c.status()).isEqualTo(Status.UNKNOWN);
            }
            assertThat(c.report().fields()).containsExactly(TraceField.MEMORY);
            assertThat(c.report().rowsRead()).isEqualTo(18);   // 6 of b + 12 of a in one minute
        }
        assertThat(order).startsWith("b@0", "a@0", "a@5", "b@10", "a@10", "a@15", "b@20");
    }

    @Test
    void thirtyDaysAtAThousandPerSecondStreams() {
        // 2.6 billion invocations: materialising them would need tens of GB. The cursor holds O(1)
        // state per function, so opening is instant and the first two million arrive in order.
        WorkloadSpec spec = WorkloadSpec.parse("poisson(1000/s);duration=exp(100ms);horizon=30d + constant(1ms);duration=const(1ms)");
        try (InvocationCursor c = spec.open()) {
            long last = -1;
            for (int i = 0; i < 2_000_000; i++) {
                assertThat(c.next()).isTrue();
                if (c.startUs() < last) {
                    throw new AssertionError("out of order at " + i);
                }
                last = c.startUs();
            }
            // 1000/s + 1000/s: two million invocations take about 1,000 s.
            assertThat(last).isBetween(950_000_000L, 1_050_000_000L);
        }
    }

    @Test
    void readmeExamplesParse() {
        // The examples of README "### Generating load".
        assertThat(Generated.count("schedule(rate(9 minutes));duration=const(10ms);horizon=30d;function=warmer")).isEqualTo(4_800);
        WorkloadSpec day = WorkloadSpec.parse("diurnal(1/s..50/s);duration=lognormal(80ms,900ms);horizon=1d;function=api;memory=512"
                + " + schedule(cron(0 2 * * ? *));duration=const(40s);function=nightly;memory=2048");
        assertThat(day.functions()).extracting(FunctionSpec::memoryMb).containsExactly(512, 2048);
        WorkloadSpec bursts = WorkloadSpec.parse("bursty(0.1/s,200/s,20s,15m);duration=exp(120ms);type=async;horizon=7d;seed=3");
        assertThat(bursts.seed()).isEqualTo(3);
        assertThat(((BurstyArrivals) bursts.functions().get(0).arrivals()).meanRatePerSecond())
                .isCloseTo((0.1 * 900 + 200 * 20) / 920.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        String spec = "poisson(20/s);duration=lognormal(80ms,900ms);horizon=10m + bursty(1/s,50/s,10s,1m);duration=exp(50ms)";
        WorkloadSpec w = WorkloadSpec.parse(spec);
        assertThat(digest(w.open())).isEqualTo(digest(WorkloadSpec.parse(spec).open()));
        assertThat(digest(w.open(io.lambdasim.traces.DefaultSeed.VALUE))).isEqualTo(digest(w.open())); // the one default seed
        assertThat(digest(w.open(43))).isNotEqualTo(digest(w.open()));
        assertThat(digest(WorkloadSpec.parse(spec + ";seed=43").open())).isEqualTo(digest(w.open(43)));
    }

    @Test
    void addingAFunctionLeavesTheOthersUnchanged() {
        String api = "poisson(20/s);duration=exp(100ms);function=api;horizon=10m";
        String both = "constant(1s);duration=const(5ms);function=cron + " + api;
        assertThat(digestOf(WorkloadSpec.parse(both).open(), "api")).isEqualTo(digestOf(WorkloadSpec.parse(api).open(), "api"));
        // And changing a function's durations does not move its arrivals.
        assertThat(Generated.starts(api.replace("exp(100ms)", "const(1s)"))).isEqualTo(Generated.starts(api));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                   | nothing at position 1: expected a workload spec",
        "poisson(5/s)                                         | 'poisson(5/s)' at position 1: expected a duration=DIST clause",
        "duration=const(1ms)                                  | at position 1: expected an ARRIVALS clause",
        "poisson(5/s);duration=lognrmal(80ms,900ms)           | 'lognrmal' at position 23: expected a distribution",
        "poisson(5/q);duration=const(1ms)                     | '5/q' at position 9: expected a rate",
        "poison(5/s);duration=const(1ms)                      | 'poison' at position 1: expected arrivals",
        "poisson(5/s);duration=const(1ms);colour=red          | 'colour' at position 34: expected a key",
        "poisson(5/s;duration=const(1ms)                      | at position 1: expected a closing ')'",
        "poisson(5/s);duration=lognormal(80ms,2s)             | '2s' at position 38: expected a p99 at most 14.97 x the mean",
        "poisson(5/s);duration=lognormal(80ms,50ms)           | '50ms' at position 38: expected a p99 above the mean",
        "poisson(5/s);duration=const(1ms) +                   | nothing at position 35: expected a function",
        "poisson(5/s);duration=const(1ms);memory=64           | '64' at position 41: expected configured memory in MB",
        "poisson(5/s);duration=const(1ms);horizon=1d + poisson(1/s);duration=const(1ms);horizon=2d | '2d' at position 88: expected the same horizon",
        "poisson(5/s);duration=const(5);function=x            | '5' at position 29: expected a duration",
        "poisson(5/s);duration=empirical(p0=1ms,p50=2ms)      | 'p50=2ms' at position 40: expected p100=... last",
        "poisson(5/s);duration=empirical(p0=1ms,p50=2ms,p40=3ms,p100=4ms) | 'p40=3ms' at position 48: expected a percentile above",
        "poisson(5/s);duration=empirical(p0=9ms,p50=2ms,p100=4ms) | 'p50=2ms' at position 40: expected a value no smaller",
        "poisson(5/s);duration=const(1ms);function=a + poisson(1/s);duration=const(1ms);function=a | expected a function name other than 'a'",
        "poisson(5/s);duration=const(1ms);type=maybe          | 'maybe' at position 39: expected an invocation type",
        "poisson(5/s) poisson(1/s);duration=const(1ms)        | ')' at position 12: expected a matching '('",
        "diurnal(50/s..1/s);duration=const(1ms)               | '1/s' at position 15: expected a peak rate at least the trough",
        "bursty(1/s,100/s,30s);duration=const(1ms)            | expected bursty(LOW_RATE,HIGH_RATE,MEAN_BURST,MEAN_GAP)",
        "schedule(rate(5 weeks));duration=const(1ms)          | 'weeks' at position 17: expected minute(s), hour(s) or day(s)",
        "poisson(5/s);duration=const(1ms);seed=x              | 'x' at position 39: expected an integer seed",
    })
    void badSpecsFailWithOneLineNamingTokenAndPosition(String spec, String message) {
        assertThatThrownBy(() -> WorkloadSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid workload spec: ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** A digest of every field of every invocation: equal digests mean identical streams. */
    static long digest(InvocationCursor c) {
        return digestOf(c, null);
    }

    private static long digestOf(InvocationCursor c, String onlyFunction) {
        long h = 17;
        try (c) {
            while (c.next()) {
                if (onlyFunction != null && !c.functions().name(c.functionId()).equals(onlyFunction)) {
                    continue;
                }
                h = 31 * h + c.startUs();
                h = 31 * h + c.durationUs();
                h = 31 * h + c.memoryMb();
                h = 31 * h + c.invocationType();
                h = 31 * h + (onlyFunction == null ? c.functionId() : 0);
            }
        }
        return h;
    }
}
