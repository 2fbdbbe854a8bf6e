package io.lambdasim.gui.scenarios;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.HasRunBar;
import io.lambdasim.gui.Figures;
import io.lambdasim.gui.RunBar;
import io.lambdasim.gui.Tables;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** Scenarios: the scenario file as an editable table, the batch run with per-row progress, the results. */
public final class ScenariosView extends BorderPane implements HasRunBar {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final ScenariosViewModel vm;
    private final RunBar run;

    public ScenariosView(ScenariosViewModel vm, Consumer<File> recent) {
        this.vm = vm;
        setId("scenarios");
        Button open = button("_Open…", "open", "Open a scenario CSV (see examples/scenarios.csv)", () -> {
            FileChooser fc = csvChooser("Open a scenario file");
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null && vm.open(f.toPath())) {
                recent.accept(f);
            }
        });
        Button save = button("_Save", "save", "Save the table back to the scenario file", () -> guard(() ->
                vm.save(Path.of(vm.fileProperty().get()))));
        save.disableProperty().bind(vm.fileProperty().isEmpty());
        Button add = button("_Add row", "add-row", "Add a scenario row (edit its cells in the table)", vm::addRow);
        TextField out = new TextField();
        out.setId("outDir");
        out.textProperty().bindBidirectional(vm.outDirProperty());
        out.setTooltip(new Tooltip("Folder for results.csv, the charts and report.html (created when missing)"));
        out.setPromptText("output folder");
        HBox.setHgrow(out, Priority.ALWAYS);
        Button outBrowse = button("Browse…", "out-browse", "Choose the output folder", () -> {
            File d = new DirectoryChooser().showDialog(getScene().getWindow());
            if (d != null) {
                vm.outDirProperty().set(d.getAbsolutePath());
            }
        });
        Button export = button("_Export results.csv…", "export", "Save a copy of results.csv", () -> {
            FileChooser fc = csvChooser("Export results");
            fc.setInitialFileName("results.csv");
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                guard(() -> vm.exportResults(f.toPath()));
            }
        });
        Button report = button("HTML _report", "report", "Write report.html (charts embedded) into the output folder",
                () -> guard(() -> info("Report written", vm.writeReport().toString())));
        export.disableProperty().bind(vm.resultsCsvProperty().isNull());
        report.disableProperty().bind(vm.resultsCsvProperty().isNull());
        Label outLabel = new Label("Output:");
        outLabel.setLabelFor(out);
        HBox tools = new HBox(8, open, save, add, outLabel, out, outBrowse, export, report);
        tools.setAlignment(Pos.CENTER_LEFT);
        run = new RunBar("batch", "_Run batch", "Run every scenario in the background, on all cores",
                vm.runner(), vm::run);
        Label file = new Label();
        file.textProperty().bind(vm.summaryProperty());
        file.getStyleClass().add("status-line");
        Label err = Form.errorLabel(vm.errorProperty());
        err.setId("scenariosError");
        VBox top = new VBox(8, tools, run, file, err);
        top.getStyleClass().add("content");
        setTop(top);

        TableView<ScenarioRow> table = new TableView<>(vm.rows());
        table.setId("scenario-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("Open a scenario CSV (Ctrl+O): one scenario per row, its columns the settings "
                + "of 'lambdasim batch' (docs/settings.md); examples/scenarios.csv is one."));
        vm.header().addListener((ListChangeListener<String>) c -> columns(table));
        columns(table);
        TableView<List<String>> results = new TableView<>(vm.results());
        results.setId("results-table");
        results.setPlaceholder(new Label("Results appear here when the batch has run"));
        vm.resultHeader().addListener((ListChangeListener<String>) c -> resultColumns(results));
        SplitPane split = new SplitPane(table, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane.setMargin(split, new javafx.geometry.Insets(0, 12, 12, 12));
        setCenter(split);
    }

    @Override
    public RunBar runBar() {
        return run;
    }

    private void columns(TableView<ScenarioRow> table) {
        table.getColumns().clear();
        TableColumn<ScenarioRow, Double> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(c -> c.getValue().progressProperty().asObject());
        progress.setCellFactory(ProgressBarTableCell.forTableColumn());
        progress.setPrefWidth(110);
        TableColumn<ScenarioRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusProperty());
        status.setPrefWidth(160);
        // An error does not fit a cell: the whole message is its tooltip.
        status.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 24 ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(progress);
        table.getColumns().add(status);
        for (int i = 0; i < vm.header().size(); i++) {
            final int col = i;
            String key = vm.header().get(i);
            TableColumn<ScenarioRow, String> c = new TableColumn<>();
            c.setGraphic(header(Figures.caption(key.trim()), key.trim()));
            c.setCellValueFactory(x -> javafx.beans.binding.Bindings.stringValueAt(x.getValue().cells(), col));
            c.setCellFactory(x -> new CheckedCell(col));
            c.setOnEditCommit(e -> vm.edit(e.getRowValue(), col, e.getNewValue()));
            double widest = Math.max(Tables.textWidth(Figures.caption(key.trim())), Tables.textWidth(key)) + 26;
            for (ScenarioRow r : vm.rows()) {
                widest = Math.max(widest, 7 * Math.min(48, r.cell(col).length()) + 24);
            }
            c.setMinWidth(Math.max(Tables.textWidth(Figures.caption(key.trim())), Tables.textWidth(key)) + 26);
            c.setPrefWidth(widest);
            table.getColumns().add(c);
        }
    }

    private void resultColumns(TableView<List<String>> results) {
        results.getColumns().clear();
        for (int i = 0; i < vm.resultHeader().size(); i++) {
            final int col = i;
            String key = vm.resultHeader().get(i);
            TableColumn<List<String>, String> c = new TableColumn<>(Figures.caption(key));
            c.setCellValueFactory(x -> new ReadOnlyStringWrapper(
                    Figures.value(key, col < x.getValue().size() ? x.getValue().get(col) : "")));
            double widest = Tables.textWidth(Figures.caption(key)) + 26;
            for (List<String> r : vm.results()) {
                widest = Math.max(widest, 7 * Math.min(40, Figures.value(key, col < r.size() ? r.get(col) : "").length()) + 24);
            }
            Tables.fitHeader(c);
            c.setPrefWidth(widest);
            results.getColumns().add(c);
        }
    }

    /** A cell that shows the library's verdict on its value: red with the reason as tooltip. */
    private final class CheckedCell extends TextFieldTableCell<ScenarioRow, String> {
        private final int column;

        CheckedCell(int column) {
            super(new javafx.util.converter.DefaultStringConverter());
            this.column = column;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String problem = empty ? null : vm.cellProblem(column, item);
            pseudoClassStateChanged(INVALID, problem != null);
            setTooltip(problem == null ? null : new Tooltip(problem));
        }
    }

    /** A column header: the setting's label, the file's column name under it in small type. */
    private static javafx.scene.Node header(String caption, String key) {
        Label top = new Label(caption);
        top.getStyleClass().add("column-caption");
        Label bottom = new Label(key);
        bottom.getStyleClass().add("column-key");
        VBox box = new VBox(0, top, bottom);
        box.setAlignment(Pos.CENTER);
        Tooltip.install(box, new Tooltip("Column '" + key + "' of the scenario file"));
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static FileChooser csvChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return fc;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void guard(IoAction a) {
        try {
            a.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Could not complete that");
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }
}
