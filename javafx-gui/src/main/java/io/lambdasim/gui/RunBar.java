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
    public RunBar(String idPrefix, String runText, String runTip, BackgroundRunner runner, Runnable run) {
        super(6);
        Button go = new Button(runText);
        go.setId(idPrefix + "-run");
        go.getStyleClass().add("primary");
        go.setDefaultButton(true);
        go.setTooltip(new Tooltip(runTip));
        go.disableProperty().bind(runner.runningProperty());
        go.setOnAction(e -> run.run());
        Button cancel = new Button("Cancel");
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
        getChildren().addAll(row, status);
    }
}
