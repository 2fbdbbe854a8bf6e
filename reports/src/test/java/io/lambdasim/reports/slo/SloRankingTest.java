package io.lambdasim.reports.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.reports.breakeven.Ec2Candidate;
import io.lambdasim.reports.breakeven.Ec2Pricing;
import io.lambdasim.reports.breakeven.OptionOutcome;
import io.lambdasim.reports.breakeven.TraceBreakEven;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingFixtures;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --latency-slo}: an option that cannot keep up is ranked after the ones that meet the
 * objective, with the reason, on a fleet whose queue is worked out by hand.
 */
class SloRankingTest {

    private static final long S = 1_000_000L;
    private static final CpuModel CPU_BOUND = new CpuModel(1, 1);

    /**
     * One 1-vCPU instance whose 2,048 MB hold one 1,769 MB request at a time (90% usable: floor(1,843 /
     * 1,769) = 1 slot), at a made-up $0.01 an hour so that it is far cheaper than Lambda.
     */
    private static Ec2Candidate oneSlotBox() {
        FleetConfig fleet = FleetConfig.of(1, 2048).withWorkload(CPU_BOUND, 1769, 1769)
                .withSizing(FleetMode.STATIC, 0.7, 1, 1);
        return new Ec2Candidate(fleet, Ec2Pricing.onDemand("box", 0.01, 0, 0));
    }

    private static TraceBreakEvenResult run(InvocationArrays trace, LatencySlo slo) {
        SimulationConfig lambda = SimulationConfig.builder().memoryMb(1769).referenceMemoryMb(1769).cpu(CPU_BOUND).build();
        return new TraceBreakEven(trace, lambda, "x86_64", SizingFixtures.PRICES, 730,
                new TraceBreakEven.Search(1.0 / 4, 4, 0.05, 1, 5_000_000)).slo(slo).run(List.of(oneSlotBox()));
    }

