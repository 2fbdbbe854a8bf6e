package io.lambdasim.reports.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.TextAnchor;
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
        int k = 0;
        for (BreakEvenData.Crossing c : data.crossings()) {
            if (c.requestsPerMonth() <= 0 || c.usdPerMonth() <= 0) {
                continue;
            }
            mark(plot, c, k++);
        }
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

    /**
     * A circle on the crossing and a label on an arrow. Successive labels point from alternating
     * sides and distances, so neighbouring crossings do not print over one another.
     */
    private static void mark(XYPlot plot, BreakEvenData.Crossing c, int k) {
        double x = c.requestsPerMonth();
        double y = c.usdPerMonth();
        plot.addAnnotation(new PointMarker(x, y));
        String label = c.option() + ": " + AxisFormats.significant(x) + " req/mo, " + AxisFormats.usd2(y) + "/mo";
        double angle = (k % 2 == 0) ? -Math.PI * 3 / 4 : Math.PI * 3 / 4; // up-left, then down-left
        XYPointerAnnotation a = new XYPointerAnnotation(label, x, y, angle);
        a.setBaseRadius(28 + 22 * (k / 2 % 3));
        a.setTipRadius(8);
        a.setFont(ChartTheme.NOTE_BOLD);
        a.setPaint(ChartTheme.INK);
        a.setArrowPaint(ChartTheme.GREY);
        a.setBackgroundPaint(new Color(255, 255, 255, 220));
        a.setTextAnchor(k % 2 == 0 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        plot.addAnnotation(a);
    }
}
