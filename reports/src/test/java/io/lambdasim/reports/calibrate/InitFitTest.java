package io.lambdasim.reports.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InitFitTest {

    /**
     * INIT 100, 200 and 400 ms: mean 233.33 ms; ln of the three (in µs) 11.5129, 12.2061, 12.8992,
     * mean 12.2061, variance (0.6931² + 0 + 0.6931²)/3 = 0.32030, σ = 0.56595; the model's p99 =
     * 233.33 · exp(2.32635 · 0.56595 − 0.56595²/2) = 233.33 · exp(1.15648) = 741.68 ms.
     */
    @Test
    void logNormalWithTheObservedMeanAndTheLogsSpread() {
        InitEvidence e = new InitEvidence();
        e.add(100_000);
        e.add(200_000);
        e.add(400_000);
        InitFit f = InitFit.of(e);
        assertThat(f.meanUs() / 1000).isCloseTo(233.33, within(0.01));
        assertThat(f.sigma()).isCloseTo(0.56595, within(1e-4));
        assertThat(f.p99Us() / 1000).isCloseTo(741.68, within(0.01));
        assertThat(f.modelText()).isEqualTo("lognormal(233.3ms,741.7ms)");
        assertThat(f.model().meanUs()).isCloseTo(233_300, within(1.0));
        assertThat(f.range().low().meanUs()).isLessThan(f.meanUs());
        assertThat(f.range().high().meanUs()).isGreaterThan(f.meanUs());
    }

    @Test
    void noInitIsSaidNotInvented() {
        InitFit f = InitFit.of(new InitEvidence());
        assertThat(f.model()).isNull();
        assertThat(f.meanUs()).isNull();
        assertThat(f.notes()).singleElement().asString().contains("no REPORT line carried an Init Duration");
    }

    @Test
    void oneInitIsAConstantWithoutSpread() {
        InitEvidence e = new InitEvidence();
        e.add(286_400);
        InitFit f = InitFit.of(e);
        assertThat(f.modelText()).isEqualTo("286.4ms");
        assertThat(f.p99Us()).isNull();
        assertThat(f.range()).isNull();
        assertThat(f.notes()).anyMatch(n -> n.contains("one INIT observed"));
    }
}
