package io.lambdasim.reports.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Power Tuning outputs (src/test/resources/corpus/power-tuning, sources in its README.md).
 * Measurements are what the published visualization URL encodes (Int16 powers, Float32 durations
 * and costs, little-endian: lambda/utils.js buildVisualizationURL), read by hand with a decoder
 * as floats; the chosen power is the one each output printed.
 */
class PowerTuningCorpusTest {

    @TempDir
    Path dir;

    private static Path corpus(String name) {
        try {
            return Path.of(PowerTuningCorpusTest.class.getResource("/corpus/power-tuning/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PowerTuningOutput read(String name) {
        return Calibration.readPowerTuning(corpus(name));
    }

    private static List<Integer> powers(PowerTuningOutput o) {
        return o.measurements().stream().map(PowerTuningOutput.Measurement::memoryMb).toList();
    }

    @Test
    void visualizationUrlOfAResizeRunDecodesToItsSixSizes() {
        // gAAAAQACAAQACMAL = 128, 256, 512, 1024, 2048, 3008; durations 2050.78 ... 228.07 ms;
        // costs 4.3071e-6 ... 1.1301e-5 USD. Run with strategy cost: 128, the cheapest.
        PowerTuningOutput o = read("resize-run1-output.json");
        assertThat(o.fromVisualization()).isTrue();
        assertThat(powers(o)).containsExactly(128, 256, 512, 1024, 2048, 3008);
        assertThat(o.measurements().get(0).durationMs()).isCloseTo(2050.7775, within(1e-3));
        assertThat(o.measurements().get(5).durationMs()).isCloseTo(228.0725, within(1e-3));
        assertThat(o.measurements().get(0).costUsd()).isCloseTo(4.3071e-6, within(1e-11));
        assertThat(o.chosenMb()).isEqualTo(128);
        assertThat(o.pick(SizingStrategy.COST, 0.5)).isEqualTo(128);
        // The calibrated model returns the measured durations at the measured sizes.
        CalibratedDurations cal = Calibration.read(corpus("resize-run1-output.json"));
        assertThat(cal.points()).isEqualTo(6);
        assertThat(cal.durationMs(1024)).isCloseTo(423.101, within(1e-3));
    }

    @Test
    void everyRunWithStrategyCostAgreesWithItsOwnChoice() {
        // Runs whose published input says "strategy": "cost": 17, 16, 6 and 17 sizes.
        assertThat(read("resize-run2-output.json").pick(SizingStrategy.COST, 0.5)).isEqualTo(216);
        assertThat(powers(read("resize-run2-output.json"))).hasSize(17).startsWith(128, 136).endsWith(256);
        assertThat(read("resize-run3-output.json").pick(SizingStrategy.COST, 0.5)).isEqualTo(206);
        assertThat(powers(read("resize-run3-output.json"))).hasSize(16).endsWith(218);
        assertThat(read("flip-run1-output.json").pick(SizingStrategy.COST, 0.5)).isEqualTo(256);
        assertThat(read("flip-run1-output.json").chosenMb()).isEqualTo(256);
    }

    @Test
    void describeExecutionCarriesTheStrategyOfTheRun() {
        PowerTuningOutput o = read("flip-run3-describe-execution.json");
        assertThat(o.strategy()).isEqualTo(SizingStrategy.COST);
        assertThat(o.chosenMb()).isEqualTo(288);
        assertThat(powers(o)).hasSize(17).startsWith(256, 272).endsWith(512);
        assertThat(o.pick(o.strategy(), o.balancedWeight())).isEqualTo(288);
        assertThat(o.strategiesAgreeing()).contains(SizingStrategy.COST);
    }

    @Test
    void aRunWhoseStrategyIsNotStatedSaysWhichStrategiesReproduceIt() {
        // 1024 MB: 17.733 ms, 3.024e-7 USD; 1536: 12.267 ms, 3.276e-7; 2048: 12.767 ms, 4.368e-7.
        // Power Tuning chose 1536, so not "cost" (1024 is cheaper): "speed" (fastest) and
        // "balanced" (0.5·cost/max + 0.5·duration/max: 0.846, 0.721, 0.860) both give 1536.
        PowerTuningOutput o = read("blog-three-sizes-output.json");
        assertThat(powers(o)).containsExactly(1024, 1536, 2048);
        assertThat(o.strategiesAgreeing()).containsExactly(SizingStrategy.SPEED, SizingStrategy.BALANCED);
    }

    @Test
    void readmeShapesWithStatsAndWithOnlyTheUrl() {
        // {"results": {..., "stats": [one element]}}: the stats win over the URL.
        PowerTuningOutput withStats = read("readme-results-with-stats.json");
        assertThat(withStats.fromVisualization()).isFalse();
        assertThat(powers(withStats)).containsExactly(128);
        assertThat(withStats.chosenMb()).isEqualTo(128);
        // The README's example URL: 128..3008 MB; 1024 and 1536 cost the same in float32
        // (6.4896e-5), so "cost" breaks the tie by speed: 1536 (2512.23 ms < 3890.89 ms).
        PowerTuningOutput url = read("readme-visualization-output.json");
        assertThat(powers(url)).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(url.measurements().get(3).costUsd()).isEqualTo(url.measurements().get(4).costUsd());
        assertThat(url.pick(SizingStrategy.COST, 0.5)).isEqualTo(1536);
        assertThat(url.pick(SizingStrategy.SPEED, 0.5)).isEqualTo(3008);
    }

    @Test
    void sizingWithTheRunsOwnStrategyRecommendsWhatPowerTuningChose() {
        // The workload recorded at 128 MB with Power Tuning's own 128 MB duration; sizes are the
        // run's. Compute cost per invocation is proportional to ceil(duration ms) x MB:
        // 128: 2051 x 128 = 262,528; 256: 1028 x 256 = 263,168; the rest more: 128, as Power Tuning.
        PowerTuningOutput o = read("resize-run1-output.json");
        CalibratedDurations cal = new CalibratedDurations(o.points(), "resize-run1");
        InvocationArrays trace = SizingFixtures.steady(60, 60_000_000L, 2_050_778L, InvocationCursor.MISSING);
        SizingPlan plan = new SizingPlan(powers(o), List.of("x86_64"), CpuModel.DEFAULT, cal, 128,
                SizingStrategy.COST, 0.5, 1, io.lambdasim.pricing.Month.DEFAULT, null);
        assertThat(MemorySizing.run(trace, SimulationConfig.DEFAULTS, plan, SizingFixtures.PRICES)
                .recommended().memoryMb()).isEqualTo(o.chosenMb());
    }

    @Test
    void aBareVisualizationLinkInTextIsReadToo() {
        // 512, 768, 1024, 1536 MB: 292.0, 21.785, 22.455, 427.73 ms; the changelog calls 768 MB the
        // cheapest (2.898e-7 USD), which Power Tuning's cost rule gives.
        PowerTuningOutput o = read("changelog-visualization-url.txt");
        assertThat(powers(o)).containsExactly(512, 768, 1024, 1536);
        assertThat(o.measurements().get(1).durationMs()).isCloseTo(21.785, within(1e-3));
        assertThat(o.pick(SizingStrategy.COST, 0.5)).isEqualTo(768);
        // 128..3008 MB, 651.32 ... 68.54 ms; cheapest 512 MB (9.86e-7 USD).
        PowerTuningOutput link = read("benchmarks-readme-link.md");
        assertThat(powers(link)).containsExactly(128, 256, 512, 1024, 2048, 3008);
        assertThat(link.pick(SizingStrategy.COST, 0.5)).isEqualTo(512);
        assertThat(Calibration.read(corpus("benchmarks-readme-link.md")).points()).isEqualTo(6);
    }

    @Test
    void malformedUrlsAndMissingMeasurementsAreNamed() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"power\": 128, \"stateMachine\": {\"visualization\": \"https://x/#AAQ=;AAAA\"}}");
        assertThatThrownBy(() -> Calibration.read(bad)).hasMessageContaining("bad.json")
                .hasMessageContaining("three base64 arrays");
        Path none = dir.resolve("none.json");
        Files.writeString(none, "{\"power\": 128}");
        assertThatThrownBy(() -> Calibration.read(none)).hasMessageContaining("none.json")
                .hasMessageContaining("no stats[] and no stateMachine.visualization");
    }
}
