package io.lambdasim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The whole window on the library's real prices: four screens, break-even first, at both sizes. */
class AppSmokeTest extends ScreenFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainView main = new MainView(prefs, stage);
        stage.setScene(MainView.scene(main, 1280, 800));
        stage.show();
    }

    @Test
    void opensWithFourScreensBreakevenFirst(FxRobot robot) {
        TabPane tabs = robot.lookup("#screens").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .containsExactly("Break-even", "Trace replay", "Memory sizing", "Scenarios");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        // The default inputs (512 MB, 200 ms, three EC2 types) give a readout on the bundled price book.
        assertThat(robot.lookup("#readout").queryAs(Label.class).getText()).contains("requests/month");
        GuiTestSupport.screenshot(tabs.getScene(), "app-1280x800");
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        GuiTestSupport.screenshot(tabs.getScene(), "app-1920x1080");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        GuiTestSupport.screenshot(tabs.getScene(), "app-replay-1280x800-empty");
    }
}
