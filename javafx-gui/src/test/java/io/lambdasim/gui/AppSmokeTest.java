package io.lambdasim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens with the four screens, break-even first, and renders at 1280×800. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {
    private final AppPrefs prefs = GuiTestSupport.scratchPrefs();

    @Start
    void start(Stage stage) {
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
        GuiTestSupport.screenshot(tabs.getScene(), "app-1280x800");
        prefs.clear();
    }
}
