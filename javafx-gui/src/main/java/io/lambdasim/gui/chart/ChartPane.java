package io.lambdasim.gui.chart;

import io.lambdasim.reports.io.OutputTarget;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ChartData} and offers "PNG" and "CSV" export. JavaFX has no logarithmic axis, so a log
 * axis here is a {@link NumberAxis} over log10 of the values, with whole decades as ticks and labels
 * formatted back to data units ("1 M", "$100").
 */
public final class ChartPane extends BorderPane {
    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data", ChartData.EMPTY);
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> lines = new LineChart<>(xAxis, yAxis);
    private final StackedBarChart<String, Number> bars = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label title = new Label();

    /**
     * @param xFormat formats an x value in data units for tick labels
     * @param yFormat formats a y value in data units for tick labels
     */
    public ChartPane(String id, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        this.xFormat = xFormat;
        this.yFormat = yFormat;
        setId(id);
        getStyleClass().add("chart-pane");
        for (XYChartLike c : List.of(new XYChartLike(lines), new XYChartLike(bars))) {
            c.chart.setAnimated(false);
            c.chart.setLegendVisible(true);
        }
        lines.setCreateSymbols(false);
        // On a log axis the zero line would sit at 1 (log10 1 = 0) and mean nothing.
        lines.setHorizontalZeroLineVisible(false);
        lines.setVerticalZeroLineVisible(false);
        lines.getStyleClass().add("lambdasim-lines");
        title.getStyleClass().add("chart-title");
        Button png = new Button("PNG…");
        png.setTooltip(new Tooltip("Save this chart as a PNG image"));
        png.setOnAction(e -> choose("PNG image", "*.png").ifPresent(this::exportPng));
        Button csv = new Button("CSV…");
        csv.setTooltip(new Tooltip("Save the data of this chart as CSV (series, x, y, label)"));
        csv.setOnAction(e -> choose("CSV", "*.csv").ifPresent(this::exportCsv));
        png.getStyleClass().add("small");
        csv.getStyleClass().add("small");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, title, grow, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(lines);
        data.addListener((o, a, b) -> render(b));
    }

    public ObjectProperty<ChartData> dataProperty() {
        return data;
    }

    public LineChart<Number, Number> lineChart() {
        return lines;
    }

    private void render(ChartData d) {
        title.setText(d.title());
        boolean barChart = !d.series().isEmpty() && d.series().stream().allMatch(s -> s.kind() == Series.Kind.BARS);
        if (barChart) {
            renderBars(d);
            setCenter(bars);
        } else {
            renderLines(d);
            setCenter(lines);
        }
    }

    private void renderBars(ChartData d) {
        bars.getXAxis().setLabel(d.xLabel());
        bars.getYAxis().setLabel(d.yLabel());
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        for (Series s : d.series()) {
            XYChart.Series<String, Number> fx = new XYChart.Series<>();
            fx.setName(s.name());
            for (int i = 0; i < s.size(); i++) {
                fx.getData().add(new XYChart.Data<>(s.labels()[i], s.y()[i]));
            }
            out.add(fx);
        }
        bars.getData().setAll(out);
    }

    private void renderLines(ChartData d) {
        xAxis.setLabel(d.xLabel());
        yAxis.setLabel(d.yLabel());
        configure(xAxis, d.logX(), xFormat, range(d, true));
        configure(yAxis, d.logY(), yFormat, range(d, false));
        javafx.collections.ObservableList<XYChart.Series<Number, Number>> fx = lines.getData();
        boolean sameShape = fx.size() == d.series().size();
        for (int i = 0; sameShape && i < fx.size(); i++) {
            sameShape = fx.get(i).getName().equals(d.series().get(i).name());
        }
        // While the user drags a slider only the numbers change: refill the existing series rather than
        // rebuilding them, which keeps legend and CSS in place and each update cheap.
        if (!sameShape) {
            List<XYChart.Series<Number, Number>> fresh = new ArrayList<>();
            for (Series s : d.series()) {
                XYChart.Series<Number, Number> f = new XYChart.Series<>();
                f.setName(s.name());
                fresh.add(f);
            }
            fx.setAll(fresh);
        }
        for (int i = 0; i < d.series().size(); i++) {
            fill(fx.get(i), d.series().get(i), d);
        }
        if (!sameShape) {
            styleMarkerLegend(d);
        }
    }

    /** Marker series draw dark dots, band edges grey dashes: their legend entries follow, not the palette colour. */
    private void styleMarkerLegend(ChartData d) {
        lines.applyCss();
        for (Node item : lines.lookupAll(".chart-legend-item")) {
            if (item instanceof Label l && l.getGraphic() != null) {
                for (Series s : d.series()) {
                    if (s.name().equals(l.getText()) && s.kind() == Series.Kind.MARKERS) {
                        l.getGraphic().setStyle("-fx-background-color: #1b1f24, #1b1f24;");
                    } else if (s.name().equals(l.getText()) && s.kind() == Series.Kind.BOUND) {
                        l.getGraphic().setStyle("-fx-background-color: #6b7280, white;");
                    }
                }
            }
        }
    }

