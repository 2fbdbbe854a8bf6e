package io.lambdasim.reports.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.pricing.Month;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: with a calibration per architecture, each architecture's durations come from its own
 * measurements instead of lying on top of each other.
 */
class PerArchCalibrationTest {

    @TempDir
    Path dir;

    private static final List<Integer> MEMORIES = List.of(512, 1024);

    private SizingResult size(CalibratedDurations x86, CalibratedDurations arm) {
        // 800 ms invocations recorded at 512 MB, one a minute for two hours.
        InvocationArrays trace = SizingFixtures.steady(120, 60_000_000L, 800_000L, InvocationCursor.MISSING);
        SizingPlan plan = new SizingPlan(MEMORIES, List.of("x86_64", "arm64"), CpuModel.DEFAULT, x86, 512,
                SizingStrategy.COST, 0.5, 1, Month.DEFAULT, null, arm);
        return MemorySizing.run(trace, SimulationConfig.DEFAULTS, plan, SizingFixtures.PRICES);
    }

    private CalibratedDurations csv(String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "memory_mb,duration_ms\n" + body);
        return Calibration.read(f);
    }

    @Test
    void eachArchitectureIsSimulatedWithItsOwnCalibration() throws Exception {
        // Measured by hand for the test: x86_64 800 ms at 512 MB, 400 ms at 1,024 MB; arm64 600 ms and 300 ms.
        // The trace's 800 ms at 512 MB were recorded on x86_64: x86_64 follows its curve, 800 and 400 ms;
        // arm64 is arm64's measurement over x86_64's at 512 MB: 800 x 600/800 = 600 ms, 800 x 300/800 = 300 ms.
        SizingResult r = size(csv("x86.csv", "512,800\n1024,400\n"), csv("arm.csv", "512,600\n1024,300\n"));
        assertThat(r.modelKind()).isEqualTo(MemorySizing.PER_ARCH);
        assertThat(r.model()).startsWith("x86_64: calibrated from ").contains("; arm64: calibrated from ");
        assertThat(mean(r, "x86_64", 512)).isCloseTo(800, within(0.5));
        assertThat(mean(r, "x86_64", 1024)).isCloseTo(400, within(0.5));
        assertThat(mean(r, "arm64", 512)).isCloseTo(600, within(0.5));
        assertThat(mean(r, "arm64", 1024)).isCloseTo(300, within(0.5));
    }

    @Test
    void withoutAnArm64CalibrationBothShareOne() throws Exception {
        SizingResult r = size(csv("x86.csv", "512,800\n1024,400\n"), null);
        assertThat(r.modelKind()).isEqualTo("calibrated");
        assertThat(mean(r, "arm64", 1024)).isEqualTo(mean(r, "x86_64", 1024));
    }

    private static double mean(SizingResult r, String arch, int mb) {
        return r.rows().stream().filter(x -> x.arch().equals(arch) && x.memoryMb() == mb).findFirst().orElseThrow()
                .meanDurationMs();
    }
}
