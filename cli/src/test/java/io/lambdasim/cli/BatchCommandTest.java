package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path tmp;

    /** Two small generated workloads, a swept memory, and three bad rows (value, column, file). */
    private Path scenarios() throws Exception {
        Path f = tmp.resolve("scenarios.csv");
        Files.writeString(f, """
                name,generate,trace,memory_mb,keep_alive,seed
                defaults,,,,fixed:10m,7
                api,poisson(2/s);duration=exp(40ms);horizon=30m;function=api,,512|1024,,
                cron,schedule(rate(5 minutes));duration=const(2s);horizon=6h;function=job,,256,,
                tiny,poisson(1/s);duration=const(5ms);horizon=5m,,100,,
                lost,,nowhere.csv,512,,
                """);
        return f;
    }

    @Test
    void resultsCsvIsByteIdenticalForOneOrSeveralThreads() throws Exception {
        Path f = scenarios();
        CommandRun one = CommandRun.of("batch", f.toString(), "-o", tmp.resolve("one").toString(), "--threads", "1");
        CommandRun three = CommandRun.of("batch", f.toString(), "-o", tmp.resolve("three").toString(), "--threads", "3");
        assertThat(one.exitCode).as(one.err).isEqualTo(1);
        assertThat(three.exitCode).isEqualTo(1);
        assertThat(Files.readAllBytes(tmp.resolve("three/results.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("one/results.csv")));
    }

    @Test
    void badRowsAreReportedWithRowAndColumnAndTheRestRuns() throws Exception {
        CommandRun r = CommandRun.of("batch", scenarios().toString(), "-o", tmp.resolve("out").toString(), "--threads", "2",
                "--per-function", "--timeline", "--report");
        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).contains("lambdasim batch: scenarios.csv row 5, column memory_mb: '100': expected a whole number from 128 to 10240")
                .contains("scenarios.csv row 6, column trace: no such file: nowhere.csv");
        List<String> lines = Files.readAllLines(tmp.resolve("out/results.csv"));
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(1)).startsWith("api [memory_mb=512],ok,");
        assertThat(lines.get(2)).startsWith("api [memory_mb=1024],ok,");
        assertThat(lines.get(3)).startsWith("cron,ok,");
        assertThat(lines.get(4)).startsWith("tiny,error,").endsWith("\"scenarios.csv row 5, column memory_mb: '100': expected a whole number from 128 to 10240\"");
        assertThat(lines.get(5)).startsWith("lost,error,");
        assertThat(tmp.resolve("out/per-function.csv")).exists();
        assertThat(tmp.resolve("out/timeline.csv")).exists();
        assertThat(Files.readString(tmp.resolve("out/report.html"))).contains("api [memory_mb=1024]");
        // a plain line per finished scenario when stderr is not a terminal
        assertThat(r.err).contains("[5/5]");
    }

    @Test
    void reportRewritesTheReportOfAnOutputFolderAndResumeSkipsFinishedRows() throws Exception {
        Path f = scenarios();
        Path out = tmp.resolve("out");
        CommandRun.of("batch", f.toString(), "-o", out.toString());
        byte[] first = Files.readAllBytes(out.resolve("results.csv"));
        CommandRun resumed = CommandRun.of("batch", f.toString(), "-o", out.toString(), "--resume");
        assertThat(resumed.out).contains("3 reused");
        assertThat(Files.readAllBytes(out.resolve("results.csv"))).isEqualTo(first);
        CommandRun report = CommandRun.of("report", out.toString());
        assertThat(report.exitCode).as(report.err).isZero();
        assertThat(out.resolve("report.html")).exists();
        // charts numbered like the scenario files: the api group is the first scenario, 001 (issue 16)
        assertThat(out.resolve("charts/001-api-sizing.png")).exists();
    }

    @Test
    void aBadSweepIsACommandLineError() throws Exception {
        CommandRun r = CommandRun.of("batch", scenarios().toString(), "-o", tmp.resolve("out").toString(), "--sweep", "arch=sparc");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("lambdasim batch: --sweep arch=sparc: 'sparc': expected one of x86_64, arm64");
    }
}
