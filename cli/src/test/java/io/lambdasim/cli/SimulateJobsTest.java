package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.ParallelSimulation;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.Simulator;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.traces.InvocationCursor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code simulate --jobs N} prints the single-threaded run's JSON, per-function CSV and
 * timeline CSV byte for byte, both when the groups' merged result is kept and when the summed
 * concurrency reaches the account limit and the coupled simulation runs again. Which path ran is
 * asked of the engine for the same workload and settings (the output must not say).
 */
class SimulateJobsTest {

    /**
     * Five functions, about 62 invocations a second for 10 minutes (37,000 invocations: more than
     * one of the parallel run's windows), about 9 in flight on average.
     */
    private static final String WORKLOAD = "poisson(25/s);duration=exp(150ms);horizon=10m;function=api"
            + " + poisson(20/s);duration=lognormal(80ms,700ms);function=orders"
            + " + poisson(10/s);duration=exp(300ms);function=reports"
            + " + poisson(5/s);duration=exp(40ms);function=thumbs"
            + " + poisson(2/s);duration=exp(1s);function=batch;seed=5";

    private record Outputs(String json, String perFunction, String timeline) {
    }

    private static Outputs simulate(Path dir, String jobs, String... extra) throws IOException {
        Path perFunction = dir.resolve("pf-" + jobs + ".csv");
        Path timeline = dir.resolve("tl-" + jobs + ".csv");
        List<String> args = new ArrayList<>(List.of("simulate", "--generate", WORKLOAD, "--keep-alive", "random:30s-3m",
                "--json", "--jobs", jobs, "--per-function", perFunction.toString(), "--timeline", timeline.toString(),
                "--bucket", "20s"));
        args.addAll(List.of(extra));
        SimulateCommandTest.Run r = SimulateCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return new Outputs(r.out(), Files.readString(perFunction, StandardCharsets.UTF_8),
                Files.readString(timeline, StandardCharsets.UTF_8));
    }

    /** The path the engine takes for these settings with {@code jobs} threads. */
    private static ParallelSimulation.Mode mode(int jobs, String... settings) {
        ScenarioOptions.Builder b = ScenarioOptions.builder().set("generate", WORKLOAD).set("keep_alive", "random:30s-3m")
                .set("bucket", "20s");
        for (int i = 0; i < settings.length; i += 2) {
            b.set(settings[i], settings[i + 1]);
        }
        ScenarioOptions o = b.build();
        try (InvocationCursor c = o.source().open()) {
            return Simulator.run(c, o.simulation(), ProgressListener.NONE, jobs, o.source()::open).mode();
        }
    }

    @Test
    void withoutContentionTheParallelOutputIsTheSingleThreadedOne(@TempDir Path dir) throws IOException {
        Outputs one = simulate(dir, "1");
        for (String jobs : List.of("2", "4")) {
            Outputs many = simulate(dir, jobs);
            assertThat(many.json()).as("--jobs " + jobs).isEqualTo(one.json());
            assertThat(many.perFunction()).isEqualTo(one.perFunction());
            assertThat(many.timeline()).isEqualTo(one.timeline());
        }
        assertThat(one.json()).contains("\"throttled\" : 0");
        assertThat(mode(2)).isEqualTo(ParallelSimulation.Mode.PARALLEL);
    }

    @Test
    void withContentionTheRerunOutputIsTheSingleThreadedOne(@TempDir Path dir) throws IOException {
        // A limit of 6 under about 9 in flight: the coupled run throttles, the groups alone would not
        // know, so the coupled simulation runs again.
        Outputs one = simulate(dir, "1", "--concurrency-limit", "6");
        Outputs many = simulate(dir, "3", "--concurrency-limit", "6");
        assertThat(many.json()).isEqualTo(one.json());
        assertThat(many.perFunction()).isEqualTo(one.perFunction());
        assertThat(many.timeline()).isEqualTo(one.timeline());
        assertThat(one.json()).doesNotContain("\"throttled\" : 0,");
        assertThat(mode(3, "concurrency_limit", "6")).isEqualTo(ParallelSimulation.Mode.FALLBACK);
    }

    /** Exit code, error output (stripped) and output of a run. */
    private static String[] failing(String... args) {
        SimulateCommandTest.Run r = SimulateCommandTest.run(args);
        return new String[] {Integer.toString(r.code()), r.err().strip(), r.out()};
    }

    @Test
    void aBadRowPastTheFirstWindowStopsTheRunWithItsLineAndExitCodeTwo(@TempDir Path dir) throws IOException {
        // 40,000 good rows (more than one window of the parallel run, so the groups are running),
        // then a duration that is not a number on line 40,002.
        StringBuilder csv = new StringBuilder("function,start_ms,duration_ms\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append(i % 2 == 0 ? "a" : "b").append(',').append(i * 10L).append(",50\n");
        }
        csv.append("a,400000,fifty\n");
        Path trace = dir.resolve("bad.csv");
        Files.writeString(trace, csv);
        String[] one = failing("simulate", "--trace", trace.toString(), "--jobs", "1");
        String[] two = failing("simulate", "--trace", trace.toString(), "--jobs", "2");
        assertThat(one[0]).isEqualTo("2");
        assertThat(one[1]).contains("bad.csv:40002").doesNotContain("\n").doesNotContain("Exception");
        assertThat(two).containsExactly(one);
    }

    @Test
    void anErrorMetInAGroupIsTheSingleThreadedRunsError(@TempDir Path dir) throws IOException {
        // A reservation of 950 leaves less than AWS's 100 unreserved of the 1,000: the run fails at
        // the function's first invocation, naming it, whichever thread meets it first.
        Path functions = dir.resolve("functions.csv");
        Files.writeString(functions, "function,reserved\nreports,950\n");
        String[] one = failing("simulate", "--generate", WORKLOAD, "--functions", functions.toString(), "--jobs", "1");
        String[] three = failing("simulate", "--generate", WORKLOAD, "--functions", functions.toString(), "--jobs", "3");
        assertThat(one[0]).isEqualTo("2");
        assertThat(one[1]).contains("function 'reports'");
        assertThat(three).containsExactly(one);
    }

    @Test
    void aJobsValueOutOfRangeIsOneLineWithExitCodeTwo() {
        String[] r = failing("simulate", "--generate", "poisson(1/s);duration=exp(50ms);horizon=1m", "--jobs", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEqualTo("lambdasim simulate: --jobs '0': expected a whole number from 1 to 4096");
    }
}
