package io.lambdasim.gui;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: one window, four screens, settings remembered between runs. */
public final class LambdaSimApp extends Application {
    /** Where settings live; tests pass their own node so they never touch the user's. */
    static final String PREFS_NODE = "/io/lambdasim/gui";

    private MainView main;

    @Override
    public void start(Stage stage) {
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node(PREFS_NODE));
        main = new MainView(prefs, stage);
        Scene scene = MainView.scene(main, prefs.windowWidth(), prefs.windowHeight());
        stage.setTitle("lambdasim: Lambda vs EC2");
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        placeOnScreen(stage, prefs);
        stage.setMaximized(prefs.windowMaximized());
        stage.setOnCloseRequest(e -> main.saveAll());
        stage.show();
    }

    /** Back where it was, if that place is still on a screen (a monitor may have gone since). */
    private static void placeOnScreen(Stage stage, AppPrefs prefs) {
        double x = prefs.windowX();
        double y = prefs.windowY();
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            main.shutdown();
        }
    }
}