    @Test
    void anOverloadedSingleInstanceIsRankedAfterLambdaWithTheReason() {
        // D/D/1 by hand: 100 requests, one every 0.5 s, each 1 s of CPU on the one slot (1 vCPU = Lambda's
        // 1,769 MB). Request n (0..99) arrives at 0.5n s and starts when the n before it are done, at n s:
        // it waits 0.5n s. The 99th percentile of the 100 waits (HdrHistogram: the 99th smallest) is
        // request 98's, 49 s; its response is 49 + 1 = 50 s. Every arrival but the first waits, so the
        // arrival seconds 0..49 are all overloaded: 50 s; the last request ends at 100 s, and the fleet's
        // horizon is the end of that one-minute control period, 120 s. HdrHistogram keeps three significant
        // digits: figures within 0.1%.
        // Lambda runs each request at once in its own environment: 1 s, plus a 250 ms INIT when cold.
        InvocationArrays trace = SizingFixtures.steady(100, S / 2, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = run(trace, LatencySlo.parse("p99=2s"));
        OptionOutcome box = r.options().get(0);
        assertThat(box.fleetToday().queue().p99Ms()).isCloseTo(49_000, within(49.0));
        assertThat(box.fleetToday().response().p99Ms()).isCloseTo(50_000, within(50.0));
        assertThat(box.fleetToday().overloadedSeconds()).isEqualTo(50);
        assertThat(box.fleetToday().horizonSeconds()).isCloseTo(120, within(0.001));

        // By cost alone the box wins ($7.30 a month against Lambda's $150-odd), and keeps being named so.
        assertThat(r.cheapestToday()).isEqualTo("box");
        // Under the objective it is ranked after Lambda (p99 1.25 s at most), which is recommended.
        assertThat(r.recommendedToday()).isEqualTo(TraceBreakEven.LAMBDA);
        assertThat(r.slo().verdicts()).extracting(SloVerdict::option).containsExactly("lambda", "box");
        assertThat(r.sloMiss("box")).matches("box: response p99 50,0\\d\\d ms > 2,000 ms "
                + "\\(overloaded 50 s of 120 s, queue p99 49,0\\d\\d ms\\)");
        assertThat(r.sloMiss(TraceBreakEven.LAMBDA)).isEmpty();
        assertThat(r.summary()).startsWith("Cheapest at today's traffic meeting p99=2s: Lambda (")
                .contains("Misses p99=2s: box: response p99 50,0");
        assertThat(TraceBreakEvenRun.table(r)).contains("[misses p99=2s]");

        Map<String, Object> json = TraceBreakEvenRun.json(r);
        assertThat(json.get("cheapestToday")).isEqualTo("box"); // the existing key keeps its meaning
        assertThat(json.get("recommendedToday")).isEqualTo("lambda");
        @SuppressWarnings("unchecked")
        Map<String, Object> slo = (Map<String, Object>) json.get("latencySlo");
        assertThat(slo).containsEntry("objective", "p99=2s").containsEntry("objectiveMs", 2000.0)
                .containsEntry("cheapestMeeting", "lambda");
    }

    @Test
    void withoutAnObjectiveTheOverloadedCheapestSaysSo() {
        InvocationArrays trace = SizingFixtures.steady(100, S / 2, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = run(trace, null);
        assertThat(r.slo()).isNull();
        assertThat(r.recommendedToday()).isEqualTo("box");
        assertThat(r.summary()).startsWith("Cheapest at today's traffic: box (")
                .contains("Its fleet was overloaded 50 s of 120 s, queue p99 49,0").contains("give --latency-slo");
    }

    @Test
    void aFleetThatKeepsUpMeetsTheObjectiveAndStaysCheapest() {
        // One request every 2 s on the same box: each done before the next arrives, no wait, response 1 s.
        InvocationArrays trace = SizingFixtures.steady(50, 2 * S, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = run(trace, LatencySlo.parse("p99=1500ms"));
        assertThat(r.options().get(0).fleetToday().overloadedSeconds()).isZero();
        assertThat(r.slo().of("box").latencyMs()).isCloseTo(1000, within(1.0));
        assertThat(r.recommendedToday()).isEqualTo("box");
        assertThat(r.slo().missed()).isEmpty();
    }

    @Test
    void rankingPutsMetBeforeMissedThenByCost() {
        LatencySlo slo = LatencySlo.parse("p90=100ms");
        SloRanking r = SloRanking.of(slo, List.of(
                new SloVerdict("cheap-slow", 1, 500, false, "cheap-slow: ..."),
                new SloVerdict("dear-fast", 30, 50, true, ""),
                new SloVerdict("mid-fast", 20, 80, true, "")));
        assertThat(r.verdicts()).extracting(SloVerdict::option).containsExactly("mid-fast", "dear-fast", "cheap-slow");
        assertThat(r.cheapestMeeting().option()).isEqualTo("mid-fast");
    }

    @Test
    void theSettingParsesEveryPercentileAndRefusesOthersInOneLine() {
        assertThat(Settings.LATENCY_SLO.parse("p99=300ms")).isEqualTo(new LatencySlo(99, 300_000));
        assertThat(Settings.LATENCY_SLO.parse("p99.9=1s").percentileLabel()).isEqualTo("p99.9");
        assertThat(Settings.LATENCY_SLO.parse("P95=0.25").objectiveUs()).isEqualTo(250_000); // a bare number is seconds
        assertThat(Settings.LATENCY_SLO.parse("p50=2m").spec()).isEqualTo("p50=2m");
        assertThat(Settings.LATENCY_SLO.parse("p90=300ms").spec()).isEqualTo("p90=300ms");
        assertThatThrownBy(() -> Settings.LATENCY_SLO.parse("p97=300ms")).isInstanceOf(SettingException.class)
                .hasMessageContaining("p50, p90, p95, p99, p99.9");
        assertThatThrownBy(() -> Settings.LATENCY_SLO.parse("300ms")).isInstanceOf(SettingException.class)
                .hasMessageContaining("such as p99=300ms");
        assertThatThrownBy(() -> Settings.LATENCY_SLO.parse("p99=20m")).isInstanceOf(SettingException.class)
                .hasMessageContaining("1ms to 900s");
    }
}
