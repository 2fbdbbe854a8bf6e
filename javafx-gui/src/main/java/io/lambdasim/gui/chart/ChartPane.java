package io.lambdasim.gui.chart;

import io.lambdasim.gui.SafeFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
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
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ChartData} and exports it as PNG (the chart as drawn), SVG (JFreeSVG, as the report
 * draws) and CSV (its data). Before there is anything to draw it shows a short hint, not empty axes;
 * while its answer is stale (an input was refused) it is greyed out with the reason over it.
 *
 * <p>JavaFX has no logarithmic axis, so a log axis here is a {@link NumberAxis} over log10 of the
 * values, with whole decades as ticks and labels formatted back to data units ("1 M", "$100").
 */
public final class ChartPane extends BorderPane {
    /** Set on a chart (and its readout) whose answer no longer matches the inputs. */
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data", ChartData.EMPTY);
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale", false);
    private final StringProperty staleReason = new SimpleStringProperty(this, "staleReason", "");
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> lines = new LineChart<>(xAxis, yAxis);
    private final StackedBarChart<String, Number> bars = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label title = new Label();
    private final Label note = new Label();
    private final Label hint = new Label();
    private final Label staleLabel = new Label();
    private final StackPane body = new StackPane();
    private final List<Button> exports = new ArrayList<>();

