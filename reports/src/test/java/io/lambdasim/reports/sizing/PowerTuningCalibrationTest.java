package io.lambdasim.reports.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made Power Tuning output (the shape in its README: results.stats[] with value,
 * averageDuration, averagePrice) and the answer Power Tuning's analyzer.js gives, worked by hand.
 * Prices are Power Tuning's: ceil(duration ms) × memory × price per GB-ms, so proportional to
 * ceil(d)·m:
 * <pre>
 *   MB    ms    ceil(d)·m   cost/maxCost  d/maxD   balanced (w=0.5)
 *   128   800   102,400     0.6667        1.0      0.8333
 *   256   400   102,400     0.6667        0.5      0.5833
 *   512   210   107,520     0.7000        0.2625   0.4813
 *   1024  110   112,640     0.7333        0.1375   0.4354
 *   1536  100   153,600     1.0           0.125    0.5625
 * </pre>
 * cost: 128 and 256 tie, the faster wins: 256. speed: 1536. balanced: 1024.
 */
class PowerTuningCalibrationTest {

    private static final String POWER_TUNING = """
            {"results": {"power": "256", "cost": 2.083e-7, "duration": 400,
              "stateMachine": {"executionCost": 0.00045, "lambdaCost": 0.0001},
              "stats": [
                {"averagePrice": 2.0833e-7, "averageDuration": 800, "value": 128},
                {"averagePrice": 2.0833e-7, "averageDuration": 400, "value": 256},
                {"averagePrice": 2.1875e-7, "averageDuration": 210, "value": 512},
                {"averagePrice": 2.2917e-7, "averageDuration": 110, "value": 1024},
                {"averagePrice": 3.125e-7, "averageDuration": 100, "value": 1536}
              ]}}
            """;

    @TempDir
    Path dir;

    private SizingResult size(CalibratedDurations cal, SizingStrategy strategy) {
        // The workload: 800 ms invocations recorded at 128 MB, one a minute for two hours.
        InvocationArrays trace = SizingFixtures.steady(120, 60_000_000L, 800_000L, InvocationCursor.MISSING);
        SizingPlan plan = new SizingPlan(List.of(128, 256, 512, 1024, 1536), List.of("x86_64"), CpuModel.DEFAULT, cal,
                128, strategy, 0.5, 2, io.lambdasim.pricing.Month.DEFAULT, null);
        return MemorySizing.run(trace, SimulationConfig.DEFAULTS, plan, SizingFixtures.PRICES);
    }

    @Test
    void recommendsWhatPowerTuningRecommendsForEachStrategy() throws Exception {
        Path file = dir.resolve("power-tuning.json");
        Files.writeString(file, POWER_TUNING);
        CalibratedDurations cal = Calibration.read(file);
        assertThat(size(cal, SizingStrategy.COST).recommended().memoryMb()).isEqualTo(256);
        assertThat(size(cal, SizingStrategy.SPEED).recommended().memoryMb()).isEqualTo(1536);
        assertThat(size(cal, SizingStrategy.BALANCED).recommended().memoryMb()).isEqualTo(1024);
        SizingResult r = size(cal, SizingStrategy.COST);
        assertThat(r.modelKind()).isEqualTo("calibrated");
        assertThat(r.model()).contains("power-tuning.json").contains("5 points");
        assertThat(r.rows().get(2).meanDurationMs()).isCloseTo(210, within(1e-6));
    }

    @Test
    void interpolatesMonotonicallyOnLogMemoryAndHoldsTheEnds() throws Exception {
        Path file = dir.resolve("measured.csv");
        Files.writeString(file, "memory_mb,duration_ms\n128,800\n256,400\n1024,110\n");
        CalibratedDurations cal = Calibration.read(file);
        // Measured points are returned exactly; between them the curve stays between them.
        assertThat(cal.durationMs(256)).isEqualTo(400);
        double at512 = cal.durationMs(512);
        assertThat(at512).isBetween(110.0, 400.0);
        for (int m = 128; m < 1024; m += 16) {
            assertThat(cal.durationMs(m + 16)).isLessThanOrEqualTo(cal.durationMs(m));
        }
        // Outside the measured range the end points hold.
        assertThat(cal.durationMs(10240)).isEqualTo(110);
        assertThat(cal.factor(128, 1024)).isCloseTo(110.0 / 800, within(1e-12));
    }

    @Test
    void badFilesNameTheFileAndThePosition() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "memory_mb,duration_ms\n128,fast\n");
        assertThatThrownBy(() -> Calibration.read(csv)).hasMessageContaining("bad.csv:2").hasMessageContaining("fast");
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"results\": {\"power\": 128}}");
        assertThatThrownBy(() -> Calibration.read(json)).hasMessageContaining("bad.json").hasMessageContaining("no stats[]");
    }
}
