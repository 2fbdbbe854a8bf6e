package io.lambdasim.gui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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
