package io.lambdasim.gui.replay;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.HasRunBar;
import io.lambdasim.gui.RunBar;
import io.lambdasim.gui.SummaryTiles;
import io.lambdasim.gui.Tables;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSourceView;
import io.lambdasim.gui.chart.ChartPane;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Trace replay: source and settings on the left with Run under them, results on the right. Binds only. */
public final class ReplayView extends BorderPane implements HasRunBar {
    private final RunBar run;
    private final List<ChartPane> charts;

    public ReplayView(ReplayViewModel vm, Consumer<File> recent, Supplier<List<File>> recentFiles) {
        setId("replay");
        Form form = new Form();
        form.section("Workload");
        WorkloadSourceView.addTo(form, vm.source(), recent, recentFiles);
        form.settings("Function", ReplayViewModel.FUNCTION, vm.inputs());
        form.settings("Pricing", ReplayViewModel.PRICING, vm.inputs());
        form.settings("Compared with EC2", ReplayViewModel.EC2, vm.inputs());
        form.settings("Compared with Lambda Managed Instances", ReplayViewModel.MANAGED_INSTANCES, vm.inputs());
        form.settings("Around the function", ReplayViewModel.AROUND, vm.inputs());
        form.settings("Latency objective and threads", ReplayViewModel.OBJECTIVE, vm.inputs());
        run = new RunBar("replay", "_Run", "Simulate the workload in the background (Enter)", vm.runner(), vm::run);
        setLeft(Form.sidebar(form, run));

        Label runErr = Form.errorLabel(vm.runErrorProperty());
        runErr.setId("runError");
        runErr.getStyleClass().add("banner");
        SummaryTiles<ReplayViewModel.Figure> tiles = new SummaryTiles<>(vm.summary(),
                (f, value) -> value ? f.value() : f.caption());
        Label observed = new Label();
        observed.setId("observed");
        observed.textProperty().bind(vm.observedProperty());
        observed.visibleProperty().bind(observed.textProperty().isNotEmpty());
        observed.managedProperty().bind(observed.visibleProperty());
        observed.getStyleClass().add("readout");
        Label slo = new Label();
        slo.setId("slo");
        slo.setWrapText(true);
        slo.textProperty().bind(vm.sloProperty());
        slo.visibleProperty().bind(slo.textProperty().isNotEmpty());
        slo.managedProperty().bind(slo.visibleProperty());
        slo.getStyleClass().add("readout");
        String before = "Press Run to simulate the workload";
        ChartPane timeline = new ChartPane("timeline-chart", ReplayView::axisNumber, ReplayView::wholeCount);
        timeline.setHint(before + ": requests in flight, environments and cold starts over time appear here.");
        timeline.dataProperty().bind(vm.timelineProperty());
        ChartPane latency = new ChartPane("latency-chart", ReplayView::nines, v -> Units.count(v) + " ms");
        latency.setHint(before + ": its latency at every percentile appears here.");
        latency.dataProperty().bind(vm.latencyProperty());
        ChartPane costs = new ChartPane("cost-chart", ReplayView::axisNumber, Units::moneyTick);
        costs.setHint(before + ": a month of it on Lambda, on each EC2 option and on Managed Instances appears here.");
        costs.dataProperty().bind(vm.costsProperty());
        charts = List.of(timeline, latency, costs);
        TableView<ReplayViewModel.Figure> table = new TableView<>(vm.allFigures());
        table.setId("figures");
        TableColumn<ReplayViewModel.Figure, String> k = new TableColumn<>("Figure");
        k.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caption()));
        k.setPrefWidth(320);
        TableColumn<ReplayViewModel.Figure, String> v = new TableColumn<>("Value");
        v.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        v.setPrefWidth(260);
        table.getColumns().add(k);
        table.getColumns().add(v);
        Tables.fitHeaders(table);
        table.setPlaceholder(new Label(before + " to see every figure it measured."));
        TabPane tabs = new TabPane(new Tab("Timeline", timeline), new Tab("Latency", latency),
                new Tab("Cost per month", costs), new Tab("All figures", table));
        tabs.setId("replay-charts");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(10, runErr, tiles, observed, slo, tabs);
        right.getStyleClass().add("content");
        setCenter(right);
    }

    @Override
    public RunBar runBar() {
        return run;
    }

    /** The timeline, latency and cost charts, for "Save analysis". */
    public List<ChartPane> charts() {
        return charts;
    }

    /** Linear axes: whole numbers with separators, small steps as they are ("2.5"). */
    private static String axisNumber(double v) {
        return v == Math.rint(v) ? Units.whole(v) : Units.count(v);
    }

    /** Counts come whole: an automatic tick at 2.5 requests in flight is left without a label. */
    private static String wholeCount(double v) {
        return v == Math.rint(v) ? Units.whole(v) : "";
    }

    /** x = 1/(1-p): 1 -> "0%", 10 -> "90%", 100 -> "99%". */
    private static String nines(double x) {
        double p = 100 * (1 - 1 / x);
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p)
                : String.format(Locale.ROOT, "%s", new java.math.BigDecimal(p).round(new java.math.MathContext(5))
                        .stripTrailingZeros().toPlainString())) + "%";
    }
}
