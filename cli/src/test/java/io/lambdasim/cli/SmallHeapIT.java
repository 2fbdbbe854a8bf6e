package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "Stack traces and hangs", run as a user would: the shaded jar in a JVM of its own with
 * {@code -Xmx64m}. 300,000 distinct functions do not fit in 64 MB (about 250 B each to read and
 * 4,100 B to simulate, FunctionBudget and Simulator.stateBytesPerFunction): {@code simulate} and
 * {@code trace stats} stop up front with one line saying what to change, exit code 2, no stack
 * trace, and the output they were asked to replace untouched. A 30-day timeline at 1 s buckets
 * (2.6 million rows) streams to disk in the same heap.
 */
class SmallHeapIT {

    private static final int FUNCTIONS = 300_000;
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    static Path dir;
    static Path trace;

    @BeforeAll
    static void manyFunctions() throws IOException {
        trace = dir.resolve("functions.csv");
        try (BufferedWriter w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            w.write("function,start_ms,duration_ms,memory_mb\n");
            for (int i = 0; i < FUNCTIONS; i++) {
                w.write("fn-" + i + "-abcdef0123456789," + (i * 10L) + ",50,512\n");
            }
        }
    }

    @Test
    void simulateRefusesMoreFunctionsThanTheHeapHoldsAndLeavesTheOutputAlone() throws Exception {
        Path timeline = dir.resolve("timeline.csv");
        Files.writeString(timeline, "keep me\n");
        Run r = run("simulate", "--trace", trace.toString(), "--timeline", timeline.toString(), "--bucket", "1h", "--force");
        assertRefused(r, "lambdasim simulate: ");
        assertThat(Files.readString(timeline)).isEqualTo("keep me\n");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("functions.csv", "timeline.csv");
    }

    @Test
    void simulateOnAllCoresRefusesToo() throws Exception {
        assertRefused(run("simulate", "--trace", trace.toString(), "--jobs", "2", "--json"), "lambdasim simulate: ");
    }

    @Test
    void traceStatsRefusesMoreFunctionsThanTheHeapHolds() throws Exception {
        assertRefused(run("trace", "stats", trace.toString(), "--json"), "lambdasim trace stats: ");
    }

    @Test
    void thirtyDayTimelineAtOneSecondStreamsInSixtyFourMegabytes() throws Exception {
        Path out = Files.createTempDirectory(dir, "timeline");
        Path timeline = out.resolve("tl.csv");
        Run r = run("simulate", "--generate", "poisson(1/m);duration=const(50ms);horizon=30d;function=a",
                "--timeline", timeline.toString(), "--bucket", "1s", "--json");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).doesNotContain("out of memory");
        // 30 days of 1 s buckets is 2,592,000 rows; the last arrival (a Poisson process at 1/min)
        // falls within a few minutes of the end, and the timeline ends with it.
        long rows;
        try (LineNumberReader lines = new LineNumberReader(Files.newBufferedReader(timeline))) {
            lines.skip(Long.MAX_VALUE);
            rows = lines.getLineNumber() - 1;
        }
        assertThat(rows).isBetween(2_592_000L - 3_600, 2_592_000L);
        assertThat(filesIn(out)).containsExactly("tl.csv");
    }

    private static void assertRefused(Run r, String prefix) {
        assertThat(r.exit).as(r.err).isEqualTo(2);
        List<String> lines = r.err.lines().filter(l -> !l.startsWith("lambdasim reading:") && !l.startsWith("lambdasim simulating:")).toList();
        assertThat(lines).as(r.err).hasSize(1);
        assertThat(lines.get(0)).startsWith(prefix + "too many functions for the heap: ")
                .contains(trace.toString() + ":")           // where: file:line
                .contains("-Xmx")                           // what to change
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("out of memory");
        assertThat(r.out).isEmpty();
    }

    private static List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    /** {@code java -Xmx64m -jar lambdasim.jar ARGS}, as {@code LAMBDASIM_JAVA_OPTS=-Xmx64m ./lambdasim ARGS} runs it. */
    private static Run run(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("lambdasim.jar", "target/lambdasim.jar"));
        assertThat(jar).as("the shaded jar (mvn package)").exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("lambdasim " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s (a hang)");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
