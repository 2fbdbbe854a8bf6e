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

    @Test
    void editACellRunTheBatchSeeResults(FxRobot robot) {
        Path file = GuiTestSupport.tempFile("scenarios.csv", ScenariosViewModelTest.TWO);
        robot.interact(() -> vm.open(file));
        // Edit memory_mb of the second row: double-click the cell, type, Enter.
        robot.doubleClickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "1024".equals(c.getItem())).queryAs(javafx.scene.control.TableCell.class));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("64").type(KeyCode.ENTER);
        assertThat(vm.rows().get(1).cell(2)).isEqualTo("64");
        assertThat(vm.cellProblem(2, "64")).isNotNull(); // shown red in the table, with the reason as tooltip
        GuiTestSupport.screenshot(robot.lookup("#scenario-table").query().getScene(), "scenarios-bad-cell");
        robot.interact(() -> vm.edit(vm.rows().get(1), 2, "1769"));
        robot.clickOn("#batch-run");
        GuiTestSupport.waitUntil(() -> !vm.resultHeader().isEmpty() || !vm.errorProperty().get().isEmpty(), 60);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(robot.lookup("#results-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#batch-status").queryAs(Label.class).getText()).isEqualTo("Batch: done");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.progressProperty().get()).isEqualTo(1.0));
        GuiTestSupport.screenshot(robot.lookup("#scenario-table").query().getScene(), "scenarios-done");
    }
}
