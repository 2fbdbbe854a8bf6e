package io.lambdasim.gui;

import javafx.scene.Node;

/** One tab of the window: its view (which only binds to its view model) and a way to stop its work. */
public interface Screen {
    String title();

    Node view();

    /** Stops background work at exit. */
    default void shutdown() {
    }
}
