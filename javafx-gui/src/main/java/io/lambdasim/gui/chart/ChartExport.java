package io.lambdasim.gui.chart;

import io.lambdasim.gui.SafeFiles;
import io.lambdasim.reports.charts.AxisFormats;
import io.lambdasim.reports.charts.ChartFiles;
import io.lambdasim.reports.charts.ChartTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart of the app as files: SVG drawn by JFreeChart through JFreeSVG (as the report draws its
 * charts, in the report's theme), CSV in long form, PNG from the screen. Files are written beside
 * their target and moved into place, so a failed export never leaves half a file.
 */
public final class ChartExport {
    /** The colours of the screen's charts (lambdasim.css): Lambda orange, then calm distinct colours. */
    static final Color[] COLOURS = {new Color(0xe8772e), new Color(0x3d6fb6), new Color(0x2e9e6a),
        new Color(0x8a56c9), new Color(0xc2417a), new Color(0x666666), new Color(0x0072B2)};

    public static final int WIDTH = 960;
    public static final int HEIGHT = 560;

    private ChartExport() {
    }

    public static void svg(ChartData d, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat, Path file) {
        String svg = ChartFiles.svg(toJFreeChart(d, xFormat, yFormat), WIDTH, HEIGHT);
        SafeFiles.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    public static void csv(ChartData d, Path file) {
        StringWriter w = new StringWriter();
        try {
            d.writeCsv(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        SafeFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same chart as JFreeChart draws it: the same series, axes, scales, labels and note. */
    public static JFreeChart toJFreeChart(ChartData d, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        boolean bars = !d.series().isEmpty() && d.series().stream().allMatch(s -> s.kind() == Series.Kind.BARS);
        JFreeChart chart = bars ? bars(d, yFormat) : lines(d, xFormat, yFormat);
        ChartTheme.apply(chart);
        if (!d.note().isEmpty()) {
            TextTitle note = new TextTitle(d.note(), new Font(Font.SANS_SERIF, Font.ITALIC, 13));
            note.setPaint(ChartTheme.GREY);
            chart.addSubtitle(0, note);
        }
        return chart;
    }

    private static JFreeChart lines(ChartData d, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        XYSeriesCollection set = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(set, axis(d.xLabel(), d.logX(), xFormat), axis(d.yLabel(), d.logY(), yFormat), r);
        int colour = 0;
        java.util.Map<String, Color> colourOf = new java.util.HashMap<>();
        org.jfree.data.xy.YIntervalSeriesCollection bands = new org.jfree.data.xy.YIntervalSeriesCollection();
        org.jfree.chart.renderer.xy.DeviationRenderer ribbon = new org.jfree.chart.renderer.xy.DeviationRenderer(false, false);
        ribbon.setAlpha(0.25f);
        for (Series s : d.series()) {
            if (s.kind() == Series.Kind.BAND) { // a ribbon: drawn behind the curves in its curve's colour
                org.jfree.data.xy.YIntervalSeries band = new org.jfree.data.xy.YIntervalSeries(s.name(), false, true);
                for (int i = 0; i < s.size(); i++) {
                    double lo = s.y()[i];
                    double hi = s.high()[i];
                    if ((!d.logX() || s.x()[i] > 0) && (!d.logY() || (lo > 0 && hi > 0))) {
                        band.add(s.x()[i], (lo + hi) / 2, lo, hi);
                    }
                }
                bands.addSeries(band);
                continue;
            }
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.size(); i++) {
                if ((!d.logX() || s.x()[i] > 0) && (!d.logY() || s.y()[i] > 0)) {
                    xy.add(s.x()[i], s.y()[i]);
                }
            }
            int k = set.getSeriesCount();
            set.addSeries(xy);
            if (s.kind() == Series.Kind.MARKERS) {
                r.setSeriesLinesVisible(k, false);
                r.setSeriesShapesVisible(k, true);
                r.setSeriesShape(k, new Ellipse2D.Double(-5, -5, 10, 10));
                r.setSeriesPaint(k, ChartTheme.INK);
                for (int i = 0; i < s.size(); i++) {
                    if (s.labels() != null && (!d.logY() || s.y()[i] > 0)) {
                        XYTextAnnotation a = new XYTextAnnotation(s.labels()[i], s.x()[i], s.y()[i]);
                        a.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                        a.setTextAnchor(i % 2 == 0 ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
                        a.setBackgroundPaint(new Color(255, 255, 255, 220));
                        plot.addAnnotation(a);
                    }
                }
            } else if (s.kind() == Series.Kind.DASHED) { // a secondary line: thin, grey, dashed, as on screen
                r.setSeriesPaint(k, new Color(0x6b, 0x72, 0x80));
                r.setSeriesStroke(k, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            } else {
                colourOf.put(s.name(), COLOURS[colour % COLOURS.length]);
                r.setSeriesPaint(k, COLOURS[colour++ % COLOURS.length]);
                r.setSeriesStroke(k, new BasicStroke(colour == 1 ? 3f : 2f));
            }
        }
        if (bands.getSeriesCount() > 0) {
            // coloured once every curve has its colour, whatever the order of the series
            List<Series> bandSeries = d.series().stream().filter(x -> x.kind() == Series.Kind.BAND).toList();
            for (int k = 0; k < bandSeries.size(); k++) {
                Color c = colourOf.getOrDefault(bandSeries.get(k).around(), COLOURS[0]);
                ribbon.setSeriesFillPaint(k, c);
                ribbon.setSeriesPaint(k, c);
            }
            plot.setDataset(1, bands);
            plot.setRenderer(1, ribbon);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        }
        return new JFreeChart(d.title(), null, plot, true);
    }

    private static JFreeChart bars(ChartData d, DoubleFunction<String> yFormat) {
        DefaultCategoryDataset set = new DefaultCategoryDataset();
        for (Series s : d.series()) {
            for (int i = 0; i < s.size(); i++) {
                set.addValue(s.y()[i], s.name(), s.labels()[i]);
            }
        }
        NumberAxis y = new NumberAxis(d.yLabel());
        y.setNumberFormatOverride(AxisFormats.of(yFormat));
        StackedBarRenderer r = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(set, new CategoryAxis(d.xLabel()), y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        for (int i = 0; i < d.series().size(); i++) {
            r.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
        }
        return new JFreeChart(d.title(), null, plot, true);
    }

    private static ValueAxis axis(String label, boolean log, DoubleFunction<String> fmt) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setBase(10);
            a.setTickUnit(new NumberTickUnit(1));
            a.setSmallestValue(1e-9);
            a.setNumberFormatOverride(AxisFormats.of(fmt));
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setNumberFormatOverride(AxisFormats.of(fmt));
        return a;
    }
}
