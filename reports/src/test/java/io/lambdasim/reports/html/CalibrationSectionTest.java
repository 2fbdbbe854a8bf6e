package io.lambdasim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.reports.calibrate.FunctionFit;
import io.lambdasim.reports.calibrate.KeepAliveFit;
import io.lambdasim.reports.calibrate.KeepAliveStep;
import io.lambdasim.reports.charts.KeepAliveData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the calibration section shows of a keep-alive fit: the chart's curves and intervals, the table's words. */
class CalibrationSectionTest {

    static final double MIN = 60e6;

    static KeepAliveFit fit(KeepAlive policy, Double fixed, Double low, Double high, Double rMin, Double rMax, double[] minCi,
                            double[] maxCi, boolean bounded) {
        return new KeepAliveFit(100, 20, bounded, fixed, low, high, policy, null, rMin, rMax, minCi, maxCi, 14 * MIN, 5 * MIN,
                0, List.of(new KeepAliveStep(0, 5 * MIN, 0.0), new KeepAliveStep(5 * MIN, 10 * MIN, 0.5),
                        new KeepAliveStep(10 * MIN, 15 * MIN, 1.0)), List.of());
    }

    /**
     * A random:5m-15m fit: its curve is the uniform's distribution (0 until 5 min, 1 from 15 min) and
     * each end has its own 95% interval shaded (4.5–5.5 and 14–16 min), not a fixed keep-alive's.
     */
    @Test
    void aRandomPolicyShowsTheIntervalOfEachEnd() {
        KeepAliveFit k = fit(KeepAlive.parse("random:5m-15m"), 10 * MIN, 9.5 * MIN, 10.5 * MIN, 5 * MIN, 15 * MIN,
                new double[] {4.5 * MIN, 5.5 * MIN}, new double[] {14 * MIN, 16 * MIN}, true);
        KeepAliveData d = CalibrationSection.data(new FunctionFit("api", 1000, 120, false, 0, 120, Double.NaN, k, null, null));
        assertThat(d.fitMinutes()).containsExactly(0, 5, 15, 19); // the last step (15 min) × 1.2 + 1
        assertThat(d.fitGone()).containsExactly(0, 0, 1, 1);
        assertThat(d.stepMinutes()).containsExactly(0, 5, 10, 15);
        assertThat(d.intervals()).containsExactly(
                new KeepAliveData.Interval(4.5, 5.5, "95% interval of the shortest keep-alive"),
                new KeepAliveData.Interval(14, 16, "95% interval of the longest keep-alive"));
        assertThat(CalibrationSection.policy(k)).isEqualTo("random:5m-15m (5.0–15.0 min)");
        assertThat(CalibrationSection.interval(k)).isEqualTo("shortest 4.5–5.5, longest 14.0–16.0 min");
    }

    @Test
    void aFixedPolicyShowsOneIntervalAndAnUnboundedFitWhatIsKnown() {
        KeepAliveFit k = fit(KeepAlive.parse("fixed:7m"), 7 * MIN, 6.5 * MIN, 7.5 * MIN, null, null, null, null, true);
        KeepAliveData d = CalibrationSection.data(new FunctionFit("api", 1000, 120, false, 0, 120, Double.NaN, k, null, null));
        assertThat(d.fitMinutes()).containsExactly(0, 7, 7, 19);
        assertThat(d.intervals()).containsExactly(new KeepAliveData.Interval(6.5, 7.5, "95% interval of the keep-alive"));
        assertThat(CalibrationSection.interval(k)).isEqualTo("6.5–7.5 min");
        KeepAliveFit open = fit(null, null, 14 * MIN, null, null, null, null, null, false);
        assertThat(CalibrationSection.policy(open)).isEqualTo("not fitted");
        assertThat(CalibrationSection.interval(open)).isEqualTo("at least 14.0 min");
        assertThat(CalibrationSection.data(new FunctionFit("api", 1, 1, false, 0, 0, Double.NaN, open, null, null))
                .intervals()).isEmpty();
    }
}
