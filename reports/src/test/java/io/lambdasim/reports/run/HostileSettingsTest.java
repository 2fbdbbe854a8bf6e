package io.lambdasim.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: settings files and options that used to give nonsense, an internal message, or no position. */
class HostileSettingsTest {

    @TempDir
    Path dir;

    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    @Test
    void calibrationWithAnAbsurdDurationIsRefusedWithItsPosition() throws IOException {
        // averageDuration 1e308 used to recommend a size with a mean of 0.0 ms.
        Path json = Files.writeString(dir.resolve("pt.json"),
                "{\"results\":{\"stats\":[{\"value\":128,\"averageDuration\":1e308},{\"value\":1024,\"averageDuration\":80}]}}");
        assertThatThrownBy(() -> Calibration.read(json))
                .hasMessage(json + ": measurement 1 of 2: duration 1.0E308 ms is outside (0, 900000] ms "
                        + "(above 0, at most Lambda's longest timeout)");
        Path csv = Files.writeString(dir.resolve("c.csv"), "memory_mb,duration_ms\n128,100\n99999,10\n");
        assertThatThrownBy(() -> Calibration.read(csv)).hasMessage(csv + ":3: memory 99999 MB is outside Lambda's 128..10240 MB");
    }

    @Test
    void deeplyNestedCalibrationJsonGivesALineNotANullPointer() throws IOException {
        Path json = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        assertThatThrownBy(() -> Calibration.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(json + ": not valid JSON: ").hasMessageNotContaining("null");
    }

    @Test
    void yamlAndCsvSyntaxErrorsNameFileAndLine() throws IOException {
        Path yaml = Files.writeString(dir.resolve("f.yaml"), "api:\n  memory_mb: 512\n  timeout: [30s\n");
        assertThatThrownBy(() -> FunctionSettingsFile.read(yaml))
                .hasMessageStartingWith(yaml + ":4:1: not valid YAML: ").hasMessageNotContaining("\n");
        Path csv = Files.writeString(dir.resolve("scenarios.csv"), "name,generate\na,\"poisson(1/s);duration=const(1ms)\nb,x\n");
        assertThatThrownBy(() -> ScenarioFile.read(csv, Map.of(), List.of()))
                .hasMessageStartingWith(csv + ":").hasMessageContaining("a quote opened in a cell is never closed")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aTraceMemoryOutsideTheErasRangeIsAnErrorNamingFileAndLine() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "function,start_ms,duration_ms,memory_mb\napi,0,10,512\napi,5,10,100\n");
        ScenarioOptions o = ScenarioOptions.builder().trace(t).build();
        assertThatThrownBy(() -> RUNNER.run(o)).hasMessageStartingWith(t + ":3 [memory_mb]: memory 100 MB is outside");
        // under aws-2014 (128..1536 MB) a 3008 MB trace is out of range unless memory_mb replaces it
        Path big = Files.writeString(dir.resolve("big.csv"), "function,start_ms,duration_ms,memory_mb\napi,0,10,3008\n");
        assertThatThrownBy(() -> RUNNER.run(ScenarioOptions.builder().trace(big).set("rules", "aws-2014").build()))
                .hasMessageContaining("memory 3008 MB is outside the billing rules' range 128..1536 MB");
        ScenarioResult r = RUNNER.run(ScenarioOptions.builder().trace(big).set("rules", "aws-2014").set("memory_mb", "1024").build());
        assertThat(r.simulation().total().invocations()).isEqualTo(1);
    }

    @Test
    void anAbsurdWorkloadIsRefusedBeforeItRunsUnlessAllowed() {
        String spec = "poisson(1000000000000/s);duration=const(1ms);horizon=1d";
        assertThat(WorkloadSpec.parse(spec).expectedInvocations()).isEqualTo(8.64e16); // 10^12/s × 86,400 s
        assertThatThrownBy(() -> RUNNER.run(ScenarioOptions.builder().generate(spec).build()))
                .hasMessage("the workload would generate about 8.64e+16 invocations over 1d, more than the limit of "
                        + "10,000,000,000: lower the rate or the horizon, or add --allow-huge");
        // allowed, it opens (and would run for a very long time: only open it)
        ScenarioOptions allowed = ScenarioOptions.builder().generate(spec).allowHuge(true).build();
        try (var c = allowed.source().open()) {
            assertThat(c.next()).isTrue();
        }
    }

    @Test
    void aTimelineTooFineForItsWorkloadIsRefusedUpFrontWithABucketThatFits() {
        ScenarioOptions o = ScenarioOptions.builder().generate("constant(1h);duration=const(1ms);horizon=365d")
                .set("bucket", "1s").build();
        // 365 d / 1 s = 31,536,000 rows; 10^7 at most: 3.1536 s, rounded up to whole seconds = 4 s
        List<Map<String, String>> rows = new ArrayList<>();
        assertThatThrownBy(() -> RUNNER.run(o, io.lambdasim.engine.ProgressListener.NONE, new ScenarioTables.TimelineRows() {
            @Override
            public void row(Map<String, String> row) {
                rows.add(row);
            }

            @Override
            public void flush() {
            }
        })).hasMessage("bucket 1s gives 31,536,000 timeline buckets over the 8760h workload; at most 10,000,000 rows "
                + "are written: use a bucket of 4s or wider");
        assertThat(rows).isEmpty();
    }
}
