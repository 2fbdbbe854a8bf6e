package io.lambdasim.gui.sizing;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.HasRunBar;
import io.lambdasim.gui.RunBar;
import io.lambdasim.gui.Tables;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSourceView;
import io.lambdasim.gui.chart.ChartPane;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingRow;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Memory sizing: workload and sweep on the left with Run under them; charts, recommendation and table on the right. */
public final class SizingView extends BorderPane implements HasRunBar {
    private final RunBar run;
    private final List<ChartPane> charts;

    public SizingView(SizingViewModel vm, Consumer<File> recent, Supplier<List<File>> recentFiles) {
        setId("sizing");
        Form form = new Form();
        form.section("Workload");
        WorkloadSourceView.addTo(form, vm.source(), recent, recentFiles);
        form.settings("Sweep", SizingViewModel.SWEEP, vm.inputs());
        form.settings("Duration model", SizingViewModel.MODEL, vm.inputs());
        form.besideLast(browse(vm, Settings.CALIBRATION, "calibration-browse"));
        form.setting(SizingViewModel.ARM64_CALIBRATION, vm.inputs());
        form.besideLast(browse(vm, SizingViewModel.ARM64_CALIBRATION, "calibration-arm64-browse"));
        form.settings("Pricing", SizingViewModel.PRICING, vm.inputs());
        run = new RunBar("sizing", "_Run sizing", "Simulate the workload at every memory size in the background",
                vm.runner(), vm::run);
        setLeft(Form.sidebar(form, run));

        Label err = Form.errorLabel(vm.runErrorProperty());
        err.setId("sizingError");
        err.getStyleClass().add("banner");
        ChartPane cost = new ChartPane("sizing-cost-chart", Units::count, Units::moneyTick);
        cost.setHint("Press Run sizing: the cost per million invocations at each memory size appears here.");
        cost.dataProperty().bind(vm.costChartProperty());
        ChartPane duration = new ChartPane("sizing-duration-chart", Units::count, v -> Units.count(v) + " ms");
        duration.setHint("The mean duration at each memory size appears here.");
        duration.dataProperty().bind(vm.durationChartProperty());
        charts = List.of(cost, duration);
        HBox chartRow = new HBox(8, cost, duration);
        HBox.setHgrow(cost, Priority.ALWAYS);
        HBox.setHgrow(duration, Priority.ALWAYS);
        cost.setPrefWidth(100);
        duration.setPrefWidth(100);
        chartRow.setPrefHeight(380);
        chartRow.setMinHeight(260);
        Label rec = new Label();
        rec.setId("recommendation");
        rec.getStyleClass().add("readout");
        rec.setWrapText(true);
        rec.setMinHeight(Region.USE_PREF_SIZE);
        rec.setMaxWidth(Double.MAX_VALUE);
        rec.textProperty().bind(vm.recommendationProperty());
        rec.visibleProperty().bind(rec.textProperty().isNotEmpty());
        rec.managedProperty().bind(rec.visibleProperty());
        TableView<SizingRow> table = new TableView<>(vm.rows());
        table.setId("sizing-table");
        table.setPlaceholder(new Label("Every memory size and architecture tried appears here after Run sizing."));
        // Two-line headers: every caption whole, and all nine columns inside 1,280 pixels.
        col(table, "Memory", r -> Units.whole(r.memoryMb()) + " MB");
        col(table, "Arch", SizingRow::arch);
        col(table, "Cost\nper month", r -> Units.money(r.monthlyCost()));
        col(table, "Cost per 1M\ninvocations", r -> Units.price(r.costPerMillion().doubleValue()));
        col(table, "Mean\nduration", r -> Units.ms(r.meanDurationMs()));
        col(table, "p99\nduration", r -> Units.ms(r.p99DurationMs()));
        col(table, "Cold\nstarts", r -> Units.whole(r.coldStarts()));
        col(table, "p99\nlatency", r -> Units.ms(r.p99LatencyMs()));
        col(table, "Failures", r -> Units.whole(r.failures()));
        Tables.fitHeaders(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMinHeight(150);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(8, err, chartRow, rec, table);
        right.getStyleClass().add("content");
        setCenter(right);
    }

    @Override
    public RunBar runBar() {
        return run;
    }

    public List<ChartPane> charts() {
        return charts;
    }

    private static void col(TableView<SizingRow> t, String name, Function<SizingRow, String> f) {
        TableColumn<SizingRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        t.getColumns().add(c);
    }

    /** A "…" button that fills {@code setting} with a chosen Power Tuning output or CSV file. */
    private Button browse(SizingViewModel vm, io.lambdasim.reports.settings.Setting<?> setting, String id) {
        Button b = new Button("…");
        b.setId(id);
        b.setTooltip(new Tooltip("Choose a Power Tuning output JSON or a memory_mb,duration_ms CSV"));
        b.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.inputs().set(setting, f.getAbsolutePath());
            }
        });
        return b;
    }
}
