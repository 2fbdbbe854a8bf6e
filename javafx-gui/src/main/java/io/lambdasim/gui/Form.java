package io.lambdasim.gui;

import io.lambdasim.gui.form.SettingField;
import io.lambdasim.gui.form.SettingInputs;
import io.lambdasim.gui.form.SettingLabel;
import io.lambdasim.reports.settings.Setting;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A two-column input form: label, control, and under the control an inline error line that appears
 * only when its message is non-empty. Settings get their field from the one factory
 * ({@link SettingField}), their label and tooltip from the registry ({@link SettingLabel}); a label
 * names its control ({@link Label#setLabelFor}) for screen readers and mnemonics. Rows are added in
 * tab order. Labels are never cut: their column is as wide as the longest.
 */
public final class Form extends GridPane {
    private int row;
    /** The control of the last field added and its row, for {@link #besideLast}. */
    private Node lastControl;
    private int lastControlRow;

    public Form() {
        getStyleClass().add("form");
        setHgap(8);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(120);
        getColumnConstraints().addAll(labels, fields);
    }

    public void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        add(l, 0, row++, 2, 1);
    }

    /** The field of a registry setting, bound to its text in {@code inputs}, with its problem under it. */
    public SettingField setting(Setting<?> s, SettingInputs inputs) {
        SettingField f = SettingField.of(s, inputs);
        if (!f.inline()) {
            Label l = new Label(SettingLabel.of(s));
            l.setLabelFor(f.focus());
            l.setMinWidth(Region.USE_PREF_SIZE);
            add(l, 0, row);
        }
        if (f.node() instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        lastControl = f.node();
        lastControlRow = row;
        add(f.node(), 1, row++);
        add(errorLabel(inputs.problem(s)), 1, row++);
        return f;
    }

    /** A section of registry settings, each with its field. */
    public void settings(String title, java.util.List<Setting<?>> settings, SettingInputs inputs) {
        section(title);
        for (Setting<?> s : settings) {
            setting(s, inputs);
        }
    }

    public <C extends Control> C field(String label, C control, String tooltip) {
        return field(label, control, tooltip, null);
    }

    /** Adds a row; {@code error}, when given, shows under the control in red while non-empty. */
    public <C extends Control> C field(String label, C control, String tooltip, ObservableStringValue error) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMnemonicParsing(true);
        l.setMinWidth(Region.USE_PREF_SIZE);
        control.setTooltip(new Tooltip(tooltip));
        control.setAccessibleHelp(tooltip);
        control.setMaxWidth(Double.MAX_VALUE);
        add(l, 0, row);
        lastControl = control;
        lastControlRow = row;
        add(control, 1, row++);
        if (error != null) {
            add(errorLabel(error), 1, row++);
        }
        return control;
    }

    /** Puts {@code node} (a Browse button) to the right of the control of the last field. */
    public void besideLast(Node node) {
        if (lastControl != null) {
            getChildren().remove(lastControl);
            HBox.setHgrow(lastControl, Priority.ALWAYS);
            HBox box = new HBox(6, lastControl, node);
            add(box, 1, lastControlRow);
            lastControl = box;
        }
    }

    /** Any node spanning both columns (a check box, a button row). */
    public <N extends Node> N wide(N node) {
        add(node, 0, row++, 2, 1);
        return node;
    }

    /**
     * The left column of a screen: its inputs, scrolling when the window is short, and {@code pinned}
     * (the Run bar) always in view under them.
     */
    public static Region sidebar(Node content, Node pinned) {
        VBox padded = new VBox(content);
        padded.setPadding(new Insets(12, 14, 12, 12));
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        BorderPane side = new BorderPane(scroll);
        if (pinned != null) {
            BorderPane.setMargin(pinned, new Insets(8, 14, 12, 12));
            side.setBottom(pinned);
        }
        side.setPrefWidth(420);
        side.setMinWidth(380);
        side.setMaxWidth(460);
        side.getStyleClass().add("sidebar");
        return side;
    }

    public static Region sidebar(Node content) {
        return sidebar(content, null);
    }

    /** A red message line that takes no room while empty, and is never cut: it wraps. */
    public static Label errorLabel(ObservableStringValue error) {
        Label e = new Label();
        e.getStyleClass().add("field-error");
        e.textProperty().bind(error);
        e.setWrapText(true);
        e.setMinHeight(Region.USE_PREF_SIZE);
        e.visibleProperty().bind(e.textProperty().isNotEmpty());
        e.managedProperty().bind(e.visibleProperty());
        return e;
    }
}
