package io.lambdasim.traces.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each duration distribution against its defining numbers; tolerances are 4 sampling sd. */
class DurationDistributionTest {

    private static final int N = 1_000_000;

    private static DurationDistribution parse(String dist) {
        return WorkloadSpec.parse("constant(1s);duration=" + dist).functions().get(0).duration();
    }

    @Test
    void lognormalIsSolvedFromMeanAndP99() {
        // Hand arithmetic (LognormalDuration's comment): L = ln(900/80) = 2.42037, z = 2.32635,
        // sigma = z - sqrt(z² - 2L) = 1.570598, mu = ln(80,000 µs) - sigma²/2 = 10.056393.
        LognormalDuration d = (LognormalDuration) parse("lognormal(80ms,900ms)");
        assertThat(d.sigma()).isCloseTo(1.570598, within(1e-6));
        assertThat(d.mu()).isCloseTo(10.056393, within(1e-6));

        long[] s = Generated.sortedSamples(d, 7, N);
        // sd of X = mean·sqrt(e^{sigma²} − 1) = 3.284·mean, so the sample mean's sd is 3.284·80 ms / 1000 = 0.263 ms.
        assertThat(Generated.mean(s)).isCloseTo(80_000, within(4 * 3.284 * 80_000 / Math.sqrt(N)));
        // P(X <= p99) = 0.99; the sample fraction's sd is sqrt(0.99·0.01/N) = 1e-4.
        assertThat(Generated.fractionAtMost(s, 900_000)).isCloseTo(0.99, within(4e-4));
    }

    @Test
    void empiricalHitsItsPercentiles() {
        EmpiricalDuration d = (EmpiricalDuration) parse("empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s)");
        long[] s = Generated.sortedSamples(d, 11, N);
        assertThat(s[0]).isGreaterThanOrEqualTo(5_000);
        assertThat(s[N - 1]).isLessThanOrEqualTo(2_000_000);
        // Fraction below each stated percentile: sd sqrt(p(1-p)/N) = 5e-4 at p50, 1e-4 at p99.
        assertThat(Generated.fractionAtMost(s, 20_000)).isCloseTo(0.50, within(2e-3));
        assertThat(Generated.fractionAtMost(s, 300_000)).isCloseTo(0.99, within(4e-4));
        // Linear between points: p75 sits halfway up the p50..p99 segment in probability:
        // 20 + (75-50)/(99-50)·280 = 162.86 ms.
        assertThat(d.quantileUs(0.75)).isCloseTo(162_857.14, within(0.01));
        // Mean = sum of segment width x mid value: 0.5·12.5 + 0.49·160 + 0.01·1150 = 96.15 ms.
        assertThat(d.expectedUs()).isCloseTo(96_150, within(1e-6));
    }

    @Test
    void exponentialUniformAndConstant() {
        long[] exp = Generated.sortedSamples(parse("exp(120ms)"), 3, N);
        // Exponential: sd = mean, so the sample mean's sd is 120 ms / 1000 = 0.12 ms.
        assertThat(Generated.mean(exp)).isCloseTo(120_000, within(4 * 120.0));
        // Median of an exponential = mean·ln 2 = 83.18 ms.
        assertThat(Generated.fractionAtMost(exp, Math.round(120_000 * Math.log(2)))).isCloseTo(0.5, within(2e-3));

        long[] uni = Generated.sortedSamples(parse("uniform(10ms,50ms)"), 5, N);
        assertThat(uni[0]).isGreaterThanOrEqualTo(10_000);
        assertThat(uni[N - 1]).isLessThanOrEqualTo(50_000);
        // Uniform sd = 40 ms / sqrt(12) = 11.55 ms; sample mean sd = 11.5 µs.
        assertThat(Generated.mean(uni)).isCloseTo(30_000, within(4 * 11.55));

        assertThat(Generated.sortedSamples(parse("const(1.5s)"), 1, 3)).containsOnly(1_500_000L);
    }

    @Test
    void unitsAreTheSameEverywhere() {
        assertThat(((ConstDuration) parse("const(250us)")).us()).isEqualTo(250);
        assertThat(((ConstDuration) parse("const(2m)")).us()).isEqualTo(120_000_000L);
        assertThat(((ConstDuration) parse("const(1h)")).us()).isEqualTo(3_600_000_000L);
        assertThat(((ConstDuration) parse("const(0.5d)")).us()).isEqualTo(43_200_000_000L);
    }
}
