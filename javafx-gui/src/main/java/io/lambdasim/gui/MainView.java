package io.lambdasim.gui;

import io.lambdasim.gui.breakeven.BreakevenScreen;
import io.lambdasim.gui.replay.ReplayScreen;
import io.lambdasim.gui.scenarios.ScenariosScreen;
import io.lambdasim.gui.sizing.SizingScreen;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** The window's content: the four screens as tabs, break-even first. */
public final class MainView {
    private final AppPrefs prefs;
    private final List<Screen> screens;
    private final TabPane tabs = new TabPane();

    public MainView(AppPrefs prefs, Stage stage) {
        this.prefs = prefs;
        this.screens = List.of(
                new BreakevenScreen(prefs.child("breakeven")),
                new ReplayScreen(prefs.child("replay"), Platform::runLater),
                new SizingScreen(prefs.child("sizing"), Platform::runLater),
                new ScenariosScreen(prefs.child("scenarios"), Platform::runLater));
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Screen s : screens) {
            Tab t = new Tab(s.title(), s.view());
            t.setId("tab-" + Objects.requireNonNull(s.view().getId()));
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().select(Integer.parseInt(prefs.get("tab", "0")) % screens.size());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> prefs.put("tab", b.toString()));
    }

    public Parent root() {
        return tabs;
    }

    public static Scene scene(MainView main, double width, double height) {
        Scene scene = new Scene(main.root(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("lambdasim.css")).toExternalForm());
        return scene;
    }

    public void saveAll(Stage stage) {
        prefs.saveWindow(stage.getWidth(), stage.getHeight());
        prefs.flush();
    }

    public void shutdown() {
        screens.forEach(Screen::shutdown);
        prefs.flush();
    }
}
