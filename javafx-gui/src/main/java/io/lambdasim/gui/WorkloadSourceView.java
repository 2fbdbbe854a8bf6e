package io.lambdasim.gui;

import io.lambdasim.traces.TraceFormat;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/** The form rows for a {@link WorkloadSource}: trace or generator, path with Browse and drop, format, spec. */
public final class WorkloadSourceView {
    private WorkloadSourceView() {
    }

    public static void addTo(Form form, WorkloadSource src, Consumer<File> recent,
                             java.util.function.Supplier<List<File>> recentFiles) {
        ToggleGroup group = new ToggleGroup();
        RadioButton fromTrace = new RadioButton("Trace file");
        fromTrace.setId("fromTrace");
        fromTrace.setToggleGroup(group);
        RadioButton fromSpec = new RadioButton("Generator");
        fromSpec.setId("fromGenerator");
        fromSpec.setToggleGroup(group);
        fromTrace.setTooltip(new Tooltip("Replay a recorded trace: lambdasim CSV, Azure 2019/2021, CloudWatch REPORT logs"));
        fromSpec.setTooltip(new Tooltip("Generate a synthetic workload from a spec"));
        (src.useGeneratorProperty().get() ? fromSpec : fromTrace).setSelected(true);
        fromSpec.selectedProperty().bindBidirectional(src.useGeneratorProperty());
        // A toggle group never selects the other button by itself: leaving the generator selects the trace.
        src.useGeneratorProperty().addListener((o, a, generator) -> fromTrace.setSelected(!generator));
        form.wide(new HBox(16, fromTrace, fromSpec));

        TextField path = new TextField();
        path.setId("traceFile");
        path.setPromptText("Drop a trace here");
        path.setTooltip(new Tooltip("Path of the trace file (.gz/.xz/.zst too); drag and drop works here"));
        path.textProperty().bindBidirectional(src.traceFileProperty());
        Button browse = new Button("Browse…");
        browse.setTooltip(new Tooltip("Choose a trace file in any format lambdasim reads"));
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a trace");
            File f = fc.showOpenDialog(form.getScene().getWindow());
            if (f != null) {
                src.traceFileProperty().set(f.getAbsolutePath());
                recent.accept(f);
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        javafx.scene.control.MenuButton last = new javafx.scene.control.MenuButton("Recent");
        last.setTooltip(new Tooltip("Traces opened before (kept between runs)"));
        last.setOnShowing(e -> {
            last.getItems().clear();
            for (File f : recentFiles.get()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(f.getAbsolutePath());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> src.traceFileProperty().set(f.getAbsolutePath()));
                last.getItems().add(item);
            }
            if (last.getItems().isEmpty()) {
                javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem("(none yet)");
                none.setDisable(true);
                last.getItems().add(none);
            }
        });
        HBox row = new HBox(6, path, browse, last);
        row.getStyleClass().add("drop-target");
        FileDrop.install(row, f -> {
            src.useGeneratorProperty().set(false);
            src.traceFileProperty().set(f.getAbsolutePath());
            recent.accept(f);
        });
        row.disableProperty().bind(src.useGeneratorProperty());
        form.wide(row);

        List<String> formats = new ArrayList<>();
        formats.add("");
        for (TraceFormat t : TraceFormat.values()) {
            formats.add(t.id());
        }
        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList(formats));
        format.setId("format");
        format.setPromptText("auto-detect");
        format.valueProperty().bindBidirectional(src.formatProperty());
        format.disableProperty().bind(src.useGeneratorProperty());
        form.field("_Format", format, "Trace format; leave empty to detect it from the file's content");
        TextField spec = new TextField();
        spec.setId("generate");
        spec.textProperty().bindBidirectional(src.generateProperty());
        spec.disableProperty().bind(src.useGeneratorProperty().not());
        form.field("_Generator", spec, "Generator spec, e.g. poisson(5/s);duration=exp(80ms);horizon=1h "
                + "(arrivals per second, durations in ms, horizon up to days)");
        Label info = new Label();
        info.getStyleClass().add("status-line");
        info.textProperty().bind(src.infoProperty());
        info.setWrapText(true);
        form.wide(info);
        Label err = Form.errorLabel(src.errorProperty());
        err.setId("sourceError");
        form.wide(err);
    }
}
