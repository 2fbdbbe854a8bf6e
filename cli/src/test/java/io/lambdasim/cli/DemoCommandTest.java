package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void demoRunsAnExamplesFolderAndPrintsFiveLinesOfFindingsAndTheReport() throws Exception {
        Path examples = Files.createDirectories(tmp.resolve("ex"));
        Files.writeString(examples.resolve("scenarios.csv"), """
                name,generate,memory_mb
                api,poisson(2/s);duration=exp(40ms);horizon=20m;function=api,256|1024
                """);
        CommandRun r = CommandRun.of("demo", "--examples", examples.toString(), "-o", tmp.resolve("out").toString());
        assertThat(r.exitCode).as(r.err).isZero();
        // five lines of findings, then where the report is
        assertThat(r.out.strip().split("\n")).hasSize(6);
        assertThat(r.out).contains("Simulated 2 scenarios of 1 workloads").contains("Memory (balanced cost and speed): api at ")
                .contains("Report: " + tmp.resolve("out/report.html").toAbsolutePath());
        assertThat(tmp.resolve("out/results.csv")).exists();
        assertThat(tmp.resolve("out/charts/001-api-sizing.png")).exists(); // numbered like scenarios/001-... (issue 16)
    }

    @Test
    void aMissingExamplesFolderIsAOneLineError() {
        CommandRun r = CommandRun.of("demo", "--examples", tmp.resolve("none").toString(), "-o", tmp.resolve("out").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("lambdasim demo: --examples ").endsWith("no scenarios.csv in that folder");
    }
}
