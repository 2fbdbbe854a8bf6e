package io.lambdasim.gui;

import io.lambdasim.gui.breakeven.BreakevenScreen;
import io.lambdasim.gui.replay.ReplayScreen;
import io.lambdasim.gui.scenarios.ScenariosScreen;
import io.lambdasim.gui.sizing.SizingScreen;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.html.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's content: a menu bar and the four screens as tabs, break-even first. Every action has a
 * keyboard path: the menus (F10, or Alt and the underlined letter), Ctrl+1..4 for the screens, Ctrl+R
 * or Enter for the shown screen's Run (its default button), Esc for Cancel, Ctrl+S to save the whole
 * analysis as the report page.
 */
public final class MainView {
    private final AppPrefs prefs;
    private final List<Screen> screens;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private final Stage stage;

    public MainView(AppPrefs prefs, Stage stage) {
        this.prefs = prefs;
        this.stage = stage;
        boolean first = prefs.firstStart();
        this.screens = List.of(
                new BreakevenScreen(prefs.child("breakeven"), first ? Example.hint() : ""),
                new ReplayScreen(prefs.child("replay"), Platform::runLater),
                new SizingScreen(prefs.child("sizing"), Platform::runLater),
                new ScenariosScreen(prefs.child("scenarios"), Platform::runLater));
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Screen s : screens) {
            Tab t = new Tab(s.title(), s.view());
            t.setId("tab-" + Objects.requireNonNull(s.view().getId()));
            tabs.getTabs().add(t);
            // Enter runs the screen in view only: one default (and one cancel) button per window at a time.
            Button run = s.runButton();
            if (run != null) {
                run.defaultButtonProperty().bind(t.selectedProperty());
            }
        }
        tabs.getSelectionModel().select(Integer.parseInt(prefs.get("tab", "0")) % screens.size());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> prefs.put("tab", b.toString()));
        root.setTop(menus());
        root.setCenter(tabs);
    }

    public List<Screen> screens() {
        return screens;
    }

    public TabPane tabs() {
        return tabs;
    }

    private MenuBar menus() {
        MenuItem save = item("_Save analysis as HTML…", "Shortcut+S", "save-analysis", this::saveAnalysis);
        MenuItem quit = item("_Quit", "Shortcut+Q", "quit", () -> {
            saveAll();
            Platform.exit();
        });
        Menu file = new Menu("_File", null, save, new SeparatorMenuItem(), quit);
        Menu view = new Menu("_Screen");
        for (int i = 0; i < screens.size(); i++) {
            int k = i;
            view.getItems().add(item(screens.get(i).title(), "Shortcut+" + (i + 1), "show-" + i,
                    () -> tabs.getSelectionModel().select(k)));
        }
        MenuItem run = item("_Run this screen", "Shortcut+R", "run-screen", () -> {
            Button b = screens.get(tabs.getSelectionModel().getSelectedIndex()).runButton();
            if (b != null && !b.isDisabled()) {
                b.fire();
            }
        });
        Menu actions = new Menu("_Run", null, run);
        MenuBar bar = new MenuBar(file, view, actions);
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String text, String keys, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setMnemonicParsing(true);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Everything worked out on every screen, as the report writer draws it. Each screen numbers its
     * records from 1; here they are numbered one after the other, so no two screens' rows merge.
     */
    public List<ScenarioRecord> analysis() {
        List<ScenarioRecord> out = new ArrayList<>();
        int rowBase = 0;
        for (Screen s : screens) {
            int maxRow = 0;
            for (ScenarioRecord r : s.analysis()) {
                out.add(new ScenarioRecord(out.size(), rowBase + r.row(), r.name(), r.settings(), r.status(), r.message(),
                        r.outcome()));
                maxRow = Math.max(maxRow, r.row());
            }
            rowBase += maxRow;
        }
        return out;
    }

    /** Writes the analysis to {@code file} as the batch report's self-contained page. */
    public void saveAnalysis(Path file) throws IOException {
        List<ScenarioRecord> records = analysis();
        if (records.isEmpty()) {
            throw new IllegalStateException("nothing to save yet: change an input or run a screen first");
        }
        String page = ReportWriter.page(records, "lambdasim analysis");
        SafeFiles.write(file, page.getBytes(StandardCharsets.UTF_8));
    }

    private void saveAnalysis() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the analysis as one HTML page");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
        fc.setInitialFileName("lambdasim-analysis.html");
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            saveAnalysis(f.toPath());
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Could not save the analysis");
            alert.initOwner(stage);
            alert.show();
        }
    }

    public BorderPane root() {
        return root;
    }

    public static Scene scene(MainView main, double width, double height) {
        Scene scene = new Scene(main.root(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("lambdasim.css")).toExternalForm());
        return scene;
    }

    /** Remembers the window's size, place and state, and every input. */
    public void saveAll() {
        prefs.saveWindow(stage);
        prefs.flush();
    }

    public void shutdown() {
        screens.forEach(Screen::shutdown);
        prefs.flush();
    }
}
