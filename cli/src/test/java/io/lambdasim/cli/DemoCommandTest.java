package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.demo.ExamplesLocator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void helpListsEveryScenarioOfTheBundledExamplesFile() throws Exception {
        // The repository's examples/scenarios.csv, found from the module folder as the demo finds it:
        // every row but the header, comments and the defaults row is a scenario the help must name.
        Path file = ExamplesLocator.find(null).resolve(ExamplesLocator.SCENARIOS);
        List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf(',')))
                .filter(n -> !n.equals("defaults")).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(6);
        CommandRun r = CommandRun.of("demo", "--help");
        assertThat(r.exitCode).isZero();
        for (String name : names) {
            assertThat(r.out).contains("\n  " + name + ": ");
        }
    }

    @Test
    void helpListsTheScenariosOfTheFolderGivenWithTheirWorkloadAndSettings() throws Exception {
        Path examples = Files.createDirectories(tmp.resolve("ex"));
        Files.writeString(examples.resolve("scenarios.csv"), """
                name,trace,generate,memory_mb,ec2
                # a comment row
                defaults,,,,t4g.small
                api,,"poisson(2/s);duration=exp(40ms);horizon=20m;function=api",256|1024,
                logs,traces/x.log,,512,
                """);
        CommandRun r = CommandRun.of("demo", "--examples", examples.toString(), "--help");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).contains("  api: generated poisson(2/s) (api), horizon 20m; memory_mb=256|1024\n")
                .contains("  logs: trace traces/x.log; memory_mb=512\n")
                .contains("  every row (the defaults row): ec2=t4g.small\n")
                .doesNotContain("a comment row");
    }
}
