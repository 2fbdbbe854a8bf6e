package io.lambdasim.gui.replay;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder while the library it needs lands. */
public final class ReplayScreen implements Screen {
    private final Label view = new Label("Trace replay");

    public ReplayScreen(AppPrefs prefs, java.util.concurrent.Executor ui) {
        view.setId("replay");
    }

    @Override
    public String title() {
        return "Trace replay";
    }

    @Override
    public Node view() {
        return view;
    }
}
