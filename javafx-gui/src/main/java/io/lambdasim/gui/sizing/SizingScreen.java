package io.lambdasim.gui.sizing;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder while the library it needs lands. */
public final class SizingScreen implements Screen {
    private final Label view = new Label("Memory sizing");

    public SizingScreen(AppPrefs prefs, java.util.concurrent.Executor ui) {
        view.setId("sizing");
    }

    @Override
    public String title() {
        return "Memory sizing";
    }

    @Override
    public Node view() {
        return view;
    }
}
