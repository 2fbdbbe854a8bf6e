package io.lambdasim.reports.charts;

import org.jfree.chart.JFreeChart;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Monthly cost against monthly requests, both on log axes (Lambda's cost is then a straight line of
 * slope one, an EC2 fleet a staircase), with each crossing circled and labelled.
 */
final class BreakEvenChart {

    private BreakEvenChart() {
    }

    static JFreeChart create(String title, BreakEvenData data) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection steps = new XYSeriesCollection();
        for (BreakEvenData.Curve c : data.curves()) {
            XYSeries s = new XYSeries(c.name(), false, true);
            for (int i = 0; i < c.requestsPerMonth().length; i++) {
                if (c.requestsPerMonth()[i] > 0 && c.usdPerMonth()[i] > 0) { // log axes show positives only
                    s.add(c.requestsPerMonth()[i], c.usdPerMonth()[i]);
                }
            }
            (c.step() ? steps : lines).addSeries(s);
        }
        LogAxis x = logAxis("monthly requests", AxisFormats::compact);
        LogAxis y = logAxis("monthly cost (USD)", AxisFormats::usd);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        XYStepRenderer stepRenderer = new XYStepRenderer();
        XYPlot plot = new XYPlot(lines, x, y, lineRenderer);
        plot.setDataset(1, steps);
        plot.setRenderer(1, stepRenderer);
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        int colour = 0;
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            lineRenderer.setSeriesPaint(i, ChartTheme.color(colour++));
            lineRenderer.setSeriesStroke(i, ChartTheme.LINE);
        }
        for (int i = 0; i < steps.getSeriesCount(); i++) {
            stepRenderer.setSeriesPaint(i, ChartTheme.color(colour++));
            stepRenderer.setSeriesStroke(i, ChartTheme.LINE);
        }
        stepRenderer.setDefaultShapesVisible(false);
        ribbons(plot, data, lineRenderer, lines);
        if (data.todayRequestsPerMonth() > 0) {
            ValueMarker today = new ValueMarker(data.todayRequestsPerMonth(), ChartTheme.GREY,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            today.setLabel("today: " + AxisFormats.significant(data.todayRequestsPerMonth()) + " req/mo");
            today.setLabelFont(ChartTheme.NOTE);
            today.setLabelPaint(ChartTheme.INK);
            today.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 230));
            today.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            today.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            today.setLabelOffset(new RectangleInsets(0, 4, 6, 0));
            plot.addDomainMarker(today);
        }
        // Crossings: a numbered circle on the chart, the numbers explained in a line under the
        // title, so labels never sit on top of the lines or of one another however close they are.
        List<BreakEvenData.Crossing> crossings = data.crossings().stream()
                .filter(c -> c.requestsPerMonth() > 0 && c.usdPerMonth() > 0)
                .sorted(java.util.Comparator.comparingDouble(BreakEvenData.Crossing::requestsPerMonth)).toList();
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < crossings.size(); i++) {
            BreakEvenData.Crossing c = crossings.get(i);
            if (c.hasInterval()) {
                // the crossing as an interval: a whisker along the volume axis just under the crossing's cost
                plot.addAnnotation(new CrossingInterval(c.lowRequestsPerMonth(), c.highRequestsPerMonth(), c.usdPerMonth()));
            }
            legend.append(legend.length() == 0 ? "" : "    ").append(crossings.size() > 1 ? "(" + (i + 1) + ") " : "")
                    .append(label(c));
        }
        if (!crossings.isEmpty()) {
            plot.addAnnotation(new PointMarker(crossings.stream().mapToDouble(BreakEvenData.Crossing::requestsPerMonth).toArray(),
                    crossings.stream().mapToDouble(BreakEvenData.Crossing::usdPerMonth).toArray(), crossings.size() > 1));
        }
        TextTitle sub = new TextTitle(crossings.isEmpty() ? "no crossing between 1k and 10B requests a month"
                : "break-even (monthly): " + legend, ChartTheme.NOTE);
        sub.setPaint(ChartTheme.INK);
        sub.setPadding(2, 0, 6, 0);
        chart.addSubtitle(0, sub);
        return chart;
    }

    static LogAxis logAxis(String label, java.util.function.DoubleFunction<String> format) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setTickUnit(new NumberTickUnit(1)); // one tick per decade
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(AxisFormats.of(format));
        a.setSmallestValue(1e-6);
        return a;
    }

    static String label(BreakEvenData.Crossing c) {
        return c.option() + " at " + AxisFormats.significant(c.requestsPerMonth())
                + (c.hasInterval() ? " (" + AxisFormats.significant(c.lowRequestsPerMonth()) + "–"
                        + AxisFormats.significant(c.highRequestsPerMonth()) + ")" : "")
                + " req/mo, " + AxisFormats.usd2(c.usdPerMonth());
    }

    /** Each ribbon as a translucent band in its curve's colour, behind the curves. */
    private static void ribbons(XYPlot plot, BreakEvenData data, XYLineAndShapeRenderer lineRenderer, XYSeriesCollection lines) {
        if (data.ribbons().isEmpty()) {
            return;
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(false, false) {
            /** Neither line nor shape is drawn, so the default legend entry is blank: a swatch of the band instead. */
            @Override
            public org.jfree.chart.LegendItem getLegendItem(int dataset, int series) {
                org.jfree.chart.LegendItem item = super.getLegendItem(dataset, series);
                if (item == null) {
                    return null;
                }
                java.awt.Color c = lookupSeriesFillPaint(series) instanceof java.awt.Color k ? k : ChartTheme.GREY;
                return new org.jfree.chart.LegendItem(item.getLabel(), null, null, null,
                        new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12), new java.awt.Color(c.getRed(), c.getGreen(),
                        c.getBlue(), Math.round(255 * getAlpha())));
            }
        };
        for (BreakEvenData.Ribbon rb : data.ribbons()) {
            YIntervalSeries s = new YIntervalSeries(rb.name() + " range", false, true);
            for (int i = 0; i < rb.requestsPerMonth().length; i++) {
                double lo = rb.lowUsdPerMonth()[i];
                double hi = rb.highUsdPerMonth()[i];
                if (rb.requestsPerMonth()[i] > 0 && lo > 0 && hi > 0) {
                    s.add(rb.requestsPerMonth()[i], (lo + hi) / 2, lo, hi);
                }
            }
            int k = bands.getSeriesCount();
            bands.addSeries(s);
            int curve = lines.indexOf(rb.name());
            java.awt.Paint paint = curve >= 0 ? lineRenderer.getSeriesPaint(curve) : ChartTheme.GREY;
            r.setSeriesFillPaint(k, paint);
            r.setSeriesPaint(k, paint);
        }
        r.setAlpha(0.25f);
        plot.setDataset(2, bands);
        plot.setRenderer(2, r);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    }
}