    /**
     * @param xFormat formats an x value in data units for tick labels
     * @param yFormat formats a y value in data units for tick labels
     */
    public ChartPane(String id, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        this.xFormat = xFormat;
        this.yFormat = yFormat;
        setId(id);
        getStyleClass().add("chart-pane");
        lines.setAnimated(false);
        bars.setAnimated(false);
        lines.setCreateSymbols(false);
        // A band is one closed outline (its low end forward, its high end back): points keep their order.
        // Every other series comes in x order already, so nothing else changes.
        lines.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        // On a log axis the zero line would sit at 1 (log10 1 = 0) and mean nothing.
        lines.setHorizontalZeroLineVisible(false);
        lines.setVerticalZeroLineVisible(false);
        lines.getStyleClass().add("lambdasim-lines");
        title.getStyleClass().add("chart-title");
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Button png = export("PNG…", "Save this chart as a PNG image, as drawn", "PNG image", "*.png", this::exportPng);
        Button svg = export("SVG…", "Save this chart as an SVG drawing (for slides and documents)", "SVG drawing", "*.svg",
                this::exportSvg);
        Button csv = export("CSV…", "Save the data of this chart as CSV (series, x, y, label)", "CSV", "*.csv",
                this::exportCsv);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, title, grow, png, svg, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(2, bar, note));
        hint.getStyleClass().add("chart-hint");
        hint.setWrapText(true);
        staleLabel.getStyleClass().add("stale-reason");
        staleLabel.setWrapText(true);
        staleLabel.setMaxWidth(520);
        staleLabel.textProperty().bind(staleReason.map(r -> r.isEmpty() ? "" : "Not updated: " + r));
        staleLabel.visibleProperty().bind(stale);
        StackPane.setAlignment(staleLabel, Pos.CENTER);
        setCenter(body);
        data.addListener((o, a, b) -> render(b));
        stale.addListener((o, a, b) -> showStale(b));
        // Marker labels are placed in pixels: place them again once the plot has its real size.
        xAxis.widthProperty().addListener((o, a, b) -> relabel());
        yAxis.heightProperty().addListener((o, a, b) -> relabel());
        render(data.get());
    }

    private Button export(String text, String tip, String what, String glob, java.util.function.Consumer<File> save) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("small");
        b.setOnAction(e -> choose(what, glob).ifPresent(save));
        exports.add(b);
        return b;
    }

    public ObjectProperty<ChartData> dataProperty() {
        return data;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public StringProperty staleReasonProperty() {
        return staleReason;
    }

    /** What to show before there is anything to draw: "Run a replay to see ...". */
    public void setHint(String text) {
        hint.setText(text);
    }

    public LineChart<Number, Number> lineChart() {
        return lines;
    }

    private void showStale(boolean on) {
        pseudoClassStateChanged(STALE, on);
        Node chart = body.getChildren().isEmpty() ? null : body.getChildren().get(0);
        if (chart != null && chart != hint) {
            chart.setOpacity(on ? 0.3 : 1);
        }
    }

    private void render(ChartData d) {
        title.setText(d.title());
        note.setText(d.note());
        exports.forEach(b -> b.setDisable(d.isEmpty()));
        if (d.isEmpty()) {
            body.getChildren().setAll(hint);
            return;
        }
        boolean barChart = d.series().stream().allMatch(s -> s.kind() == Series.Kind.BARS);
        if (barChart) {
            renderBars(d);
        } else {
            renderLines(d);
        }
        body.getChildren().setAll(barChart ? bars : lines, staleLabel);
        showStale(stale.get());
    }

    private void renderBars(ChartData d) {
        bars.getXAxis().setLabel(d.xLabel());
        bars.getYAxis().setLabel(d.yLabel());
        ((NumberAxis) bars.getYAxis()).setTickLabelFormatter(new AxisFormat(false, yFormat));
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
        double[] xr = range(d, true, 0);
        double[] yr = range(d, false, d.yDecades());
        configure(xAxis, d.logX(), xFormat, xr);
        configure(yAxis, d.logY(), yFormat, yr);
        // A log x axis ends on a tick whose label is centred on the plot's edge: leave it room.
        lines.pseudoClassStateChanged(PseudoClass.getPseudoClass("log-x"), d.logX());
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
            fill(fx.get(i), d.series().get(i), d, xr, yr);
        }
        if (!sameShape) {
            styleMarkerLegend(d);
        }
    }

    private boolean relabelling;

    private void relabel() {
        ChartData d = data.get();
        if (relabelling || d.isEmpty() || d.series().stream().noneMatch(s -> s.kind() == Series.Kind.MARKERS)
                || body.getChildren().isEmpty() || body.getChildren().get(0) != lines) {
            return;
        }
        relabelling = true;
        javafx.application.Platform.runLater(() -> {
            relabelling = false;
            double[] xr = range(d, true, 0);
            double[] yr = range(d, false, d.yDecades());
            for (int i = 0; i < d.series().size() && i < lines.getData().size(); i++) {
                if (d.series().get(i).kind() == Series.Kind.MARKERS) {
                    fill(lines.getData().get(i), d.series().get(i), d, xr, yr);
                }
            }
        });
    }

    /** Marker series draw dark dots, bands a translucent swatch: their legend entries follow, not the palette colour. */
    private void styleMarkerLegend(ChartData d) {
        lines.applyCss();
        for (Node item : lines.lookupAll(".chart-legend-item")) {
            if (item instanceof Label l && l.getGraphic() != null) {
                for (Series s : d.series()) {
                    if (s.name().equals(l.getText()) && s.kind() == Series.Kind.MARKERS) {
                        l.getGraphic().setStyle("-fx-background-color: #1b1f24, #1b1f24;");
                    } else if (s.name().equals(l.getText()) && s.kind() == Series.Kind.DASHED) {
                        l.getGraphic().setStyle("-fx-background-color: #6b7280, white;");
                    } else if (s.name().equals(l.getText()) && s.kind() == Series.Kind.BAND) {
                        l.getGraphic().setStyle("-fx-background-color: " + bandFill(d, s) + "; -fx-background-radius: 0;");
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

    private void fill(XYChart.Series<Number, Number> f, Series s, ChartData d, double[] xr, double[] yr) {
        if (s.kind() == Series.Kind.BAND) {
            fillBand(f, s, d);
            return;
        }
        double minDx = d.logX() ? LOG_X_RESOLUTION : (xr[1] - xr[0]) * LINEAR_X_RESOLUTION;
        List<XYChart.Data<Number, Number>> pts = new ArrayList<>(Math.min(s.size(), 2000));
        double lastX = Double.NEGATIVE_INFINITY;
        double[][] offsets = s.kind() == Series.Kind.MARKERS ? labelOffsets(s, d, xr, yr) : null;
        for (int i = 0; i < s.size(); i++) {
            if ((d.logX() && s.x()[i] <= 0) || (d.logY() && s.y()[i] <= 0)) {
                continue; // a log axis has no place for zero
            }
            double x = d.logX() ? Math.log10(s.x()[i]) : s.x()[i];
            double y = d.logY() ? Math.log10(s.y()[i]) : s.y()[i];
            // Thin what cannot show: an EC2 staircase has thousands of steps at billions of requests, and
            // a LineChart node per point would make every redraw slow. Both points of a step edge (same x)
            // stay, so the steps that are wide enough to see keep their shape. CSV export keeps them all.
            boolean line = s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.DASHED;
            boolean keep = !line || i == 0 || i == s.size() - 1
                    || x - lastX >= minDx || x == lastX;
            if (keep) {
                XYChart.Data<Number, Number> p = new XYChart.Data<>(x, y);
                if (s.kind() == Series.Kind.MARKERS) {
                    p.setNode(marker(s.labels()[i], offsets[i][0], offsets[i][1]));
                }
                pts.add(p);
                lastX = x;
            }
        }
        f.getData().setAll(pts);
        if (s.kind() == Series.Kind.MARKERS && f.getNode() != null) {
            f.getNode().setStyle("-fx-stroke: transparent;");
        }
        if (s.kind() == Series.Kind.DASHED && f.getNode() != null) {
            // a secondary line: thin, dashed and grey, so the main curves stay the eye's first read
            f.getNode().setStyle("-fx-stroke: #6b7280; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 6 4;");
        }
    }

    /**
     * A ribbon: the outline of the area between the band's low and high ends (low end left to right,
     * high end back), filled translucent in its curve's colour without a stroke, behind the curves.
     * Points a log axis cannot place are left out at both ends alike.
     */
    private static void fillBand(XYChart.Series<Number, Number> f, Series s, ChartData d) {
        List<XYChart.Data<Number, Number>> forward = new ArrayList<>(s.size());
        List<XYChart.Data<Number, Number>> back = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            double lo = s.y()[i];
            double hi = s.high()[i];
            if ((d.logX() && s.x()[i] <= 0) || (d.logY() && (lo <= 0 || hi <= 0)) || Double.isNaN(lo) || Double.isNaN(hi)) {
                continue;
            }
            double x = d.logX() ? Math.log10(s.x()[i]) : s.x()[i];
            forward.add(new XYChart.Data<>(x, d.logY() ? Math.log10(lo) : lo));
            back.add(0, new XYChart.Data<>(x, d.logY() ? Math.log10(hi) : hi));
        }
        forward.addAll(back);
        f.getData().setAll(forward);
        if (f.getNode() != null) {
            f.getNode().setStyle("-fx-stroke: transparent; -fx-fill: " + bandFill(d, s) + ";");
            f.getNode().setMouseTransparent(true);
            f.getNode().toBack();
        }
    }

    /** A band's fill: its curve's colour (the palette by the curve's place, as lambdasim.css), a quarter opaque. */
    static String bandFill(ChartData d, Series band) {
        int at = 0;
        for (int i = 0; i < d.series().size(); i++) {
            if (d.series().get(i).name().equals(band.around())) {
                at = i;
                break;
            }
        }
        java.awt.Color c = ChartExport.COLOURS[at % ChartExport.COLOURS.length];
        return "rgba(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ",0.25)";
    }

    /**
     * Where each marker's label goes, {dx, dy} in pixels from its dot: alternately above and below,
     * further out when it would cover another label or dot (close crossings such as "c7g.large · 60 M"
     * and "t4g.small · 17 M" stay apart), and shifted sideways to stay inside the plot.
     */
    private double[][] labelOffsets(Series s, ChartData d, double[] xr, double[] yr) {
        double width = xAxis.getWidth() > 0 ? xAxis.getWidth() : 800;
        double height = yAxis.getHeight() > 0 ? yAxis.getHeight() : 480;
        double[] dys = {-18, 18, -34, 34, -50, 50, -66, 66};
        Integer[] order = new Integer[s.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> s.x()[i]));
        List<double[]> taken = new ArrayList<>(); // minX, minY, maxX, maxY
        double[][] px = new double[s.size()][];
        double[] xb = bounds(xAxis, xr, d.logX());
        double[] yb = bounds(yAxis, yr, d.logY());
        for (int i = 0; i < s.size(); i++) {
            px[i] = new double[] {position(s.x()[i], xb, d.logX()) * width, (1 - position(s.y()[i], yb, d.logY())) * height};
            taken.add(new double[] {px[i][0] - 6, px[i][1] - 6, px[i][0] + 6, px[i][1] + 6});
        }
        double[][] out = new double[s.size()][];
        int side = 0;
        for (int i : order) {
            double half = (s.labels()[i].length() * 6.8 + 8) / 2;
            double dx = Math.max(half - px[i][0], 0) - Math.max(px[i][0] + half - width, 0);
            double[] chosen = null;
            for (int k = 0; k < dys.length && chosen == null; k++) {
                double dy = side % 2 == 0 ? dys[k] : -dys[k];
                double cx = px[i][0] + dx;
                double cy = px[i][1] + dy;
                double[] box = {cx - half, cy - 8, cx + half, cy + 8};
                if (taken.stream().noneMatch(t -> box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) {
                    chosen = new double[] {dx, dy};
                    taken.add(box);
                }
            }
            out[i] = chosen != null ? chosen : new double[] {dx, side % 2 == 0 ? -18 : 18};
            side++;
        }
        return out;
    }

    /** The axis's bounds in its own units (log10 on a log axis): as laid out, else from the data. */
    private static double[] bounds(NumberAxis axis, double[] range, boolean log) {
        if (axis.getWidth() > 0 && axis.getUpperBound() > axis.getLowerBound()) {
            return new double[] {axis.getLowerBound(), axis.getUpperBound()};
        }
        return log ? new double[] {Math.floor(Math.log10(range[0])), Math.ceil(Math.log10(range[1]))} : range;
    }

    /** Where {@code v} (data units) lies between the axis bounds, 0 to 1. */
    private static double position(double v, double[] bounds, boolean log) {
        double x = log ? Math.log10(Math.max(v, 1e-300)) : v;
        return bounds[1] > bounds[0] ? (x - bounds[0]) / (bounds[1] - bounds[0]) : 0.5;
    }

    /** A dot with its label above or below it, centred on the data point. */
    private static Node marker(String text, double labelDx, double labelDy) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("marker-dot");
        Label l = new Label(text);
        l.getStyleClass().add("marker-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTranslateX(labelDx);
        l.setTranslateY(labelDy);
        StackPane p = new StackPane(dot, l);
        p.getStyleClass().add("chart-marker");
        p.setMouseTransparent(true);
        return p;
    }

    /** The range of the values on one axis; a log axis skips values at or below zero and may be cut at {@code decades}. */
    private static double[] range(ChartData d, boolean x, int decades) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean log = x ? d.logX() : d.logY();
        for (Series s : d.series()) {
            for (double[] values : x ? new double[][] {s.x()} : s.high() == null ? new double[][] {s.y()}
                    : new double[][] {s.y(), s.high()}) {
                for (double v : values) {
                    if ((log && v <= 0) || Double.isNaN(v)) {
                        continue;
                    }
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (log && decades > 0 && hi > 0) {
            lo = Math.max(lo, hi / Math.pow(10, decades));
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

    private Optional<File> choose(String what, String glob) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, glob));
        String base = data.get().title().isBlank() ? getId() : data.get().title();
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + glob.substring(1));
        return Optional.ofNullable(fc.showSaveDialog(getScene() == null ? null : getScene().getWindow()));
    }

    /** Saves the chart as drawn (without the export buttons) to a PNG file. */
    public void exportPng(File f) {
        WritableImage img = body.snapshot(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SafeFiles.write(f.toPath(), out.toByteArray());
    }

    /** Saves the chart as SVG, drawn by JFreeChart in the report's theme from the same data. */
    public void exportSvg(File f) {
        ChartExport.svg(data.get(), xFormat, yFormat, f.toPath());
    }

    public void exportCsv(File f) {
        ChartExport.csv(data.get(), f.toPath());
    }
}
