package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Figures from the domain notes: 1,769 MB = 1 vCPU; vCPUs 2 to 3,008 MB, 3 to 5,307, ..., 6 to 10,240. */
class CpuModelTest {

    @Test
    void vcpuCountFollowsTheMeasuredSteps() {
        assertThat(CpuModel.vcpus(128)).isEqualTo(1);
        assertThat(CpuModel.vcpus(1769)).isEqualTo(1);
        assertThat(CpuModel.vcpus(1770)).isEqualTo(2);
        assertThat(CpuModel.vcpus(3008)).isEqualTo(2);
        assertThat(CpuModel.vcpus(5307)).isEqualTo(3);
        assertThat(CpuModel.vcpus(7076)).isEqualTo(4);
        assertThat(CpuModel.vcpus(8845)).isEqualTo(5);
        assertThat(CpuModel.vcpus(10240)).isEqualTo(6);
    }

    @Test
    void aSingleThreadedCpuBoundFunctionGainsNothingAbove1769Mb() {
        CpuModel cpuBound = new CpuModel(1.0, 1);
        // 128 -> 1769 MB: 1769/128 = 13.8x the CPU share, so 1/13.8 of the duration.
        assertThat(cpuBound.durationFactor(128, 1769)).isCloseTo(128.0 / 1769, within(1e-12));
        assertThat(cpuBound.durationFactor(1769, 3008)).isEqualTo(1.0);
        assertThat(cpuBound.durationFactor(1769, 10240)).isEqualTo(1.0);
        // Two threads use up to 2 vCPUs: 3008 MB = 1.70 vCPU-equivalents vs 1 at 1769 MB.
        assertThat(new CpuModel(1.0, 2).durationFactor(1769, 3008)).isCloseTo(1769.0 / 3008, within(1e-12));
    }

    @Test
    void anIoBoundFunctionIsAsFastAtAnyMemory() {
        assertThat(new CpuModel(0.0, 1).durationFactor(128, 10240)).isEqualTo(1.0);
    }

    @Test
    void halfCpuBoundScalesOnlyHalfTheDuration() {
        // f = 0.5, 512 -> 1024 MB: 0.5 x (512/1024) + 0.5 = 0.75.
        assertThat(CpuModel.DEFAULT.durationFactor(512, 1024)).isCloseTo(0.75, within(1e-12));
        assertThat(CpuModel.DEFAULT.scaleUs(1_000_000, 512, 1024)).isEqualTo(750_000);
    }

    @Test
    void rejectsFractionsOutsideZeroToOne() {
        assertThatThrownBy(() -> new CpuModel(1.5, 1)).hasMessageContaining("0..1");
    }
}
