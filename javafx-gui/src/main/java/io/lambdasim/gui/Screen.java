package io.lambdasim.gui;

import io.lambdasim.reports.batch.ScenarioRecord;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** One tab of the window: its view (which only binds to its view model) and a way to stop its work. */
public interface Screen {
    String title();

    Node view();

    /** The screen's Run button: the default button (Enter) while the screen is shown; null when it has none. */
    default Button runButton() {
        return view() instanceof HasRunBar v ? v.runBar().runButton() : null;
    }

    /**
     * What the screen has worked out, as scenario records the report writer draws ("Save analysis as
     * HTML"): empty before a run.
     */
    default List<ScenarioRecord> analysis() {
        return List.of();
    }

    /** Stops background work at exit. */
    default void shutdown() {
    }
}