    /**
     * Points closer than this along x (log10 units on a log axis, a share of the range otherwise) draw
     * on the same pixel column: a 1,300-pixel-wide plot over 7 decades has about 190 pixels a decade.
     */
    private static final double LOG_X_RESOLUTION = 1.0 / 200;
    private static final double LINEAR_X_RESOLUTION = 1.0 / 1500;

    private void fill(XYChart.Series<Number, Number> f, Series s, ChartData d) {
        double[] xr = range(d, true);
        double minDx = d.logX() ? LOG_X_RESOLUTION : (xr[1] - xr[0]) * LINEAR_X_RESOLUTION;
        List<XYChart.Data<Number, Number>> pts = new ArrayList<>(Math.min(s.size(), 2000));
        double lastX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            double x = d.logX() ? Math.log10(Math.max(s.x()[i], 1e-12)) : s.x()[i];
            double y = d.logY() ? Math.log10(Math.max(s.y()[i], 1e-12)) : s.y()[i];
            // Thin what cannot show: an EC2 staircase has thousands of steps at billions of requests, and
            // a LineChart node per point would make every redraw slow. Both points of a step edge (same x)
            // stay, so the steps that are wide enough to see keep their shape. CSV export keeps them all.
            boolean line = s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.BOUND;
            boolean keep = !line || i == 0 || i == s.size() - 1
                    || x - lastX >= minDx || x == lastX;
            if (keep) {
                XYChart.Data<Number, Number> p = new XYChart.Data<>(x, y);
                if (s.kind() == Series.Kind.MARKERS) {
                    // Alternate labels above and below the dot, so neighbouring crossings stay readable.
                    p.setNode(marker(s.labels()[i], i % 2 == 0 ? -18 : 18));
                }
                pts.add(p);
                lastX = x;
            }
        }
        f.getData().setAll(pts);
        if (s.kind() == Series.Kind.MARKERS && f.getNode() != null) {
            f.getNode().setStyle("-fx-stroke: transparent;");
        }
        if (s.kind() == Series.Kind.BOUND && f.getNode() != null) {
            // an edge of a band: thin, dashed and grey, so the curves stay the eye's first read
            f.getNode().setStyle("-fx-stroke: #6b7280; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 6 4;");
        }
    }

    /** A dot with its label above it, centred on the data point. */
    private static Node marker(String text, double labelDy) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("marker-dot");
        Label l = new Label(text);
        l.getStyleClass().add("marker-label");
        l.setTranslateY(labelDy);
        StackPane p = new StackPane(dot, l);
        p.getStyleClass().add("chart-marker");
        p.setMouseTransparent(true);
        return p;
    }

    private static double[] range(ChartData d, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean log = x ? d.logX() : d.logY();
        for (Series s : d.series()) {
            for (double v : x ? s.x() : s.y()) {
                if (log && v <= 0) {
                    continue;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    private static void configure(NumberAxis axis, boolean log, DoubleFunction<String> fmt, double[] r) {
        if (!log || !(r[0] < r[1])) {
            axis.setAutoRanging(true);
            axis.setForceZeroInRange(!log);
            axis.setTickLabelFormatter(new AxisFormat(log, fmt));
            return;
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(Math.floor(Math.log10(r[0])));
        axis.setUpperBound(Math.ceil(Math.log10(r[1])));
        axis.setTickUnit(1);
        axis.setMinorTickCount(0);
        axis.setTickLabelFormatter(new AxisFormat(true, fmt));
    }

    /** Tick labels back in data units. */
    private static final class AxisFormat extends javafx.util.StringConverter<Number> {
        private final boolean log;
        private final DoubleFunction<String> fmt;

        AxisFormat(boolean log, DoubleFunction<String> fmt) {
            this.log = log;
            this.fmt = fmt;
        }

        @Override
        public String toString(Number n) {
            return fmt.apply(log ? Math.pow(10, n.doubleValue()) : n.doubleValue());
        }

        @Override
        public Number fromString(String s) {
            throw new UnsupportedOperationException();
        }
    }

    private java.util.Optional<File> choose(String what, String glob) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, glob));
        String base = data.get().title().isBlank() ? getId() : data.get().title();
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + glob.substring(1));
        return java.util.Optional.ofNullable(fc.showSaveDialog(getScene() == null ? null : getScene().getWindow()));
    }

    /** Saves the chart as drawn (with its export bar hidden) to a PNG file. */
    public void exportPng(File f) {
        Node c = getCenter();
        WritableImage img = c.snapshot(null, null);
        // The save dialog asked before replacing; the file is still written whole or not at all.
        OutputTarget.check(f.toPath(), null, OutputTarget.Replace.YES, true)
                .write(out -> ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out));
    }

    public void exportCsv(File f) {
        ChartData d = data.get();
        OutputTarget.check(f.toPath(), null, OutputTarget.Replace.YES, true).writeText(d::writeCsv);
    }

    /** Both chart kinds share these settings. */
    private record XYChartLike(XYChart<?, ?> chart) {
    }
}
