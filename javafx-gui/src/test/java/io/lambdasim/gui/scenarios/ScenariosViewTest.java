package io.lambdasim.gui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.gui.ScreenFxTest;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The scenario table edited with the keyboard, then run as a batch. */
class ScenariosViewTest extends ScreenFxTest {
    private ScenariosViewModel vm;

    @Start
    void start(Stage stage) {
        ScenariosScreen screen = new ScenariosScreen(prefs, Platform::runLater);
        vm = screen.viewModel();
        GuiTestSupport.show(stage, screen.view());
    }

    /** A defaults row fills the other rows' empty cells; it is no scenario and must not stay "queued". */
    static final String WITH_DEFAULTS = "name,generate,memory_mb,ec2\n"
            + "defaults,,,m7g.large\n"
            + "small,poisson(1/s);duration=const(50ms);horizon=10m,128,\n"
            + "big,poisson(1/s);duration=const(50ms);horizon=10m,1024,\n";

    @Test
    void editACellRunTheBatchSeeResults(FxRobot robot) {
        Path file = GuiTestSupport.tempFile("scenarios.csv", WITH_DEFAULTS);
        robot.interact(() -> vm.open(file));
        // Edit memory_mb of the second row: double-click the cell, type, Enter.
        robot.doubleClickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "1024".equals(c.getItem())).queryAs(javafx.scene.control.TableCell.class));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("64").type(KeyCode.ENTER);
        assertThat(vm.rows().get(2).cell(2)).isEqualTo("64");
        assertThat(vm.cellProblem(2, "64")).isNotNull(); // shown red in the table, with the reason as tooltip
        GuiTestSupport.screenshot(robot.lookup("#scenario-table").query().getScene(), "scenarios-bad-cell");
        robot.interact(() -> vm.edit(vm.rows().get(2), 2, "1769"));
        robot.clickOn("#batch-run");
        GuiTestSupport.waitUntil(() -> !vm.resultHeader().isEmpty() || !vm.errorProperty().get().isEmpty(), 60);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(robot.lookup("#results-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#batch-status").queryAs(Label.class).getText()).isEqualTo("Batch: done");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.progressProperty().get()).isEqualTo(1.0));
        assertThat(vm.rows()).extracting(r -> r.statusProperty().get()).containsExactly("defaults for every row", "ok", "ok");
        // Results as a person reads them: captions, not column keys; money with its period; separators.
        TableView<?> results = robot.lookup("#results-table").queryAs(TableView.class);
        assertThat(results.getColumns()).extracting(c -> c.getText()).contains("Scenario", "Invocations", "Lambda",
                "EC2 m7g.large", "Cheapest option").noneMatch(t -> t.contains("_"))
                // issue 16: no column that stays empty after this batch (nothing observed, no break-even asked,
                // no queue, nothing priced around the function, no error message)
                .doesNotContain("Cold starts observed", "Break-even option", "Message", "Mean batch size", "Messages");
        for (int c = 0; c < results.getColumns().size(); c++) {
            final int col = c;
            assertThat(java.util.stream.IntStream.range(0, results.getItems().size())
                    .mapToObj(i -> String.valueOf(results.getColumns().get(col).getCellData(i))))
                    .as(results.getColumns().get(c).getText()).anyMatch(v -> !v.isBlank() && !v.equals("null"));
        }
        int lambda = results.getColumns().stream().map(c -> c.getText()).toList().indexOf("Lambda");
        assertThat(String.valueOf(results.getColumns().get(lambda).getCellData(0))).startsWith("$").endsWith("/month");
        assertThat(robot.lookup("#scenario-table").queryAs(TableView.class).getPlaceholder().toString()).doesNotContain("`");
        GuiTestSupport.screenshot(robot.lookup("#scenario-table").query().getScene(), "scenarios-done");
    }
}
