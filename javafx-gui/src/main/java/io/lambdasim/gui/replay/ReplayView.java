package io.lambdasim.gui.replay;

import io.lambdasim.gui.WorkloadSourceView;
import io.lambdasim.gui.Form;
import io.lambdasim.gui.RunBar;
import io.lambdasim.gui.SummaryTiles;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.chart.ChartPane;
import io.lambdasim.reports.settings.Setting;
import java.io.File;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Trace replay: source and options on the left, run controls, then results on the right. Binds only. */
public final class ReplayView extends BorderPane {
    public ReplayView(ReplayViewModel vm, java.util.function.Consumer<File> recent,
            java.util.function.Supplier<java.util.List<File>> recentFiles) {
        setId("replay");
        Form form = new Form();
        form.section("Workload");
        WorkloadSourceView.addTo(form, vm.source(), recent, recentFiles);

        form.section("Simulate options (empty = default)");
        for (Setting<?> c : ReplayViewModel.OPTIONS) {
            TextField f = new TextField();
            f.setId("opt-" + c.key());
            f.textProperty().bindBidirectional(vm.option(c));
            form.field(label(c), f, c.fullHelp(), vm.problem(c));
        }
        RunBar run = new RunBar("replay", "_Run", "Simulate the workload in the background (Enter)", vm.runner(), vm::run);
        Label runErr = Form.errorLabel(vm.runErrorProperty());
        runErr.setId("runError");
        VBox sideBox = new VBox(10, form, run, runErr);
        setLeft(Form.sidebar(sideBox));

        SummaryTiles<ReplayViewModel.Figure> tiles = new SummaryTiles<>(vm.summary(),
                (f, value) -> value ? f.value() : f.caption());
        Label observed = new Label();
        observed.setId("observed");
        observed.textProperty().bind(vm.observedProperty());
        observed.visibleProperty().bind(observed.textProperty().isNotEmpty());
        observed.managedProperty().bind(observed.visibleProperty());
        observed.getStyleClass().add("readout");
        ChartPane timeline = new ChartPane("timeline-chart", Units::count, Units::count);
        timeline.dataProperty().bind(vm.timelineProperty());
        ChartPane latency = new ChartPane("latency-chart", ReplayView::nines, v -> Units.count(v) + " ms");
        latency.dataProperty().bind(vm.latencyProperty());
        ChartPane costs = new ChartPane("cost-chart", Units::count, Units::moneyTick);
        costs.dataProperty().bind(vm.costsProperty());
        TableView<ReplayViewModel.Figure> table = new TableView<>(vm.allFigures());
        table.setId("figures");
        TableColumn<ReplayViewModel.Figure, String> k = new TableColumn<>("Figure");
        k.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caption()));
        k.setPrefWidth(280);
        TableColumn<ReplayViewModel.Figure, String> v = new TableColumn<>("Value");
        v.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        v.setPrefWidth(200);
        table.getColumns().add(k);
        table.getColumns().add(v);
        table.setPlaceholder(new Label("Run a replay to see its figures"));
        TabPane charts = new TabPane(new Tab("Timeline", timeline), new Tab("Latency", latency),
                new Tab("Cost vs EC2", costs), new Tab("All figures", table));
        charts.setId("replay-charts");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox right = new VBox(10, tiles, observed, charts);
        right.getStyleClass().add("content");
        setCenter(right);
    }

    /** "memory_mb" -> "Memory mb"; keeps the scenario column's name recognisable. */
    private static String label(Setting<?> c) {
        String s = c.key().replace('_', ' ').replace(" mb", " (MB)").replace("ec2", "EC2").replace("cpu", "CPU")
                .replace("init", "INIT");
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** x = 1/(1-p): 1 -> "0%", 10 -> "90%", 100 -> "99%". */
    private static String nines(double x) {
        double p = 100 * (1 - 1 / x);
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p)
                : String.format(Locale.ROOT, "%s", new java.math.BigDecimal(p).round(new java.math.MathContext(5))
                        .stripTrailingZeros().toPlainString())) + "%";
    }
}
