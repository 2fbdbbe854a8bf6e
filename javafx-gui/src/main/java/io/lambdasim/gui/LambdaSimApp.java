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
        stage.setOnCloseRequest(e -> main.saveAll(stage));
        stage.show();
    }

    @Override
    public void stop() {
        if (main != null) {
            main.shutdown();
        }
    }
}
