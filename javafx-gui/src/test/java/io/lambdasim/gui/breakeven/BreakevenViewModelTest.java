package io.lambdasim.gui.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.pricing.breakeven.Crossing;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explorer's view model, without the JavaFX toolkit. */
class BreakevenViewModelTest {
    private BreakevenViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new BreakevenViewModel();
        vm.ec2Types().setAll("m7g.large");
        vm.freeTierProperty().set(false);
        vm.memoryMbProperty().set(512);
        vm.durationMsProperty().set(200);
        vm.minInstancesProperty().set(1);
    }

    /*
     * Worked by hand: 512 MB for 200 ms = 0.1 GB-s = $1.66667e-6, plus $0.2e-6 a request:
     * $1.86667e-6 per request. One m7g.large month = 0.0816 × 730 = $59.568. Lambda reaches that at
     * 59.568 / 1.86667e-6 = 31.91 M requests. One instance holds far more than that (CPU: 2 vCPU ×
     * 0.7 × 2,628,000 s / (0.2 s × 0.5 × 512/1769) = 127 M a month), so the crossing is inside step 1.
     */
    @Test
    void crossingWhereLambdaCostsOneInstanceMonth() {
        Crossing c = vm.resultProperty().get().crossings().get(0);
        assertThat(c.option()).isEqualTo("m7g.large");
        assertThat(c.requests()).isCloseTo(31.91e6, within(0.01e6));
        assertThat(c.cheaperAbove()).isEqualTo("m7g.large");
        assertThat(vm.readoutProperty().get())
                .isEqualTo("below 32 M requests/month Lambda is cheaper; above, m7g.large");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    /** Doubling the fleet minimum doubles the EC2 floor, so the crossing moves to 63.8 M (2 × 31.91 M). */
    @Test
    void crossingMovesWithTheFleetMinimumAndMemory() {
        vm.minInstancesProperty().set(2);
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(63.83e6, within(0.01e6));
        // Twice the memory: $0.2e-6 + $3.33333e-6 = $3.53333e-6 a request -> 2 × 59.568 / 3.53333e-6 = 33.72 M.
        vm.memoryMbProperty().set(1024);
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(33.72e6, within(0.01e6));
    }

    @Test
    void chartHasLambdaEachOptionAndLabelledCrossings() {
        vm.ec2Types().setAll("m7g.large", "c7g.large");
        var series = vm.chartProperty().get().series();
        assertThat(series).extracting(Series::name).containsExactly("Lambda", "m7g.large", "c7g.large", "Crossings");
        Series marks = series.get(3);
        assertThat(marks.kind()).isEqualTo(Series.Kind.MARKERS);
        // c7g.large: 0.0725 × 730 = $52.925 -> 52.925 / 1.86667e-6 = 28.35 M; m7g.large 31.91 M.
        assertThat(marks.labels()).containsExactly("28 M", "32 M");
        assertThat(vm.chartProperty().get().logX()).isTrue();
    }

    /*
     * Issue 14's band in the explorer, worked by hand like the first test: with a cold-start ratio of
     * 0.1 an INIT of I ms adds 0.1 × I ms to the billed duration of a request. INIT 0 (the range's low
     * end): $1.86667e-6 a request, crossing at 31.91 M. INIT 500 ms (central): 250 ms at 0.5 GB =
     * 0.125 GB-s = $2.08333e-6 + $0.2e-6 = $2.28333e-6, crossing at 59.568 / 2.28333e-6 = 26.09 M.
     * INIT 1 s (high end): 0.15 GB-s = $2.5e-6 + $0.2e-6 = $2.7e-6, crossing at 22.06 M.
     */
    @Test
    void anInitRangeDrawsLambdasRibbonAndTheCrossingAsAnInterval() {
        vm.coldRatioProperty().set(0.1);
        vm.initMsProperty().set(500);
        vm.initRangeProperty().set("0ms..1s");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(26.09e6, within(0.01e6));
        var series = vm.chartProperty().get().series();
        assertThat(series).extracting(Series::name).containsExactly("Lambda", "m7g.large", BreakevenViewModel.LAMBDA_LOW,
                BreakevenViewModel.LAMBDA_HIGH, "Crossings");
        Series low = series.get(2);
        Series high = series.get(3);
        assertThat(low.kind()).isEqualTo(Series.Kind.BOUND);
        // without a free tier Lambda's cost is linear: $1.86667 per million at INIT 0, $2.7 at INIT 1 s
        int i = low.size() - 1;
        assertThat(low.y()[i] / low.x()[i] * 1e6).isCloseTo(1.86667, within(1e-4));
        assertThat(high.y()[i] / high.x()[i] * 1e6).isCloseTo(2.7, within(1e-4));
        assertThat(series.get(4).labels()).containsExactly("26 M (22 M–32 M)");
        assertThat(vm.readoutProperty().get()).endsWith("; over the ranges, m7g.large breaks even between 22 M and 32 M "
                + "(INIT moves it most) requests/month");
        vm.initRangeProperty().set("2s..1s");
        assertThat(vm.errorProperty().get()).contains("init");
        vm.initRangeProperty().set("");
        assertThat(vm.chartProperty().get().series()).extracting(Series::name).containsExactly("Lambda", "m7g.large", "Crossings");
    }

    @Test
    void badInputKeepsTheLastChartAndSaysWhy() {
        var before = vm.chartProperty().get();
        vm.ec2Types().add("z9.huge");
        assertThat(vm.errorProperty().get()).contains("z9.huge");
        assertThat(vm.chartProperty().get()).isSameAs(before);
        assertThat(vm.ec2Types()).contains("z9.huge"); // the input is kept for the user to fix
        vm.ec2Types().remove("z9.huge");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void inputsAreRememberedBetweenRuns() {
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node("/io/lambdasim/gui-test/" + UUID.randomUUID()));
        try {
            vm.remember(prefs);
            vm.memoryMbProperty().set(1769);
            vm.ec2Types().setAll("c7g.large");
            BreakevenViewModel next = new BreakevenViewModel();
            next.remember(prefs);
            assertThat(next.memoryMbProperty().get()).isEqualTo(1769);
            assertThat(next.ec2Types()).containsExactly("c7g.large");
            assertThat(next.freeTierProperty().get()).isFalse();
        } finally {
            prefs.clear();
        }
    }
}
