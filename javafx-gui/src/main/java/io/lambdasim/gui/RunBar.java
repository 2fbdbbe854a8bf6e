package io.lambdasim.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Run and Cancel, a progress bar and a status line, bound to a {@link BackgroundRunner}. */
public final class RunBar extends VBox {
    private final Button go;
    private final Button cancel;

    public RunBar(String idPrefix, String runText, String runTip, BackgroundRunner runner, Runnable run) {
        super(6);
        go = new Button(runText);
        go.setId(idPrefix + "-run");
        go.getStyleClass().add("primary");
        go.setTooltip(new Tooltip(runTip));
        go.setDefaultButton(true); // the window keeps it so only while this screen is shown
        go.disableProperty().bind(runner.runningProperty());
        go.setOnAction(e -> run.run());
        cancel = new Button("Cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.setCancelButton(true);
        cancel.setTooltip(new Tooltip("Stop the run (Esc); inputs and earlier results stay"));
        cancel.disableProperty().bind(runner.runningProperty().not());
        cancel.setOnAction(e -> runner.cancel());
        ProgressBar bar = new ProgressBar(0);
        bar.setId(idPrefix + "-progress");
        bar.progressProperty().bind(runner.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox row = new HBox(8, go, cancel, bar);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId(idPrefix + "-status");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(runner.messageProperty());
        status.setWrapText(true);
        getChildren().addAll(row, status);
    }

    /** The Run button: the window makes it the default button (Enter) of the screen on show. */
    public Button runButton() {
        return go;
    }

    /** Cancel: the cancel button (Esc) of the screen while it is shown. */
    public Button cancelButton() {
        return cancel;
    }
}
