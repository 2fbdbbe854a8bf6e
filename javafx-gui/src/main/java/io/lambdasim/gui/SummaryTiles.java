package io.lambdasim.gui;

import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Headline figures as tiles: a big value over a small caption. */
public final class SummaryTiles<T> extends FlowPane {
    public SummaryTiles(ObservableList<T> items, BiFunction<T, Boolean, String> text) {
        super(18, 8);
        getStyleClass().add("summary-grid");
        setId("summary");
        items.addListener((ListChangeListener<T>) c -> fill(items, text));
        fill(items, text);
    }

    private void fill(List<T> items, BiFunction<T, Boolean, String> text) {
        getChildren().clear();
        for (T t : items) {
            Label v = new Label(text.apply(t, true));
            v.getStyleClass().add("value");
            Label c = new Label(text.apply(t, false));
            c.getStyleClass().add("caption");
            getChildren().add(new VBox(0, v, c));
        }
    }
}
