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
            legend.append(legend.length() == 0 ? "" : "    ").append(crossings.size() > 1 ? "(" + (i + 1) + ") " : "")
                    .append(label(crossings.get(i)));
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
        return c.option() + " at " + AxisFormats.significant(c.requestsPerMonth()) + " req/mo, "
                + AxisFormats.usd2(c.usdPerMonth());
    }
}
