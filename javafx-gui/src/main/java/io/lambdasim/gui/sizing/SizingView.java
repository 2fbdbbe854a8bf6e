package io.lambdasim.gui.sizing;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.NumberField;
import io.lambdasim.gui.RunBar;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSourceView;
import io.lambdasim.gui.chart.ChartPane;
import io.lambdasim.reports.sizing.SizingRow;
import io.lambdasim.reports.sizing.SizingStrategy;
import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Memory sizing: workload and sweep on the left; charts, recommendation and table on the right. */
public final class SizingView extends BorderPane {
    public SizingView(SizingViewModel vm, Consumer<File> recent,
            java.util.function.Supplier<java.util.List<File>> recentFiles) {
        setId("sizing");
        Form form = new Form();
        form.section("Workload");
        WorkloadSourceView.addTo(form, vm.source(), recent, recentFiles);
        form.section("Sweep");
        TextField mems = new TextField();
        mems.setId("memories");
        mems.textProperty().bindBidirectional(vm.memoriesProperty());
        form.field("_Memory sizes", mems, "Memory sizes to simulate, MB, comma-separated, each 128 to 10,240",
                vm.memoriesErrorProperty());
        CheckBox x86 = new CheckBox("x86_64");
        x86.setMnemonicParsing(false);
        x86.selectedProperty().bindBidirectional(vm.x86Property());
        x86.setTooltip(new Tooltip("Price every memory size on x86_64"));
        CheckBox arm = new CheckBox("arm64");
        arm.setMnemonicParsing(false);
        arm.selectedProperty().bindBidirectional(vm.armProperty());
        arm.setTooltip(new Tooltip("Price every memory size on arm64 (Graviton)"));
        form.wide(new HBox(16, new Label("Architectures:"), x86, arm));
        ComboBox<String> strategy = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(SizingStrategy.values()).map(SizingStrategy::label).toList()));
        strategy.setId("strategy");
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        form.field("_Strategy", strategy, "Power Tuning's strategies: cost (cheapest), speed (fastest), "
                + "balanced (weighted cost and duration)");
        NumberField weight = new NumberField(vm.balancedWeightProperty(), 0, 1, "");
        form.field("Balanced _weight", weight, "Weight w of cost in the balanced strategy, 0 (speed only) to 1 "
                + "(cost only)", weight.errorProperty());
        NumberField cpu = new NumberField(vm.cpuFractionProperty(), 0, 1, "");
        form.field("_CPU-bound share", cpu, "Share of the duration that scales with CPU, 0 (I/O-bound) to 1",
                cpu.errorProperty());
        NumberField threads = new NumberField(vm.threadsProperty(), 1, 6, "threads");
        form.field("_Threads", threads, "Threads the function uses, 1 to 6 (caps the usable vCPUs)",
                threads.errorProperty());
        TextField cal = new TextField();
        cal.setId("calibration");
        cal.setPromptText("optional: Power Tuning JSON or memory_mb,duration_ms CSV");
        cal.textProperty().bindBidirectional(vm.calibrationProperty());
        Button calBrowse = new Button("…");
        calBrowse.setTooltip(new Tooltip("Choose a Power Tuning output JSON or a memory_mb,duration_ms CSV"));
        calBrowse.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.calibrationProperty().set(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(cal, Priority.ALWAYS);
        form.field("Ca_libration", cal, "Measured durations by memory: AWS Lambda Power Tuning's output JSON "
                + "(results.stats[]) or a CSV memory_mb,duration_ms; empty = the CPU-share model");
        form.besideLast(calBrowse);
        ComboBox<String> rules = new ComboBox<>(FXCollections.observableArrayList("aws-2025-08", "aws-2020-12", "aws-2014"));
        rules.valueProperty().bindBidirectional(vm.rulesProperty());
        form.field("Billing r_ules", rules, "Billing era: aws-2025-08, aws-2020-12 or aws-2014 (100 ms rounding)");
        CheckBox free = new CheckBox("Free tier");
        free.selectedProperty().bindBidirectional(vm.freeTierProperty());
        free.setTooltip(new Tooltip("Subtract the monthly free tier (1 M requests, 400,000 GB-s)"));
        form.wide(free);
        RunBar run = new RunBar("sizing", "_Run sizing", "Simulate the workload at every memory size in the background",
                vm.runner(), vm::run);
        Label err = Form.errorLabel(vm.runErrorProperty());
        err.setId("sizingError");
        setLeft(Form.sidebar(new VBox(10, form, run, err)));

        ChartPane cost = new ChartPane("sizing-cost-chart", v -> Units.count(v), Units::moneyTick);
        cost.dataProperty().bind(vm.costChartProperty());
        ChartPane duration = new ChartPane("sizing-duration-chart", v -> Units.count(v), v -> Units.count(v) + " ms");
        duration.dataProperty().bind(vm.durationChartProperty());
        HBox charts = new HBox(8, cost, duration);
        HBox.setHgrow(cost, Priority.ALWAYS);
        HBox.setHgrow(duration, Priority.ALWAYS);
        charts.setPrefHeight(360);
        Label rec = new Label();
        rec.setId("recommendation");
        rec.getStyleClass().add("readout");
        rec.setWrapText(true);
        rec.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rec.setMaxWidth(Double.MAX_VALUE);
        rec.textProperty().bind(vm.recommendationProperty());
        rec.visibleProperty().bind(rec.textProperty().isNotEmpty());
        TableView<SizingRow> table = new TableView<>(vm.rows());
        table.setId("sizing-table");
        table.setPlaceholder(new Label("Run a sizing to see every configuration"));
        col(table, "Memory (MB)", r -> Integer.toString(r.memoryMb()));
        col(table, "Arch", SizingRow::arch);
        col(table, "USD / month", r -> Units.money(r.monthlyCost()));
        col(table, "USD / 1M inv.", r -> r.costPerMillion().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString());
        col(table, "Mean (ms)", r -> String.format(Locale.ROOT, "%.1f", r.meanDurationMs()));
        col(table, "p99 (ms)", r -> String.format(Locale.ROOT, "%.1f", r.p99DurationMs()));
        col(table, "Cold starts", r -> Long.toString(r.coldStarts()));
        col(table, "p99 latency (ms)", r -> String.format(Locale.ROOT, "%.1f", r.p99LatencyMs()));
        col(table, "Failures", r -> Long.toString(r.failures()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(8, charts, rec, table);
        right.getStyleClass().add("content");
        setCenter(right);
    }

    private static void col(TableView<SizingRow> t, String name, Function<SizingRow, String> f) {
        TableColumn<SizingRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        t.getColumns().add(c);
    }
}
