package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

    @TempDir
    Path dir;

    private Path write(String csv) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "function,start_ms,duration_ms\nf,0,10\n");
        Path f = dir.resolve("scenarios.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void layersApplyDefaultsRowThenCellsThenSet() throws Exception {
        Path f = write("""
                name,trace,memory_mb,arch,ec2
                defaults,,256,arm64,t4g.small
                a,trace.csv,,,
                b,trace.csv,1024,x86_64,m7g.large;c7g.large
                """);
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of("seed", "7"), List.of());
        assertThat(b.scenarios()).extracting(Scenario::name).containsExactly("a", "b");
        assertThat(b.scenarios().get(0).settings()).containsEntry("memory_mb", "256").containsEntry("arch", "arm64")
                .containsEntry("ec2", "t4g.small").containsEntry("seed", "7");
        assertThat(b.scenarios().get(1).settings()).containsEntry("memory_mb", "1024").containsEntry("arch", "x86_64");
        // spreadsheet numbering: header is row 1, the defaults row 2
        assertThat(b.scenarios()).extracting(Scenario::row).containsExactly(3, 4);
        assertThat(b.inputColumns()).containsExactly("trace", "memory_mb", "arch", "ec2", "seed");
        assertThat(b.errors()).isZero();
    }

    @Test
    void sweepsExpandEveryRowIntoTheCrossProduct() throws Exception {
        Path f = write("name,generate\napi,poisson(1/s);duration=const(10ms);horizon=1m\nnight,poisson(1/m);duration=const(1s);horizon=1h\n");
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(),
                List.of(Sweep.parse("memory_mb=128,512"), Sweep.parse("arch=x86_64,arm64")));
        assertThat(b.scenarios()).hasSize(8);
        assertThat(b.scenarios().get(0).name()).isEqualTo("api [memory_mb=128, arch=x86_64]");
        assertThat(b.scenarios().get(3).name()).isEqualTo("api [memory_mb=512, arch=arm64]");
        assertThat(b.scenarios().get(3).settings()).containsEntry("memory_mb", "512").containsEntry("arch", "arm64");
        assertThat(b.scenarios()).extracting(Scenario::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aCellWithBarsSweepsJustThatRow() throws Exception {
        Path f = write("name,trace,memory_mb\na,trace.csv,128|1024\nb,trace.csv,512\n");
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of());
        assertThat(b.scenarios()).extracting(Scenario::name)
                .containsExactly("a [memory_mb=128]", "a [memory_mb=1024]", "b");
        assertThat(b.scenarios()).extracting(Scenario::row).containsExactly(2, 2, 3);
    }

    @Test
    void badRowsNameRowColumnAndReasonAndTheOthersStayRunnable() throws Exception {
        Path f = write("""
                name,trace,memory_mb,memroy,arch
                good,trace.csv,512,,
                small,trace.csv,100,,
                typo,trace.csv,512,256,
                lost,missing.csv,512,,
                arm,trace.csv,512,,sparc
                """);
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of());
        assertThat(b.scenarios()).extracting(Scenario::error).containsExactly(
                null,
                "scenarios.csv row 3, column memory_mb: '100': expected a whole number from 128 to 10240",
                "scenarios.csv row 4, column memroy: unknown column (did you mean memory_mb?)",
                "scenarios.csv row 5, column trace: no such file: missing.csv (relative to " + dir.toAbsolutePath() + ")",
                "scenarios.csv row 6, column arch: 'sparc': expected one of x86_64, arm64");
    }

    @Test
    void aRowNeedsATraceOrAGeneratorButNotBoth() throws Exception {
        Path f = write("name,trace,generate\nnone,,\nboth,trace.csv,poisson(1/s);duration=const(1ms)\n");
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of());
        assertThat(b.scenarios().get(0).error()).isEqualTo("scenarios.csv row 2, column trace: empty; give a trace file or a generate spec");
        assertThat(b.scenarios().get(1).error()).contains("row 3, column generate: give either trace or generate");
    }

    @Test
    void badOverridesAndHeadersFailTheWholeFile() throws Exception {
        Path f = write("name,trace\na,trace.csv\n");
        assertThatThrownBy(() -> ScenarioFile.read(f, Map.of("memory_mb", "99"), List.of()))
                .hasMessage("--set memory_mb=99: '99': expected a whole number from 128 to 10240");
        assertThatThrownBy(() -> ScenarioFile.read(f, Map.of(), List.of(Sweep.parse("arch=x86_64,mips"))))
                .hasMessage("--sweep arch=mips: 'mips': expected one of x86_64, arm64");
        Path noName = write("trace,memory_mb\ntrace.csv,128\n");
        assertThatThrownBy(() -> ScenarioFile.read(noName, Map.of(), List.of())).hasMessageContaining("no 'name' column");
    }

    @Test
    void theBalancerColumnTakesTheThreePlacements() throws Exception {
        // Issue 17: balancer = least-outstanding | round-robin | central, checked before anything runs.
        Path f = write("name,trace,ec2,balancer\nlor,trace.csv,m7g.large,least-outstanding\n"
                + "rr,trace.csv,m7g.large,round-robin\nbad,trace.csv,m7g.large,random\n");
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of());
        assertThat(b.scenarios()).extracting(Scenario::error).containsExactly(null, null,
                "scenarios.csv row 4, column balancer: 'random': expected one of least-outstanding, round-robin, central");
        assertThat(b.scenarios().get(1).get("balancer")).isEqualTo("round-robin");
    }

    @Test
    void everySettingOfTheScenarioRunnerIsAColumn() {
        // the runner's keys are the simulate options; a column missing here would be rejected as unknown
        for (String key : io.lambdasim.reports.run.ScenarioOptions.KEYS) {
            assertThat(ScenarioColumn.of(key)).as(key).isPresent();
        }
    }
}
