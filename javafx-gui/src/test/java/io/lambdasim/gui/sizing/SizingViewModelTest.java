package io.lambdasim.gui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingRow;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Memory sizing through the view model, without the toolkit. */
class SizingViewModelTest {

    /*
     * An I/O-bound function (CPU-bound share 0): its duration does not change with memory, so its
     * compute cost grows with memory and the cost strategy picks the smallest size, 128 MB (issue 5,
     * "Must hold", the I/O-bound case). Durations measured at 512 MB, 100 ms each.
     */
    @Test
    void ioBoundFunctionIsCheapestAtTheSmallestMemory() throws Exception {
        SizingViewModel vm = ioBound("128,512,1024");
        runToEnd(vm);
        assertThat(vm.rows()).extracting(SizingRow::memoryMb).containsExactly(128, 512, 1024);
        assertThat(vm.resultProperty().get().recommended().memoryMb()).isEqualTo(128);
        assertThat(vm.recommendationProperty().get()).startsWith("Recommended (cost): 128 MB on x86_64: $");
        assertThat(vm.costChartProperty().get().series()).extracting(s -> s.name())
                .containsExactly("x86_64", "Recommended");
    }

    /*
     * Calibrated from a hand-made Power Tuning output: 800 ms at 128 MB, 100 ms at 512 MB, 90 ms at
     * 1,024 MB. Compute per invocation is memory × duration: 0.1, 0.05 and 0.09 GB-s, so the cost
     * strategy picks 512 MB, as Power Tuning would from the same figures.
     */
    @Test
    void calibrationFromPowerTuningDrivesTheRecommendation() throws Exception {
        Path trace = GuiTestSupport.tempFile("t.csv", "function,start_ms,duration_ms,memory_mb\n"
                + "f,0,100,512\nf,1000,100,512\nf,2000,100,512\n");
        Path pt = GuiTestSupport.tempFile("power-tuning.json", "{\"results\": {\"power\": \"512\", \"stats\": ["
                + "{\"value\": 128, \"averageDuration\": 800, \"averagePrice\": 1.6667e-6},"
                + "{\"value\": 512, \"averageDuration\": 100, \"averagePrice\": 8.3334e-7},"
                + "{\"value\": 1024, \"averageDuration\": 90, \"averagePrice\": 1.5e-6}]}}");
        SizingViewModel vm = new SizingViewModel(Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(trace.toString());
        vm.inputs().set(Settings.MEMORY_SIZES, "128,512,1024");
        vm.inputs().set(Settings.ARCHES, "x86_64");
        vm.inputs().set(Settings.STRATEGY, "cost");
        vm.inputs().set(Settings.CALIBRATION, pt.toString());
        runToEnd(vm);
        assertThat(vm.resultProperty().get().modelKind()).isEqualTo("calibrated");
        assertThat(vm.resultProperty().get().recommended().memoryMb()).isEqualTo(512);
        assertThat(vm.rows()).extracting(SizingRow::meanDurationMs).containsExactly(800.0, 100.0, 90.0);
    }

    /*
     * Issue 14's ribbon in the sizing chart. The I/O-bound function of the first test, whose INIT is
     * uncertain over 0 ms..1 s: its one cold start (the first request) bills INIT, so its cost per
     * million moves with the range while the three warm requests do not. At 128 MB a request bills
     * 100 ms: 0.0125 GB-s = $0.2083e-6 + $0.2e-6 request charge (shared/domain/lambda-billing.md:
     * $0.0000166667 per GB-s, $0.20 per million). INIT 1 s adds 1 s × 0.125 GB = 0.125 GB-s =
     * $2.083e-6 a cold start over 4 requests: +$0.5208 per million each. The central INIT is the
     * range's midpoint, 500 ms: one cold start, +$0.5208 × 0.5 = $0.2604 per million; at 0 ms none. At
     * 1 s the first environment is busy until 1.1 s when the second request comes at 1.0 s: a second
     * cold start, +2 × $0.5208 = $1.0417 per million, $0.7813 above the central cost.
     */
    @Test
    void anInitRangeDrawsEachCostCurveAsARibbon() throws Exception {
        SizingViewModel vm = ioBound("128,512");
        vm.inputs().set(Settings.FREE_TIER, "no");
        vm.inputs().set(Settings.INIT_RANGE, "0ms..1s");
        runToEnd(vm);
        var series = vm.costChartProperty().get().series();
        assertThat(series).extracting(s -> s.name()).containsExactly("x86_64", "x86_64 over the ranges", "Recommended");
        var band = series.get(1);
        assertThat(band.kind()).isEqualTo(io.lambdasim.gui.chart.Series.Kind.BAND);
        assertThat(band.around()).isEqualTo("x86_64");
        double central = series.get(0).y()[0];
        assertThat(band.y()[0]).isCloseTo(central - 0.2604, org.assertj.core.api.Assertions.within(0.001));
        assertThat(band.high()[0]).isCloseTo(central + 0.7813, org.assertj.core.api.Assertions.within(0.001));
        assertThat(band.y()[0]).isCloseTo(0.4083, org.assertj.core.api.Assertions.within(0.001));
        assertThat(vm.recommendationProperty().get()).contains("(band $").contains("over the ranges)")
                .contains("Every end of the ranges recommends the same.");
    }

    /** Four 100 ms requests a second apart, measured at 512 MB, CPU-bound share 0, sized for cost on x86_64. */
    private static SizingViewModel ioBound(String memories) {
        Path trace = GuiTestSupport.tempFile("io.csv", "function,start_ms,duration_ms,memory_mb\n"
                + "f,0,100,512\nf,1000,100,512\nf,2000,100,512\nf,3000,100,512\n");
        SizingViewModel vm = new SizingViewModel(Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(trace.toString());
        vm.inputs().set(Settings.MEMORY_SIZES, memories);
        vm.inputs().set(Settings.ARCHES, "x86_64");
        vm.inputs().set(Settings.STRATEGY, "cost");
        vm.inputs().set(Settings.CPU_FRACTION, "0");
        return vm;
    }

    /**
     * Issue 16: x86_64 and arm64 under the CPU-share model have the same durations, which the duration
     * chart says; with a calibration per architecture (x86_64 100 ms at 512 MB and 60 ms at 1,024 MB,
     * arm64 80 and 50 ms) each has its own: the trace's 100 ms at 512 MB (taken as x86_64's) are 80 ms on
     * arm64 at 512 MB and 100 x 50/100 = 50 ms at 1,024 MB, and the note is gone.
     */
    @Test
    void aCalibrationPerArchitectureSeparatesTheirDurations() throws Exception {
        Path trace = GuiTestSupport.tempFile("t.csv", "function,start_ms,duration_ms,memory_mb\n"
                + "f,0,100,512\nf,1000,100,512\nf,2000,100,512\n");
        SizingViewModel vm = new SizingViewModel(Runnable::run);
        vm.source().useGeneratorProperty().set(false);
        vm.source().traceFileProperty().set(trace.toString());
        vm.inputs().set(Settings.MEMORY_SIZES, "512,1024");
        vm.inputs().set(Settings.ARCHES, "x86_64,arm64");
        runToEnd(vm);
        assertThat(vm.durationChartProperty().get().note()).startsWith("x86_64 and arm64 durations are modelled the same");
        vm.inputs().set(Settings.CALIBRATION, GuiTestSupport.tempFile("x86.csv", "memory_mb,duration_ms\n512,100\n1024,60\n")
                .toString());
        vm.inputs().set(SizingViewModel.ARM64_CALIBRATION, GuiTestSupport.tempFile("arm.csv",
                "memory_mb,duration_ms\n512,80\n1024,50\n").toString());
        runToEnd(vm);
        assertThat(vm.durationChartProperty().get().note()).isEmpty();
        assertThat(vm.rows()).filteredOn(r -> r.arch().equals("arm64")).extracting(SizingRow::meanDurationMs)
                .containsExactly(80.0, 50.0);
        assertThat(vm.rows()).filteredOn(r -> r.arch().equals("x86_64")).extracting(SizingRow::meanDurationMs)
                .containsExactly(100.0, 60.0);
    }

    private static void runToEnd(SizingViewModel vm) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        vm.resultProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(30, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
    }

    @Test
    void badMemoryListIsReportedNextToTheFieldAndKept() {
        SizingViewModel vm = new SizingViewModel(Runnable::run);
        vm.inputs().set(Settings.MEMORY_SIZES, "128,abc");
        assertThat(vm.inputs().problem(Settings.MEMORY_SIZES).get()).contains("comma");
        vm.inputs().set(Settings.MEMORY_SIZES, "64,512");
        assertThat(vm.inputs().problem(Settings.MEMORY_SIZES).get())
                .isEqualTo("'64,512': '64' in it: expected a comma-separated list, each a whole number from 128 to 10240");
        assertThat(vm.inputs().get(Settings.MEMORY_SIZES)).isEqualTo("64,512");
    }
}
