package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.traces.InvocationCursor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatingExecutorTest {

    @Test
    void theSeedColumnReplacesTheSpecsSeed() {
        String spec = "poisson(1/s);duration=exp(1s);seed=9;horizon=2m + constant(10s);duration=const(1s);function=b";
        Scenario seeded = new Scenario(0, 2, "x", Map.of("generate", spec, "seed", "4"), null);
        TraceSource source = SimulatingExecutor.options(seeded, Path.of(".")).source();
        assertThat(source.generatorSeed()).isEqualTo(4L);
        // the same invocations as the spec written with seed=4
        assertThat(digest(source)).isEqualTo(digest(TraceSource.generated(spec.replace("seed=9", "seed=4"))));
        Scenario own = new Scenario(0, 2, "y", Map.of("generate", spec), null);
        assertThat(SimulatingExecutor.options(own, Path.of(".")).source().generatorSeed()).isNull();
    }

    /**
     * Observation 7 of the "one answer" issue: a report section showed t4g.small at $0.81 in its cost
     * bars (a day) and $24.53 in its break-even chart (a month). Both are a month now: a static fleet of
     * two t4g.small (the default minimum) at $0.0168 an hour (price book) for 730 h is 2 × 0.0168 × 730
     * = $24.528, and the break-even staircase starts at that same floor.
     */
    @Test
    void costBarsAndBreakEvenChartShowTheSameMonth() {
        Scenario s = new Scenario(0, 2, "day", Map.of("generate", "poisson(1/s);duration=exp(80ms);horizon=1d;memory=512",
                "ec2", "t4g.small"), null);
        ScenarioOutcome o = new SimulatingExecutor().run(s, Path.of("."), f -> { });
        double bar = o.costs().stream().filter(c -> c.option().equals("t4g.small")).findFirst().orElseThrow().totalUsd();
        assertThat(bar).isCloseTo(24.528, org.assertj.core.api.Assertions.within(0.005));
        assertThat(o.figures().get("ec2_t4g.small_monthly_usd")).isEqualTo("24.53");
        var staircase = o.breakEven().curves().stream().filter(c -> c.name().equals("t4g.small")).findFirst().orElseThrow();
        assertThat(staircase.usdPerMonth()[0]).isCloseTo(24.528, org.assertj.core.api.Assertions.within(0.005));
        // and the period's own figure is labelled as such: a day is 24/730 of the month
        assertThat(Double.parseDouble(o.figures().get("ec2_t4g.small_usd"))).isCloseTo(24.528 * 24 / 730,
                org.assertj.core.api.Assertions.within(0.005));
    }

    /**
     * The snapstart column: a Python function's SnapStart charges come out in their own columns (the
     * month's $4.06 is worked by hand in SnapStartPricingTest: 730 restores of 1 GB and a month of 1 GB
     * cache), only in batches that ask for SnapStart, and the Lambda total includes them.
     */
    @Test
    void snapStartChargesHaveTheirOwnColumns() {
        Map<String, String> cells = Map.of("generate", "schedule(rate(1 hour));duration=const(100ms);horizon=1d;memory=1024",
                "memory_mb", "1024", "snapstart", "python3.12");
        Scenario s = new Scenario(0, 2, "snap", cells, null);
        ScenarioOutcome o = new SimulatingExecutor().run(s, Path.of("."), f -> { });
        assertThat(o.figures().get(ResultColumns.LAMBDA_MONTHLY_SNAPSTART_USD)).isEqualTo("4.06");
        assertThat(o.figures().get(ResultColumns.LAMBDA_MONTHLY_USD)).isEqualTo("4.06"); // the rest is in the free tier
        assertThat(ResultColumns.asksForSnapStart(s)).isTrue();
        assertThat(ResultColumns.asksForSnapStart(new Scenario(0, 3, "off", Map.of("snapstart", "no"), null))).isFalse();
    }

    private static String digest(TraceSource s) {
        StringBuilder b = new StringBuilder();
        try (InvocationCursor c = s.open()) {
            while (c.next()) {
                b.append(c.functionId()).append(':').append(c.startUs()).append(':').append(c.durationUs()).append(';');
            }
        }
        return b.toString();
    }

    @Test
    void aValueTheRunnerRejectsNamesItsColumn() {
        Scenario s = new Scenario(0, 3, "x", Map.of("generate", "poisson(1/s);duration=exp(1s)", "keep_alive", "forever"), null);
        assertThatThrownBy(() -> SimulatingExecutor.options(s, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("column keep_alive 'forever': unknown keep-alive");
    }
}
