package io.lambdasim.gui.scenarios;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder while the library it needs lands. */
public final class ScenariosScreen implements Screen {
    private final Label view = new Label("Scenarios");

    public ScenariosScreen(AppPrefs prefs, java.util.concurrent.Executor ui) {
        view.setId("scenarios");
    }

    @Override
    public String title() {
        return "Scenarios";
    }

    @Override
    public Node view() {
        return view;
    }
}
