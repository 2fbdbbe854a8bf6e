package io.lambdasim.gui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots, throwaway preferences, waiting: shared by the TestFX tests. */
public final class GuiTestSupport {
    private GuiTestSupport() {
    }

    /** A fresh preferences node per test, so tests never see each other's (or the user's) settings. */
    public static AppPrefs scratchPrefs() {
        return new AppPrefs(Preferences.userRoot().node("/io/lambdasim/gui-test/" + UUID.randomUUID()));
    }

    /** Saves the whole scene under target*&#47;screenshots/NAME.png (the build directory surefire passes). */
    public static File screenshot(Scene scene, String name) {
        File dir = new File(System.getProperty("lambdasim.screenshots", "target/screenshots"));
        dir.mkdirs();
        File f = new File(dir, name + ".png");
        WritableImage[] img = new WritableImage[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> img[0] = scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", f);
            String docs = System.getProperty("lambdasim.docsDir");
            java.util.regex.Matcher doc = java.util.regex.Pattern.compile("(gui-(breakeven|replay|sizing|scenarios))-1280x800")
                    .matcher(name);
            if (docs != null && !docs.isBlank() && doc.matches()) {
                // The README's copies (docs/gui-breakeven.png ...: each screen with results at 1280x800),
                // regenerated on request only: fonts differ by machine.
                java.nio.file.Files.copy(f.toPath(), new File(docs, doc.group(1) + ".png").toPath(),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
        return f;
    }

    /** Shows one screen's view in the stage at 1280×800 with the app's stylesheet. */
    public static void show(javafx.stage.Stage stage, javafx.scene.Node view) {
        Scene scene = new Scene((javafx.scene.Parent) view, 1280, 800);
        scene.getStylesheets().add(MainView.class.getResource("lambdasim.css").toExternalForm());
        stage.setScene(scene);
        // TestFX reuses one stage across tests: undo any earlier test's resize.
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    /**
     * Fails naming every visible label, button, check box and column header whose text the layout cut
     * ("Memory (...", "p99 laten...") or that sticks out of the window or touches its edge. Cells of
     * tables and lists are left out: a long value there is the table's to scroll.
     */
    public static void assertNothingCut(Scene scene) {
        List<String> cut = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                collectCut(scene.getRoot(), scene, cut);
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!cut.isEmpty()) {
            throw new AssertionError("cut or outside the window at " + (int) scene.getWidth() + "x" + (int) scene.getHeight()
                    + ":\n  " + String.join("\n  ", cut));
        }
    }

    private static void collectCut(Node n, Scene scene, List<String> out) {
        if (!n.isVisible() || n instanceof IndexedCell || n.getStyleClass().contains("chart")) {
            return;
        }
        if (n instanceof javafx.scene.control.TableView<?> table && table.getWidth() > 0) {
            // Columns wider than the table with no horizontal scroll bar: the last ones are cut off.
            double sum = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            boolean scrolls = false;
            double vbar = 0;
            for (Node b : table.lookupAll(".scroll-bar")) {
                if (b instanceof javafx.scene.control.ScrollBar sb && sb.isVisible()) {
                    if (sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                        scrolls = true;
                    } else {
                        vbar = sb.getWidth();
                    }
                }
            }
            if (!scrolls && sum > table.getWidth() - vbar + 1) {
                out.add("table " + table.getId() + ": columns " + (int) sum + " px wide in " + (int) table.getWidth() + " px");
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText().replace("_", ""))
                    && !t.getText().equals(l.getText())) {
                out.add("'" + l.getText() + "' shown as '" + t.getText() + "'");
            }
            Bounds b = l.localToScene(l.getBoundsInLocal());
            boolean clippedByTable = hasAncestor(l, "table-view") || hasAncestor(l, "list-view") || hasAncestor(l, "tab-header-area");
            if (!clippedByTable && b.getWidth() > 0 && (b.getMinX() < 2 || b.getMaxX() > scene.getWidth() - 1)) {
                out.add("'" + l.getText() + "' at x " + (int) b.getMinX() + ".." + (int) b.getMaxX());
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCut(c, scene, out);
            }
        }
    }

    private static boolean hasAncestor(Node n, String styleClass) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** The visible red error lines of a scene: none should show before the user did anything. */
    public static List<String> visibleErrors(Scene scene) {
        List<String> out = new ArrayList<>();
        for (Node n : scene.getRoot().lookupAll(".field-error")) {
            if (n instanceof Label l && NodeVisible.isTreeVisible(l) && !l.getText().isBlank()) {
                out.add(l.getText());
            }
        }
        return out;
    }

    /** Visible all the way up (a label in a hidden tab is not on screen). */
    static final class NodeVisible {
        static boolean isTreeVisible(Node n) {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }
    }

    public static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Polls without the toolkit (view-model tests). */
    public static void waitUntilPlain(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static Path tempFile(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("lambdasim-gui");
            Path f = dir.resolve(name);
            Files.writeString(f, content);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
