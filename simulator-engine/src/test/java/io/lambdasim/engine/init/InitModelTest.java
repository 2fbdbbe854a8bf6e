package io.lambdasim.engine.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitModelTest {

    @Test
    void constantAndDistributionsParse() {
        assertThat(InitModel.parse("250ms").sampleUs(new SplittableRandom(1))).isEqualTo(250_000);
        assertThat(InitModel.parse("normal(265ms,354ms)").spec()).isEqualTo("normal(265ms,354ms)");
        assertThatThrownBy(() -> InitModel.parse("gamma(1s,2s)")).hasMessageContaining("allowed");
        assertThatThrownBy(() -> InitModel.parse("runtime:cobol")).hasMessageContaining("python");
    }

    @Test
    void lognormalHasTheRequestedMean() {
        // exp(N(mu, sigma^2)) with sigma^2 = ln(1 + s^2/m^2), mu = ln m - sigma^2/2 has mean m:
        // the sample mean of 200,000 draws of lognormal-sd(300ms,150ms) is within 1% of 300 ms
        // (standard error 150/sqrt(200000) ms = 0.34 ms).
        InitModel m = InitModel.parse("lognormal-sd(300ms,150ms)");
        SplittableRandom random = new SplittableRandom(5);
        double sum = 0;
        for (int i = 0; i < 200_000; i++) {
            sum += m.sampleUs(random);
        }
        assertThat(sum / 200_000).isCloseTo(300_000, within(3_000.0));
    }

    @Test
    void lognormalTakesMeanAndP99AsTheGeneratorDoes() {
        // lognormal(80ms,900ms), the README's generator example: sigma = z - sqrt(z^2 - 2 ln 11.25)
        // = 1.5706 with z = 2.3263, mu = ln 80,000 us - sigma^2/2. Its 99th percentile is 900 ms: of
        // 200,000 draws, 1% +- 0.02% lie above 900 ms (binomial sd sqrt(0.01 * 0.99 / 200000) = 0.022%).
        InitModel m = InitModel.parse("lognormal(80ms,900ms)");
        assertThat(m.spec()).isEqualTo("lognormal(80ms,900ms)");
        assertThat(m.meanUs()).isEqualTo(80_000);
        SplittableRandom random = new SplittableRandom(5);
        int above = 0;
        for (int i = 0; i < 200_000; i++) {
            above += m.sampleUs(random) > 900_000 ? 1 : 0;
        }
        assertThat(above / 200_000.0).isCloseTo(0.01, within(0.0007));
        // a p99 below the mean is no log-normal: the message names both forms
        assertThatThrownBy(() -> InitModel.parse("lognormal(250ms,100ms)")).hasMessageContaining("lognormal-sd(MEAN,SD)");
    }

    @Test
    void truncatedNormalNeverGoesNegative() {
        InitModel m = InitModel.parse("normal(265ms,354ms)");
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            assertThat(m.sampleUs(random)).isNotNegative();
        }
    }

    @Test
    void everyRuntimePresetHasASourceAndVersionedRuntimesMapToIt() {
        assertThat(InitPresets.names()).contains("python", "nodejs", "java", "java-snapstart", "dotnet", "provided", "container");
        assertThat(InitPresets.all()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(InitPresets.find("python3.12").runtime()).isEqualTo("python");
        assertThat(InitPresets.find("java21").runtime()).isEqualTo("java");
        assertThat(InitPresets.find("provided.al2023").runtime()).isEqualTo("provided");
    }
}
