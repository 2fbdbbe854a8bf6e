package io.lambdasim.gui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.Figures;
import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.reports.batch.SimulatingExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scenario table and batch run through the view model, without the toolkit. */
class ScenariosViewModelTest {
    static final String TWO = "name,generate,memory_mb,ec2\n"
            + "small,poisson(1/s);duration=const(50ms);horizon=10m,128,m7g.large\n"
            + "big,poisson(1/s);duration=const(50ms);horizon=10m,1024,m7g.large\n";

    @Test
    void editsARowRunsTheBatchAndReadsTheResults() throws Exception {
        Path file = GuiTestSupport.tempFile("scenarios.csv", TWO);
        ScenariosViewModel vm = new ScenariosViewModel(new SimulatingExecutor(), Runnable::run);
        assertThat(vm.open(file)).isTrue();
        assertThat(vm.header()).containsExactly("name", "generate", "memory_mb", "ec2");
        assertThat(vm.rows()).hasSize(2);
        vm.edit(vm.rows().get(1), 2, "2048");
        vm.run();
        // The header is filled last (the view sizes its columns from the rows): wait for it.
        GuiTestSupport.waitUntilPlain(() -> !vm.resultHeader().isEmpty() || !vm.errorProperty().get().isEmpty(), 60);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.results()).hasSize(2);
        int mem = vm.resultHeader().indexOf("memory_mb");
        assertThat(vm.results().get(1).get(mem)).isEqualTo("2048");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.statusProperty().get()).isEqualTo("ok"));
        // The edit was saved to the file before the run, the original kept beside it.
        assertThat(Files.readString(file)).contains("big,poisson(1/s);duration=const(50ms);horizon=10m,2048,m7g.large");
        assertThat(Files.readString(file.resolveSibling("scenarios.csv.bak"))).isEqualTo(TWO);
        assertThat(vm.writeReport()).exists();
    }

    /**
     * Issue 14: a row with a keep-alive range gets its figures' low and high ends as columns of the
     * results table, captioned after their figure and shown in its unit.
     */
    @Test
    void aRowWithRangesShowsItsLowAndHighColumns() throws Exception {
        Path file = GuiTestSupport.tempFile("ranges.csv", "name,generate,keep_alive,free_tier\n"
                + "sparse,poisson(6/h);duration=const(50ms);horizon=6h,fixed:5m..60m,no\n");
        ScenariosViewModel vm = new ScenariosViewModel(new SimulatingExecutor(), Runnable::run);
        assertThat(vm.open(file)).isTrue();
        vm.run();
        GuiTestSupport.waitUntilPlain(() -> !vm.resultHeader().isEmpty() || !vm.errorProperty().get().isEmpty(), 60);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultHeader()).contains("cold_starts_low", "cold_starts_high", "lambda_monthly_usd_low",
                "lambda_monthly_usd_high");
        int low = vm.resultHeader().indexOf("cold_starts_low");
        int high = vm.resultHeader().indexOf("cold_starts_high");
        // the band runs from the fewest cold starts (the 60-minute end keeps environments over the
        // 10-minute gaps of 6 an hour) to the most (the 5-minute end loses most of them)
        assertThat(Long.parseLong(vm.results().get(0).get(low))).isLessThan(Long.parseLong(vm.results().get(0).get(high)));
        assertThat(Figures.caption("lambda_monthly_usd_low")).isEqualTo("Lambda, low end");
        assertThat(Figures.caption("cold_starts_high")).isEqualTo("Cold starts, high end");
        assertThat(Figures.value("lambda_monthly_usd_high", "1.5")).isEqualTo("$1.50/month");
        assertThat(Figures.value("cold_start_ratio_low", "0.25")).isEqualTo("25%");
    }

    /**
     * Issue 16: columns that stay empty after a batch, or whose zeros mean nothing for it (the event
     * sources' figures without a queue, the bill around the function when none of it is priced), are
     * not shown; results.csv keeps them all. A real zero, like throttles, stays.
     */
    @Test
    void columnsWithNothingToSayAreNotShown() {
        java.util.List<String> head = java.util.List.of("name", "throttles", "observed_cold_starts", "breakeven_option",
                "messages", "mean_batch_size", "queue_age_p99_ms", "front_door_monthly_usd", "logs_monthly_usd", "message");
        java.util.List<java.util.List<String>> body = java.util.List.of(
                java.util.List.of("a", "0", "", "", "0", "", "0.000", "0.00", "0.00", ""),
                java.util.List.of("b", "0", "", "", "0", "", "0.000", "0.00", "0.00", ""));
        assertThat(ScenariosViewModel.shownColumns(head, body)).containsExactly(0, 1);
        // A queue in one scenario brings the event-source columns back; a priced front door the bill around it.
        java.util.List<java.util.List<String>> queued = java.util.List.of(
                java.util.List.of("a", "0", "", "", "120", "10.000", "35.100", "2.63", "0.00", ""),
                java.util.List.of("b", "0", "", "", "0", "", "0.000", "0.00", "0.00", "row 3: failed"));
        assertThat(ScenariosViewModel.shownColumns(head, queued)).containsExactly(0, 1, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void cellsAreCheckedByTheLibrarysColumnRules() throws Exception {
        ScenariosViewModel vm = new ScenariosViewModel(new SimulatingExecutor(), Runnable::run);
        vm.open(GuiTestSupport.tempFile("s.csv", TWO));
        assertThat(vm.cellProblem(2, "64")).isNotNull().contains("128");
        assertThat(vm.cellProblem(2, "512")).isNull();
        assertThat(vm.cellProblem(2, "256|512")).isNull();
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWithItsName() {
        Path bad = GuiTestSupport.tempFile("notscenarios.csv", "a,b\n1,2\n");
        ScenariosViewModel vm = new ScenariosViewModel(new SimulatingExecutor(), Runnable::run);
        assertThat(vm.open(bad)).isFalse();
        assertThat(vm.errorProperty().get()).contains("notscenarios.csv:1").contains("name");
        assertThat(vm.rows()).isEmpty();
    }
}
