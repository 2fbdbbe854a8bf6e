package io.lambdasim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.gui.chart.ChartPane;
import io.lambdasim.gui.replay.ReplayScreen;
import io.lambdasim.gui.replay.ReplayViewModel;
import io.lambdasim.gui.scenarios.ScenariosScreen;
import io.lambdasim.gui.sizing.SizingScreen;
import io.lambdasim.reports.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole window as a new user meets it, driven from the keyboard: the first start on the bundled
 * example, every screen before and after a real run, at 1280×800 and at 1920×1080. Writes the
 * screenshots the documentation shows (target/screenshots/gui-*.png; with -Dlambdasim.docsDir=DIR also
 * into DIR) and checks on each that nothing is cut or outside the window and that no red text shows
 * before the user did anything.
 */
class AppSmokeTest extends ScreenFxTest {
    private static final String SCENARIOS = "name,generate,memory_mb,arch,ec2\n"
            + "defaults,,,,t4g.small;m7g.large\n"
            + "web-api,diurnal(0.3/s..6/s);duration=const(50ms);horizon=6h;memory=512,256|512|1024,,\n"
            + "queue-worker,\"bursty(0.2/s,40/s,45s,20m);duration=lognormal(120ms,900ms);horizon=6h;memory=1024\",1024,arm64,\n";

    private Stage stage;
    private MainView main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = new MainView(prefs, stage);
        stage.setScene(MainView.scene(main, 1280, 800));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void everyScreenOnItsFirstStartThenWithRealResultsAtBothSizes(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#screens").queryAs(TabPane.class);
        Scene scene = tabs.getScene();
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .containsExactly("Break-even", "Trace replay", "Memory sizing", "Scenarios");
        // First start: the break-even explorer on the bundled example, with its one-line hint.
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#hint").queryAs(Label.class).getText()).isEqualTo(Example.hint());
        assertThat(robot.lookup("#readout").queryAs(Label.class).getText()).contains("requests/month");
        // Before anything is done: no red text and nothing cut on any screen; charts show a hint, not empty axes.
        for (int i = 0; i < 4; i++) {
            int k = i;
            robot.interact(() -> tabs.getSelectionModel().select(k));
            assertThat(GuiTestSupport.visibleErrors(scene)).as("red text on %s at start", tabs.getTabs().get(i).getText())
                    .isEmpty();
            GuiTestSupport.assertNothingCut(scene);
        }
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ChartPane timeline = robot.lookup("#timeline-chart").queryAs(ChartPane.class);
        assertThat(timeline.lookup(".chart-hint")).isNotNull();
        assertThat(timeline.lookup(".chart-hint").isVisible()).isTrue();
        assertThat(timeline.lookupAll(".axis")).isEmpty();
        GuiTestSupport.screenshot(scene, "gui-replay-before-run-1280x800");

        // Replay: Ctrl+2 shows it, Enter runs it (its Run is the default button while it is shown).
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        ReplayScreen replay = (ReplayScreen) main.screens().get(1);
        // The third option on both comparison screens, so the screenshots show it beside Lambda and EC2.
        robot.interact(() -> {
            replay.viewModel().inputs().set(Settings.LMI_INSTANCE, "m7g.large");
            // and a latency objective, so the replay's screenshot shows which options meet it (issue 16)
            replay.viewModel().inputs().set(Settings.LATENCY_SLO, "p99=300ms");
            ((io.lambdasim.gui.breakeven.BreakevenScreen) main.screens().get(0)).viewModel().set(Settings.LMI_INSTANCE, "m7g.large");
        });
        robot.type(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> replay.viewModel().outcomeProperty().get() != null
                || !replay.viewModel().runErrorProperty().get().isEmpty(), 60);
        assertThat(replay.viewModel().runErrorProperty().get()).isEmpty();
        assertThat(replay.viewModel().summary()).extracting(ReplayViewModel.Figure::caption).contains("Managed Instances");

        // Sizing: both architectures, so the chart carries its note on the shared duration model.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        SizingScreen sizing = (SizingScreen) main.screens().get(2);
        robot.interact(() -> {
            sizing.viewModel().inputs().set(Settings.ARCHES, "x86_64,arm64");
            sizing.viewModel().inputs().set(Settings.MEMORY_SIZES, "128,256,512,1024,1769,3008");
        });
        robot.push(KeyCode.CONTROL, KeyCode.R);
        GuiTestSupport.waitUntil(() -> sizing.viewModel().resultProperty().get() != null
                || !sizing.viewModel().runErrorProperty().get().isEmpty(), 90);
        assertThat(sizing.viewModel().runErrorProperty().get()).isEmpty();

        // Scenarios: a small file with a defaults row and a memory sweep, run with Enter.
        Path file = GuiTestSupport.tempFile("scenarios.csv", SCENARIOS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        ScenariosScreen scenarios = (ScenariosScreen) main.screens().get(3);
        robot.interact(() -> scenarios.viewModel().open(file));
        robot.type(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> !scenarios.viewModel().resultHeader().isEmpty()
                || !scenarios.viewModel().errorProperty().get().isEmpty(), 120);
        assertThat(scenarios.viewModel().errorProperty().get()).isEmpty();
        assertThat(scenarios.viewModel().rows()).extracting(r -> r.statusProperty().get())
                .containsExactly("defaults for every row", "ok", "ok");

        String[] names = {"gui-breakeven", "gui-replay", "gui-sizing", "gui-scenarios"};
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (int i = 0; i < 4; i++) {
                int k = i;
                robot.interact(() -> tabs.getSelectionModel().select(k));
                GuiTestSupport.assertNothingCut(scene);
                GuiTestSupport.screenshot(scene, names[i] + "-" + size[0] + "x" + size[1]);
            }
        }
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("Latency");
        GuiTestSupport.screenshot(scene, "gui-replay-latency-1920x1080");

        // The whole analysis as the batch report's page: a section per screen that has an answer.
        Path page = Files.createTempDirectory("analysis").resolve("analysis.html");
        robot.interact(() -> {
            try {
                main.saveAnalysis(page);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String html = Files.readString(page);
        assertThat(html).contains("<h2>Break-even explorer</h2>", "<h2>Trace replay: generated workload</h2>",
                "<h2>Memory sizing</h2>", "<h2>web-api</h2>", "<h2>queue-worker</h2>", "data:image/png;base64,");
        assertThat(List.of(html.split("<img ")).size() - 1).isGreaterThanOrEqualTo(8);
    }
}
