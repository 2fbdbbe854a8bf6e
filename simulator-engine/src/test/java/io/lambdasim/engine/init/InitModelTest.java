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
        // the sample mean of 200,000 draws of lognormal(300ms,150ms) is within 1% of 300 ms
        // (standard error 150/sqrt(200000) ms = 0.34 ms).
        InitModel m = InitModel.parse("lognormal(300ms,150ms)");
        SplittableRandom random = new SplittableRandom(5);
        double sum = 0;
        for (int i = 0; i < 200_000; i++) {
            sum += m.sampleUs(random);
        }
        assertThat(sum / 200_000).isCloseTo(300_000, within(3_000.0));
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
