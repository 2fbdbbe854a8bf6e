package io.lambdasim.reports.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.Durations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keep-alive fits on small current-status data worked by hand. */
class CurrentStatusTest {

    static final long MIN = Durations.US_PER_MIN;

    /** Data with reuse gaps and gone gaps in minutes, each counted {@code n} times. */
    static CurrentStatus data(double[] reuseMin, double[] goneMin, double n) {
        GapGrid grid = IdleEvidence.POINT;
        double[] r = new double[grid.size()];
        double[] g = new double[grid.size()];
        double maxReuse = -1;
        double minGone = Double.POSITIVE_INFINITY;
        for (double m : reuseMin) {
            r[grid.bin((long) (m * MIN))] += n;
            maxReuse = Math.max(maxReuse, m * MIN);
        }
        for (double m : goneMin) {
            g[grid.bin((long) (m * MIN))] += n;
            minGone = Math.min(minGone, m * MIN);
        }
        return new CurrentStatus(grid, r, g, maxReuse, minGone);
    }

    @Test
    void separatedDataIdentifyAnIntervalAndItsMiddle() {
        // reused after 1, 2 and 3 min; gone by 5 and 6 min: any fixed keep-alive in (3, 5] min fits all five
        CurrentStatus.Fixed f = data(new double[] {1, 2, 3}, new double[] {5, 6}, 1).fixed();
        assertThat(f.violations()).isZero();
        assertThat(f.lowUs()).isEqualTo(3 * MIN);
        assertThat(f.highUs()).isEqualTo(5 * MIN);
        assertThat(f.centralUs()).isEqualTo(4 * MIN);
    }

    @Test
    void withoutGoneEvidenceThereIsNoUpperBound() {
        CurrentStatus d = data(new double[] {1, 2, 3}, new double[] {}, 1);
        assertThat(d.bounded()).isFalse();
        CurrentStatus.Fixed f = d.fixed();
        assertThat(f.centralUs()).isNaN();
        assertThat(f.lowUs()).isEqualTo(3 * MIN);
        assertThat(f.highUs()).isInfinite();
    }

    @Test
    void contradictionsAreCountedAndTheBestThresholdKept() {
        // reused after 1, 2 and 8 min; gone by 5 and 9: a threshold in (8, 9] contradicts only "gone by 5"
        // (and one in (2, 5] only "reused after 8"); both are the minimum, 1 contradiction
        CurrentStatus.Fixed f = data(new double[] {1, 2, 8}, new double[] {5, 9}, 1).fixed();
        assertThat(f.violations()).isEqualTo(1);
        assertThat(f.lowUs() / MIN).isCloseTo(2, within(0.02));
        assertThat(f.highUs() / MIN).isCloseTo(9, within(0.05));
    }

    @Test
    void npmleIsThePoolAdjacentViolatorsRegressionOfTheGoneShare() {
        // gaps 1 (reused), 2 (gone), 3 (reused), 4 min (gone): gone shares 0, 1, 0, 1; the middle pair
        // violates monotonicity and pools to 1/2 (Groeneboom & Wellner's estimator by hand)
        List<KeepAliveStep> steps = data(new double[] {1, 3}, new double[] {2, 4}, 1).npmle();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).gone()).isZero();
        assertThat(steps.get(1).gone()).isEqualTo(0.5);
        assertThat(steps.get(1).gapUs() / MIN).isCloseTo(2, within(0.01));
        assertThat(steps.get(1).afterUs() / MIN).isCloseTo(1, within(0.01));
        assertThat(steps.get(2).gone()).isEqualTo(1.0);
        assertThat(steps.get(2).afterUs() / MIN).isCloseTo(3, within(0.01));
    }

    @Test
    void uniformMaximumLikelihoodRecoversTheRangeFromItsExpectedCounts() {
        // 1,000 idle periods inspected at each whole minute 1..20 of a U(5 min, 15 min) keep-alive:
        // F(g) = (g − 5)/10 of them gone; the likelihood peaks at the true ends (to a bin's 0.5%)
        GapGrid grid = IdleEvidence.POINT;
        double[] r = new double[grid.size()];
        double[] g = new double[grid.size()];
        for (int m = 1; m <= 20; m++) {
            double F = Math.min(1, Math.max(0, (m - 5) / 10.0));
            int bin = grid.bin(m * MIN);
            g[bin] += 1000 * F;
            r[bin] += 1000 * (1 - F);
        }
        CurrentStatus d = new CurrentStatus(grid, r, g, 14 * MIN, 6 * MIN);
        CurrentStatus.Uniform u = d.uniform();
        assertThat(u.minUs() / MIN).isCloseTo(5, within(0.25));
        assertThat(u.maxUs() / MIN).isCloseTo(15, within(0.25));
        assertThat(u.logLikelihood()).isGreaterThan(d.fixedLogLikelihood(d.fixed()));
    }
}
