package io.lambdasim.reports.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuFitTest {

    /**
     * Durations made by the engine's own model with a CPU-bound share of 0.6 at 512 MB (100 ms
     * there): d(m) = 100 · (0.6 · u(512)/u(m) + 0.4), u(m) = m/1769 below one vCPU, so 256 MB takes
     * 100 · (0.6·2 + 0.4) = 160 ms and 1024 MB 100 · (0.3 + 0.4) = 70 ms. The fit must give 0.6 back,
     * with no residual.
     */
    @Test
    void recoversTheShareThatMadeTheDurations() {
        MemoryEvidence m = new MemoryEvidence();
        CpuModel truth = new CpuModel(0.6, 1);
        for (int i = 0; i < 300; i++) {
            double jitter = (i % 3 - 1) * 2.0; // ±2 ms around each mean: a spread, so the fit has weights and a range
            m.add(256, Math.round(1000 * (100 * truth.durationFactor(512, 256) + jitter)));
            m.add(1024, Math.round(1000 * (100 * truth.durationFactor(512, 1024) + jitter)));
        }
        for (int i = 0; i < 600; i++) {
            m.add(512, Math.round(1000 * (100 + (i % 3 - 1) * 2.0)));
        }
        assertThat(100 * truth.durationFactor(512, 256)).isCloseTo(160, within(1e-9));
        CpuFit f = CpuFit.fromLogs(m, 1, 1);
        assertThat(f.referenceMemoryMb()).isEqualTo(512);
        assertThat(f.cpuFraction()).isCloseTo(0.6, within(1e-3));
        assertThat(f.residual()).isCloseTo(0, within(1e-3));
        assertThat(f.range().low()).isLessThanOrEqualTo(0.6);
        assertThat(f.range().high()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void powerTuningAveragesAreReadAtTheLogsMemory() {
        CpuModel truth = new CpuModel(0.8, 1);
        List<CpuFit.Point> points = List.of(new CpuFit.Point(128, 200 * truth.durationFactor(1024, 128), 1, 0),
                new CpuFit.Point(512, 200 * truth.durationFactor(1024, 512), 1, 0),
                new CpuFit.Point(1024, 200, 1, 0));
        CpuFit f = CpuFit.fromAverages(points, 1024, 1, "pt.json");
        assertThat(f.referenceMemoryMb()).isEqualTo(1024);
        assertThat(f.cpuFraction()).isCloseTo(0.8, within(1e-6));
        CpuFit at512 = CpuFit.fromAverages(points, 512, 1, "pt.json");
        // the same line read at 512 MB: b·x/(a + b·x) with x doubled: 0.8·2/(0.2 + 0.8·2) = 0.8889
        assertThat(at512.cpuFraction()).isCloseTo(0.8889, within(1e-4));
    }

    @Test
    void oneMemorySizeCannotBeFitted() {
        MemoryEvidence m = new MemoryEvidence();
        m.add(1024, 50_000);
        m.add(1024, 60_000);
        CpuFit f = CpuFit.fromLogs(m, 1, 1);
        assertThat(f.cpuFraction()).isNull();
        assertThat(f.notes()).singleElement().asString().contains("every invocation ran at 1024 MB");
    }
}
