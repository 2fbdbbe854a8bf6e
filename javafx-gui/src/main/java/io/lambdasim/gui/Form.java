package io.lambdasim.gui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column input form: label, control, and under the control an inline error line that appears
 * only when its message is non-empty. Every input gets a tooltip naming its unit and range, and its
 * label is its accessible name ({@link Label#setLabelFor}), so screen readers and Alt-mnemonics work.
 * Rows are added in tab order.
 */
public final class Form extends GridPane {
    private int row;

    public Form() {
        getStyleClass().add("form");
        setHgap(8);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(135);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    public void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        add(l, 0, row++, 2, 1);
    }

    public <C extends Control> C field(String label, C control, String tooltip) {
        return field(label, control, tooltip, null);
    }

    /** Adds a row; {@code error}, when given, shows under the control in red while non-empty. */
    public <C extends Control> C field(String label, C control, String tooltip, ObservableStringValue error) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMnemonicParsing(true);
        control.setTooltip(new Tooltip(tooltip));
        control.setAccessibleHelp(tooltip);
        control.setMaxWidth(Double.MAX_VALUE);
        add(l, 0, row);
        add(control, 1, row++);
        if (error != null) {
            add(errorLabel(error), 1, row++);
        }
        return control;
    }

    /** Puts {@code node} (a Browse button) to the right of the control of the last row. */
    public void besideLast(Node node) {
        Node last = null;
        for (Node n : getChildren()) {
            Integer r = getRowIndex(n);
            Integer c = getColumnIndex(n);
            if (r != null && r == row - 1 && c != null && c == 1) {
                last = n;
            }
        }
        if (last != null) {
            getChildren().remove(last);
            javafx.scene.layout.HBox.setHgrow(last, Priority.ALWAYS);
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, last, node);
            add(box, 1, row - 1);
        }
    }

    /** Any node spanning both columns (a check box, a button row). */
    public <N extends Node> N wide(N node) {
        add(node, 0, row++, 2, 1);
        return node;
    }

    /** The left column of a screen: its inputs, scrolling when the window is short. */
    public static javafx.scene.control.ScrollPane sidebar(Node content) {
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(content);
        side.setFitToWidth(true);
        side.setPrefWidth(400);
        side.setMinWidth(360);
        side.getStyleClass().add("sidebar");
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        return side;
    }

    /** A red message line that takes no room while empty. */
    public static Label errorLabel(ObservableStringValue error) {
        Label e = new Label();
        e.getStyleClass().add("field-error");
        e.textProperty().bind(error);
        e.setWrapText(true);
        e.visibleProperty().bind(e.textProperty().isNotEmpty());
        e.managedProperty().bind(e.visibleProperty());
        return e;
    }
}
