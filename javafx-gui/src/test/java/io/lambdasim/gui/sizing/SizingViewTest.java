package io.lambdasim.gui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.gui.ScreenFxTest;
import io.lambdasim.reports.settings.Settings;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The sizing screen run through its button on a small generated workload. */
class SizingViewTest extends ScreenFxTest {
    private SizingViewModel vm;

    @Start
    void start(Stage stage) {
        SizingScreen screen = new SizingScreen(prefs, Platform::runLater);
        vm = screen.viewModel();
        GuiTestSupport.show(stage, screen.view());
    }

    /*
     * A CPU-bound single-threaded function (CPU share 1) gets faster up to 1,769 MB (one vCPU) and no
     * faster beyond (domain notes, "Limits"), so the speed strategy picks 1,769 MB or above.
     */
    @Test
    void sweepsMemoryAndMarksTheRecommendation(FxRobot robot) {
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set("poisson(1/s);duration=const(400ms);horizon=5m;memory=512");
            vm.inputs().set(Settings.MEMORY_SIZES, "512,1769,3008");
            vm.inputs().set(Settings.ARCHES, "x86_64,arm64");
            vm.inputs().set(Settings.CPU_FRACTION, "1");
            vm.inputs().set(Settings.STRATEGY, "speed");
        });
        robot.clickOn("#sizing-run");
        GuiTestSupport.waitUntil(() -> vm.resultProperty().get() != null || !vm.runErrorProperty().get().isEmpty(), 30);
        assertThat(vm.runErrorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().recommended().memoryMb()).isGreaterThanOrEqualTo(1769);
        assertThat(robot.lookup("#sizing-table").queryAs(TableView.class).getItems()).hasSize(6); // 3 sizes × 2 architectures
        assertThat(robot.lookup("#recommendation").queryAs(Label.class).getText()).startsWith("Recommended (speed)");
        // Both architectures run the same CPU-share model: the duration chart says so (issue 16).
        assertThat(vm.durationChartProperty().get().note())
                .startsWith("x86_64 and arm64 durations are modelled the same (the CPU-share model)");
        assertThat(robot.lookup(".chart-note").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("modelled the same"));
        // No header cut to "Memory (..." or "p99 laten..." at 1280×800.
        GuiTestSupport.assertNothingCut(robot.lookup("#sizing-table").query().getScene());
        GuiTestSupport.screenshot(robot.lookup("#sizing-run").query().getScene(), "sizing");
    }

    /** Issue 14: with an INIT range each architecture's cost curve is drawn with its ribbon, filled. */
    @Test
    void anInitRangeDrawsTheCostRibbons(FxRobot robot) {
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set("poisson(2/m);duration=const(400ms);horizon=2h;memory=512");
            vm.inputs().set(Settings.MEMORY_SIZES, "512,1024,1769,3008");
            vm.inputs().set(Settings.ARCHES, "x86_64,arm64");
            vm.inputs().set(Settings.CPU_FRACTION, "0.5");
            vm.inputs().set(Settings.INIT_RANGE, "100ms..2s");
            vm.inputs().set(Settings.FREE_TIER, "no"); // else a month of this small load is free at every end
        });
        robot.clickOn("#sizing-run");
        GuiTestSupport.waitUntil(() -> vm.resultProperty().get() != null || !vm.runErrorProperty().get().isEmpty(), 60);
        assertThat(vm.runErrorProperty().get()).isEmpty();
        var bands = robot.lookup(".chart-series-line").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.shape.Path p && p.getFill() != null).toList();
        assertThat(bands).hasSize(2); // one ribbon per architecture
        assertThat(robot.lookup("#recommendation").queryAs(Label.class).getText()).contains("(band $");
        GuiTestSupport.screenshot(robot.lookup("#sizing-run").query().getScene(), "sizing-band");
    }
}
