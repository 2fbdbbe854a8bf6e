package io.lambdasim.gui.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.reports.settings.Settings;
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
        vm.set(Settings.EC2, "m7g.large");
        vm.set(Settings.FREE_TIER, "no");
        vm.set(Settings.MEMORY_MB, "512");
        vm.set(Settings.DURATION_MS, "200");
        vm.set(Settings.MIN_INSTANCES, "1");
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
                .isEqualTo("Below 32 M requests/month Lambda is cheaper; above, m7g.large.");
        assertThat(vm.staleProperty().get()).isFalse();
    }

    /** Doubling the fleet minimum doubles the EC2 floor, so the crossing moves to 63.8 M (2 × 31.91 M). */
    @Test
    void crossingMovesWithTheFleetMinimumAndMemory() {
        vm.set(Settings.MIN_INSTANCES, "2");
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(63.83e6, within(0.01e6));
        // Twice the memory: $0.2e-6 + $3.33333e-6 = $3.53333e-6 a request -> 2 × 59.568 / 3.53333e-6 = 33.72 M.
        vm.set(Settings.MEMORY_MB, "1024");
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(33.72e6, within(0.01e6));
    }

    /*
     * The third option (issue 13's Managed Instances), worked by hand from price-book.json: three
     * m7g.large instances (the default minimum) at $0.0816 an hour for 730 h plus the 15% management
     * fee = 3 × 59.568 × 1.15 = $205.5096 a month, plus $0.20 per million requests. Lambda costs
     * $1.86667e-6 a request (above), so they cross where 1.66667e-6 × N = 205.5096: N = 123.3 M a month.
     */
    @Test
    void managedInstancesAreTheThirdOptionNamedAsTheCommandNamesThem() {
        vm.set(Settings.LMI_INSTANCE, "m7g.large");
        var lmi = vm.resultProperty().get().series().stream().filter(s -> s.option().equals("lmi:m7g.large")).findFirst()
                .orElseThrow();
        assertThat(lmi.points().get(0).monthlyCost()).isCloseTo(205.5096, within(0.01));
        Crossing c = vm.resultProperty().get().crossings().stream().filter(x -> x.option().equals("lmi:m7g.large"))
                .findFirst().orElseThrow();
        assertThat(c.requests()).isCloseTo(123.3e6, within(0.1e6));
        assertThat(vm.chartProperty().get().series()).extracting(Series::name).contains("Managed Instances (m7g.large)");
        // none chosen: no third curve
        vm.set(Settings.LMI_INSTANCE, "");
        assertThat(vm.resultProperty().get().series()).noneMatch(s -> s.option().startsWith("lmi:"));
    }

    /** Each crossing's label names its instance type: two close crossings are told apart (issue 16). */
    @Test
    void chartHasLambdaEachOptionAndCrossingsNamedByType() {
        vm.set(Settings.EC2, "m7g.large,c7g.large");
        var series = vm.chartProperty().get().series();
        assertThat(series).extracting(Series::name).containsExactly("Lambda", "m7g.large", "c7g.large", "Crossings");
        Series marks = series.get(3);
        assertThat(marks.kind()).isEqualTo(Series.Kind.MARKERS);
        // c7g.large: 0.0725 × 730 = $52.925 -> 52.925 / 1.86667e-6 = 28.35 M; m7g.large 31.91 M.
        assertThat(marks.labels()).containsExactly("c7g.large · 28 M", "m7g.large · 32 M");
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
        vm.set(Settings.COLD_RATIO, "0.1");
        vm.set(Settings.INIT_MS, "500");
        vm.set(Settings.INIT_RANGE, "0ms..1s");
        assertThat(vm.staleReasonProperty().get()).isEmpty();
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
        assertThat(series.get(4).labels()).containsExactly("m7g.large · 26 M (22 M–32 M)");
        assertThat(vm.readoutProperty().get()).endsWith("; over the ranges, m7g.large breaks even between 22 M and 32 M "
                + "(INIT moves it most) requests/month");
        vm.set(Settings.INIT_RANGE, "2s..1s");
        assertThat(vm.staleReasonProperty().get()).containsIgnoringCase("init");
        vm.set(Settings.INIT_RANGE, "");
        assertThat(vm.chartProperty().get().series()).extracting(Series::name).containsExactly("Lambda", "m7g.large", "Crossings");
    }

    /**
     * With the free tier (1 M requests and 400,000 GB-s a month, shared/domain/lambda-billing.md) a
     * 512 MB, 200 ms function costs nothing up to 1 M requests (0.1 GB-s each: 100,000 GB-s, inside
     * the 400,000): the chart's Lambda line starts at its first month that costs something, not on
     * the log axis's floor, and the readout says where Lambda is free.
     */
    @Test
    void whileTheFreeTierCoversTheBillLambdaIsSaidFreeAndNotDrawnAtZero() {
        vm.set(Settings.FREE_TIER, "yes");
        Series lambda = vm.chartProperty().get().series().get(0);
        assertThat(lambda.name()).isEqualTo("Lambda");
        assertThat(java.util.Arrays.stream(lambda.y()).min().orElseThrow()).isPositive();
        assertThat(lambda.x()[0]).isGreaterThan(1e6);
        assertThat(vm.readoutProperty().get()).startsWith("Lambda is free up to about 1 M requests/month (the free tier).");
    }

    /** Memory 100 MB is below every era's 128 MB: the last answer stays, greyed, and the readout says why. */
    @Test
    void aRefusedInputMarksTheLastAnswerStaleAndSaysWhy() {
        var before = vm.chartProperty().get();
        vm.set(Settings.MEMORY_MB, "100");
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.staleReasonProperty().get()).isEqualTo("Memory (MB) '100': expected a whole number from 128 to 10240");
        assertThat(vm.readoutProperty().get()).startsWith("Not updated: Memory (MB) '100'")
                .endsWith("The chart still shows the last valid inputs.");
        assertThat(vm.chartProperty().get()).isSameAs(before);
        assertThat(vm.inputs().get(Settings.MEMORY_MB)).isEqualTo("100"); // kept for the user to fix
        vm.set(Settings.MEMORY_MB, "512");
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.readoutProperty().get()).startsWith("Below 32 M");
    }

    @Test
    void anUnknownInstanceTypeMarksTheAnswerStale() {
        vm.set(Settings.EC2, "m7g.large,z9.huge");
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.staleReasonProperty().get()).contains("z9.huge");
        vm.set(Settings.EC2, "m7g.large");
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void inputsAreRememberedBetweenRuns() {
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node("/io/lambdasim/gui-test/" + UUID.randomUUID()));
        try {
            vm.remember(prefs);
            vm.set(Settings.MEMORY_MB, "1769");
            vm.set(Settings.EC2, "c7g.large");
            BreakevenViewModel next = new BreakevenViewModel();
            next.remember(prefs);
            assertThat(next.inputs().get(Settings.MEMORY_MB)).isEqualTo("1769");
            assertThat(next.inputs().get(Settings.EC2)).isEqualTo("c7g.large");
            assertThat(next.inputs().get(Settings.FREE_TIER)).isEqualTo("no");
        } finally {
            prefs.clear();
        }
    }
}
