package io.lambdasim.gui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.batch.SimulatingExecutor;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The replay view model without the toolkit: the "UI thread" is whichever thread delivers. */
class ReplayViewModelTest {

    /*
     * Three invocations of one function, 10 minutes and more apart: with the default fixed 10-minute
     * keep-alive each finds its environment reclaimed, so all three are cold (issue 4, first "must hold").
     */
    static final String THREE_COLD = "function,start_ms,duration_ms\nf,0,100\nf,700000,100\nf,1400000,100\n";

    @Test
    void runsATraceToCompletionAndShowsItsFigures() throws Exception {
        Path trace = GuiTestSupport.tempFile("three.csv", THREE_COLD);
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(trace.toString());
        assertThat(vm.source().errorProperty().get()).isEmpty();
        assertThat(vm.source().infoProperty().get()).contains("lambdasim-csv");
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.summary()).contains(new ReplayViewModel.Figure("Invocations", "3"),
                new ReplayViewModel.Figure("Cold starts", "3"));
        // Money with its period, whole figures with separators, no raw column keys (issue 16).
        assertThat(vm.summary()).extracting(ReplayViewModel.Figure::caption).contains("Lambda", "Covered period")
                .noneMatch(c -> c.contains("_"));
        assertThat(vm.summary()).filteredOn(f -> f.caption().equals("Lambda"))
                .allSatisfy(f -> assertThat(f.value()).startsWith("$").endsWith("/month"));
        assertThat(vm.timelineProperty().get().series()).hasSize(4);
        assertThat(vm.costsProperty().get().series()).isNotEmpty();
        // Each bar says its option and its month: two m7g.large (the default fleet minimum) at $0.0816 an
        // hour for 730 h = $119.136 (price book, us-east-1 on-demand).
        assertThat(vm.costsProperty().get().series().get(0).labels()).anySatisfy(l -> assertThat(l).startsWith("Lambda\n$"))
                .contains("m7g.large\n$119.14/month");
    }

    /*
     * Issue 14's band in the replay's figures. The three invocations above, about 11.7 minutes idle
     * between them, with the keep-alive uncertain over fixed:5m..15m: central (the midpoint, 10 min)
     * and low end (5 min) reclaim every environment, 3 cold starts; the high end (15 min) keeps it, 1
     * cold start. So the cold starts read "3 (band 1–3)", and Lambda's cost and its bar carry a band.
     */
    @Test
    void aKeepAliveRangeShowsEachFigureWithItsBand() throws Exception {
        Path trace = GuiTestSupport.tempFile("three.csv", THREE_COLD);
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(trace.toString());
        vm.inputs().set(Settings.KEEP_ALIVE, "fixed:5m..15m");
        vm.inputs().set(Settings.FREE_TIER, "no"); // else the month is free at every end: no band to show
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(20, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        assertThat(vm.summary()).contains(new ReplayViewModel.Figure("Cold starts", "3 (band 1–3)"));
        assertThat(vm.summary()).filteredOn(f -> f.caption().equals("Lambda"))
                .allSatisfy(f -> assertThat(f.value()).matches("\\$\\S+/month \\(band \\$\\S+–\\$\\S+/month\\)"));
        assertThat(vm.costsProperty().get().series().get(0).labels()[0]).matches("Lambda\n\\$\\S+/month\nband \\$\\S+–\\$\\S+");
        // the ends as columns of their own: captioned after their figure and in its unit
        assertThat(vm.allFigures()).contains(new ReplayViewModel.Figure("Cold starts, low end", "1"),
                new ReplayViewModel.Figure("Cold starts, high end", "3"));
    }

    /** The bundled CloudWatch REPORT log records its cold starts (Init Duration lines): shown beside the simulated. */
    @Test
    void aCloudWatchTraceShowsObservedAgainstSimulatedColdStarts() throws Exception {
        Path log = Path.of("..", "examples", "traces", "orders-cloudwatch.log");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(log), "examples/ not beside the module");
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(log.toString());
        assertThat(vm.source().infoProperty().get()).contains("cloudwatch");
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(30, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        assertThat(vm.observedProperty().get()).matches("Cold starts: \\S+ observed, \\S+ simulated.*");
    }

    /**
     * Issue 16: the queue of reports' SloOutcomeTest (a request every 0.5 s, 1 s of CPU each, on one box
     * holding one request: request n waits 0.5n s) misses p99=2s; Lambda (1 s, 1.25 s cold) meets it.
     */
    @Test
    void aFleetThatCannotKeepUpIsMarkedWithTheReason() throws Exception {
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().useGeneratorProperty().set(true);
        vm.source().generateProperty().set("constant(500ms);duration=const(1s);horizon=50s;memory=1769");
        vm.inputs().set(Settings.MEMORY_MB, "1769");
        vm.inputs().set(Settings.CPU_FRACTION, "1");
        vm.inputs().set(Settings.EC2, "box=0.01:1:2");
        vm.inputs().set(Settings.MIN_INSTANCES, "1");
        vm.inputs().set(Settings.MAX_INSTANCES, "1");
        vm.inputs().set(Settings.LATENCY_SLO, "p99=2s");
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(20, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        // By cost alone the box ($7.30 a month) is still named cheapest; under the objective Lambda is picked.
        assertThat(vm.summary()).contains(new ReplayViewModel.Figure("Cheapest option", "box"),
                new ReplayViewModel.Figure("Cheapest meeting the latency objective", "Lambda"));
        assertThat(vm.sloProperty().get()).startsWith("Latency objective p99=2s: Lambda is the cheapest option meeting it.")
                .contains("Misses it: box: response p99 50,0").contains("(overloaded 50 s of 120 s, queue p99 49,0");
    }

    @Test
    void withoutAnObjectiveThereIsNoMark() {
        assertThat(ReplayViewModel.sloText(null, Map.of("cheapest_option", "box"))).isEmpty();
        assertThat(ReplayViewModel.sloText("p99=300ms", Map.of("slo_option", "none", "slo_misses", "box: slow")))
                .isEqualTo("No option meets the latency objective p99=300ms.\nMisses it: box: slow.");
    }

    @Test
    void observedColdStartsSitBesideTheSimulatedOnes() {
        // Two functions, one with observed figures (a CloudWatch trace), one without: only the first counts.
        String text = ReplayViewModel.observedText(List.of(
                Map.of("cold_starts", "34", "observed_cold_starts", "31", "billed_ms", "1200.5", "observed_billed_ms", "1180"),
                Map.of("cold_starts", "9", "observed_cold_starts", "", "billed_ms", "10", "observed_billed_ms", "")));
        assertThat(text).isEqualTo("Cold starts: 31 observed, 34 simulated   ·   Billed ms: 1.2 k observed, 1.2 k simulated");
        assertThat(ReplayViewModel.observedText(List.of(Map.of("cold_starts", "3")))).isEmpty();
    }

    /**
     * Issue 16: SnapStart, the settings around the function and jobs are fields of the replay, passed
     * to the run as the batch row's cells. One request a second for an hour is 3,600 requests, a month
     * of 730 h 2,628,000; behind an HTTP API at $1.00 per million (around-prices.json, API Gateway
     * pricing page) the front door costs $2.63 a month.
     */
    @Test
    void snapStartFrontDoorAndJobsAreFieldsOfTheRun() throws Exception {
        assertThat(ReplayViewModel.FUNCTION).contains(Settings.SNAPSTART);
        assertThat(ReplayViewModel.AROUND).contains(Settings.FRONT_DOOR, Settings.VPC, Settings.LOGS);
        assertThat(ReplayViewModel.OBJECTIVE).contains(Settings.JOBS, Settings.LATENCY_SLO);
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.inputs().set(Settings.SNAPSTART, "ruby3.3");
        assertThat(vm.inputs().problem(Settings.SNAPSTART).get()).contains("SnapStart supports Java, Python and .NET");
        vm.source().useGeneratorProperty().set(true);
        vm.source().generateProperty().set("constant(1s);duration=const(100ms);horizon=1h;memory=512");
        vm.inputs().set(Settings.SNAPSTART, "python3.12");
        vm.inputs().set(Settings.FRONT_DOOR, "http-api");
        vm.inputs().set(Settings.JOBS, "1");
        vm.inputs().set(Settings.EC2, "");
        assertThat(vm.scenario().settings()).containsEntry("snapstart", "python3.12").containsEntry("front_door", "http-api")
                .containsEntry("jobs", "1");
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(20, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        Map<String, String> f = vm.outcomeProperty().get().figures();
        assertThat(f.get("front_door_monthly_usd")).isEqualTo("2.63");
        assertThat(Double.parseDouble(f.get("lambda_monthly_snapstart_usd"))).isPositive(); // Python pays the cache
    }

    @Test
    void optionsAreCheckedByTheRegistryAndKept() {
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.inputs().set(Settings.MEMORY_MB, "20000");
        assertThat(vm.inputs().problem(Settings.MEMORY_MB).get()).contains("10240");
        vm.source().useGeneratorProperty().set(true);
        assertThat(vm.validate()).isFalse();
        assertThat(vm.runErrorProperty().get()).startsWith("Memory (MB) '20000': expected");
        assertThat(vm.inputs().get(Settings.MEMORY_MB)).isEqualTo("20000");
    }

    /** A first start shows no red text: the example workload is ready to run, no field has a problem. */
    @Test
    void opensReadyToRunWithoutAnyProblemShown() {
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        assertThat(vm.source().errorProperty().get()).isEmpty();
        assertThat(vm.source().infoProperty().get()).isEqualTo("1 function over 1 hour");
        assertThat(vm.inputs().settings()).allSatisfy(s -> assertThat(vm.inputs().problem(s).get()).isEmpty());
        assertThat(vm.runErrorProperty().get()).isEmpty();
        // A trace chosen but none given yet: a grey hint until Run, red only after Run.
        vm.source().useGeneratorProperty().set(false);
        assertThat(vm.validate()).isFalse();
        assertThat(vm.runErrorProperty().get()).startsWith("Choose a trace file");
    }

    @Test
    void aBadTraceIsNamedWithItsFile() {
        Path bad = GuiTestSupport.tempFile("bad.csv", "this is not,a trace\n1,2\n");
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(bad.toString());
        assertThat(vm.source().errorProperty().get()).contains("bad.csv");
        assertThat(vm.validate()).isFalse();
    }
}
