package io.lambdasim.gui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;

/**
 * Settings remembered between runs, in {@link Preferences}. A property bound here is loaded once and
 * saved on every change, so a crash loses nothing the user typed. Works without the JavaFX toolkit.
 */
public final class AppPrefs {
    private static final int RECENT_FILES = 8;
    private final Preferences node;

    public AppPrefs(Preferences node) {
        this.node = node;
    }

    /** A child node per screen, so keys stay short and screens cannot collide. */
    public AppPrefs child(String name) {
        return new AppPrefs(node.node(name));
    }

    public void bind(String key, StringProperty p) {
        String v = node.get(key, null);
        if (v != null) {
            p.set(v);
        }
        put(key, p.get());
        p.addListener((o, a, b) -> put(key, b));
    }

    public void bind(String key, DoubleProperty p) {
        p.set(node.getDouble(key, p.get()));
        node.putDouble(key, p.get());
        p.addListener((o, a, b) -> node.putDouble(key, b.doubleValue()));
    }

    public void bind(String key, IntegerProperty p) {
        p.set(node.getInt(key, p.get()));
        node.putInt(key, p.get());
        p.addListener((o, a, b) -> node.putInt(key, b.intValue()));
    }

    public void bind(String key, BooleanProperty p) {
        p.set(node.getBoolean(key, p.get()));
        node.putBoolean(key, p.get());
        p.addListener((o, a, b) -> node.putBoolean(key, b));
    }

    /** For properties of other types (enums, lists) given a text form both ways. */
    public <T> void bind(String key, Property<T> p, java.util.function.Function<T, String> toText,
                         java.util.function.Function<String, T> fromText) {
        String v = node.get(key, null);
        if (v != null) {
            try {
                p.setValue(fromText.apply(v));
            } catch (RuntimeException stale) {
                // A value saved by an older version that no longer parses: keep the default.
            }
        }
        p.addListener((o, a, b) -> put(key, b == null ? null : toText.apply(b)));
    }

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    /** Most recent first, only files that still exist. */
    public List<File> recentFiles(String key) {
        List<File> out = new ArrayList<>();
        for (String s : node.get(key, "").split("\n")) {
            if (!s.isBlank() && new File(s).exists()) {
                out.add(new File(s));
            }
        }
        return out;
    }

    public void addRecentFile(String key, File f) {
        List<String> paths = new ArrayList<>();
        paths.add(f.getAbsolutePath());
        for (File old : recentFiles(key)) {
            if (!old.getAbsolutePath().equals(f.getAbsolutePath()) && paths.size() < RECENT_FILES) {
                paths.add(old.getAbsolutePath());
            }
        }
        node.put(key, String.join("\n", paths));
    }

    /** True the first time the app starts with these settings (then it opens on the bundled example). */
    public boolean firstStart() {
        boolean first = node.get("started", null) == null;
        node.put("started", "yes");
        return first;
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1280);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 800);
    }

    /** Where the window was, or NaN the first time (then the system places it). */
    public double windowX() {
        return node.getDouble("window.x", Double.NaN);
    }

    public double windowY() {
        return node.getDouble("window.y", Double.NaN);
    }

    public boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    /** Remembers size, place and whether the window was maximized (then not the maximized size). */
    public void saveWindow(javafx.stage.Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // Nothing to tell the user at exit; the values stay in memory for this run.
        }
    }

    /** Deletes everything under this node (tests). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException ignored) {
            // Best effort.
        }
    }
}
