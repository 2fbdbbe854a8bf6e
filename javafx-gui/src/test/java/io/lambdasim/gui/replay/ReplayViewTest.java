package io.lambdasim.gui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.GuiTestSupport;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.gui.ScreenFxTest;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The replay screen driven through its buttons: a run to completion, a cancelled run, a bad file. */
class ReplayViewTest extends ScreenFxTest {
    private ReplayViewModel vm;

    @Start
    void start(Stage stage) {
        ReplayScreen screen = new ReplayScreen(prefs, Platform::runLater);
        vm = screen.viewModel();
        GuiTestSupport.show(stage, screen.view());
    }

    @Test
    void runsASmallGeneratedReplayToCompletion(FxRobot robot) {
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set("poisson(2/s);duration=exp(80ms);horizon=30m;seed=7");
        });
        robot.clickOn("#replay-run");
        GuiTestSupport.waitUntil(() -> vm.outcomeProperty().get() != null, 20);
        assertThat(robot.lookup("#replay-status").queryAs(Label.class).getText()).isEqualTo("Replay: done");
        assertThat(vm.summary()).extracting(ReplayViewModel.Figure::caption).contains("Invocations", "Cold starts");
        // 2/s over 30 minutes: about 3,600 invocations (Poisson, so within a few standard deviations of 60).
        long n = Long.parseLong(vm.summary().get(0).value().replace(",", ""));
        assertThat(vm.summary().get(0).value()).contains(","); // 3,6xx: thousands separated
        assertThat(n).isBetween(3_300L, 3_900L);
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-done");
        robot.clickOn("Latency");
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-latency");
        robot.clickOn("Cost per month");
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-cost");
    }

    /** Issue 14: with a keep-alive range the tiles show each figure with its band, and so do the cost bars. */
    @Test
    void aKeepAliveRangeShowsBandsInTheTilesAndBars(FxRobot robot) {
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set("poisson(12/h);duration=exp(80ms);horizon=12h;seed=7");
            vm.inputs().set(Settings.KEEP_ALIVE, "fixed:5m..60m");
            vm.inputs().set(Settings.FREE_TIER, "no");
        });
        robot.clickOn("#replay-run");
        GuiTestSupport.waitUntil(() -> vm.outcomeProperty().get() != null || !vm.runErrorProperty().get().isEmpty(), 30);
        assertThat(vm.runErrorProperty().get()).isEmpty();
        assertThat(robot.lookup(".summary-grid .value").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("(band "));
        GuiTestSupport.assertNothingCut(robot.lookup("#replay-run").query().getScene());
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-band");
        robot.clickOn("Cost per month");
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-band-cost");
    }

    /** Issue 16: the latency objective is a form field, and a fleet that misses it is marked on screen with why. */
    @Test
    void showsWhichOptionMissesTheLatencyObjective(FxRobot robot) {
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set("constant(500ms);duration=const(1s);horizon=50s;memory=1769");
            vm.inputs().set(io.lambdasim.reports.settings.Settings.MEMORY_MB, "1769");
            vm.inputs().set(io.lambdasim.reports.settings.Settings.CPU_FRACTION, "1");
            vm.inputs().set(io.lambdasim.reports.settings.Settings.EC2, "box=0.01:1:2");
            vm.inputs().set(io.lambdasim.reports.settings.Settings.MIN_INSTANCES, "1");
            vm.inputs().set(io.lambdasim.reports.settings.Settings.MAX_INSTANCES, "1");
        });
        // The field may sit below the fold of the sidebar: typed into directly, as the user's text.
        javafx.scene.control.TextField field = robot.lookup("#latency_slo").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText("p99=2s"));
        robot.clickOn("#replay-run");
        GuiTestSupport.waitUntil(() -> vm.outcomeProperty().get() != null, 20);
        Label slo = robot.lookup("#slo").queryAs(Label.class);
        assertThat(slo.isVisible()).isTrue();
        assertThat(slo.getText()).startsWith("Latency objective p99=2s: Lambda is the cheapest option meeting it.")
                .contains("Misses it: box: response p99");
        GuiTestSupport.screenshot(robot.lookup("#replay-run").query().getScene(), "replay-slo");
    }

    @Test
    void cancelsALongReplayAndKeepsTheInputs(FxRobot robot) {
        String spec = "poisson(500/s);duration=exp(80ms);horizon=24h";
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(true);
            vm.source().generateProperty().set(spec);
        });
        robot.clickOn("#replay-run");
        GuiTestSupport.waitUntil(() -> vm.runner().progressProperty().get() > 0, 20);
        assertThat(robot.lookup("#replay-run").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#replay-cancel");
        GuiTestSupport.waitUntil(() -> !vm.runner().runningProperty().get(), 5);
        assertThat(robot.lookup("#replay-status").queryAs(Label.class).getText()).isEqualTo("Replay: cancelled");
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(vm.source().generateProperty().get()).isEqualTo(spec);
        assertThat(robot.lookup("#replay-run").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aBadTraceShowsItsWholeErrorOverTheResults(FxRobot robot) {
        Path bad = GuiTestSupport.tempFile("broken.csv", "function,start_ms,duration_ms\nf,0,100\nf,zero,100\n");
        robot.interact(() -> {
            vm.source().useGeneratorProperty().set(false);
            vm.source().traceFileProperty().set(bad.toString());
        });
        // The form says which source runs: the trace's button on, the generator's off (both were off).
        assertThat(robot.lookup(".radio-button").queryAllAs(RadioButton.class)).filteredOn(RadioButton::isSelected)
                .extracting(RadioButton::getText).containsExactly("Trace file");
        robot.clickOn("#replay-run");
        GuiTestSupport.waitUntil(() -> !vm.runErrorProperty().get().isEmpty(), 20);
        // The reader names the file and the line of the bad row.
        Label error = robot.lookup("#runError").queryAs(Label.class);
        assertThat(error.getText()).contains("broken.csv:3");
        // The whole message is on screen: inside the window, not cut at its bottom or its end.
        GuiTestSupport.assertNothingCut(error.getScene());
        assertThat(error.localToScene(error.getBoundsInLocal()).getMaxY()).isLessThan(error.getScene().getHeight());
        GuiTestSupport.screenshot(robot.lookup("#runError").query().getScene(), "replay-bad-file");
    }
}
