package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder while the library it needs lands. */
public final class BreakevenScreen implements Screen {
    private final Label view = new Label("Break-even");

    public BreakevenScreen(AppPrefs prefs) {
        view.setId("breakeven");
    }

    @Override
    public String title() {
        return "Break-even";
    }

    @Override
    public Node view() {
        return view;
    }
}
