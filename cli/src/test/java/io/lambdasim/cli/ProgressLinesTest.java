package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: long runs show progress even when stderr is not a terminal (tests run without one),
 * and {@code --json} output stays clean. The clock runs a second per reading, so a run of a few
 * progress reports (one per 65,536 invocations) behaves like one of many seconds.
 */
class ProgressLinesTest {

    private LongSupplier saved;

    @BeforeEach
    void fastClock() {
        saved = ProgressLine.nanoTime;
        AtomicLong now = new AtomicLong();
        ProgressLine.nanoTime = () -> now.addAndGet(1_000_000_000L);
    }

    @AfterEach
    void realClock() {
        ProgressLine.nanoTime = saved;
    }

    // 100/s for 1 h: 360,000 invocations per memory size, 5 progress reports each
    private static final String WORKLOAD = "poisson(100/s);duration=const(20ms);horizon=1h;function=api;memory=512";

    @Test
    void sizingWithProgressPrintsLinesOnStderrAndCleanJson() {
        CommandRun r = CommandRun.of("sizing", "--generate", WORKLOAD, "--memory", "512,1024", "--threads", "2",
                "--progress", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        assertProgressLines(r.err);
        assertThat(r.json().isObject()).isTrue(); // stdout is the JSON object alone
    }

    @Test
    void traceBreakEvenWithProgressPrintsLinesOnStderrAndCleanJson() {
        // 100/s for 10 min: 60,000 invocations at today's traffic, more in each scaled-up run
        CommandRun r = CommandRun.of("breakeven", "--generate", "poisson(100/s);duration=const(20ms);horizon=10m;function=api;memory=512",
                "--ec2", "m7g.large", "--max-factor", "4", "--progress", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        assertProgressLines(r.err);
        assertThat(r.json().isObject()).isTrue();
    }

    @Test
    void calibrateWithProgressPrintsLinesOnStderrAndCleanJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // 60/s for 1 h: 216,000 REPORT lines, 3 reports while reading and one per 65,536 invocations of each replay
        java.nio.file.Path log = dir.resolve("api.log");
        io.lambdasim.reports.calibrate.SyntheticLogs.write("poisson(60/s);duration=exp(50ms);horizon=1h;function=api",
                io.lambdasim.engine.SimulationConfig.DEFAULTS, 512, log);
        CommandRun r = CommandRun.of("calibrate", log.toString(), "--progress", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err.lines().toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("lambdasim calibrating: [0-9,]+ invocations, .* of trace time, [0-9,]+ invocations/s"));
        assertThat(r.json().get("functions").get(0).get("function").asText()).isEqualTo("api");
    }

    @Test
    void withoutProgressAShortRunPrintsNothing() {
        ProgressLine.nanoTime = saved; // real time: far less than ten seconds
        CommandRun r = CommandRun.of("sizing", "--generate", "poisson(1/s);duration=const(20ms);horizon=1m;function=api;memory=512",
                "--memory", "512", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
    }

    private static void assertProgressLines(String err) {
        // --progress on a non-terminal: after two seconds, a plain line every two seconds (ProgressLine)
        assertThat(err.lines().toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("lambdasim simulating: [0-9,]+ invocations, .* of trace time, [0-9,]+ invocations/s"));
    }
}
