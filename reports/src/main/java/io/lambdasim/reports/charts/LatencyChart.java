package io.lambdasim.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * HdrHistogram's percentile plot: latency against percentile, the percentile axis in log scale of
 * 1/(1 - p), so 90%, 99%, 99.9% and 99.99% are evenly spaced and the tail gets the width.
 */
final class LatencyChart {

    private LatencyChart() {
    }

    static JFreeChart create(String title, LatencyData data) {
        XYSeriesCollection set = new XYSeriesCollection();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (LatencyData.Curve c : data.curves()) {
            XYSeries s = new XYSeries(c.name(), false, true);
            for (int i = 0; i < c.percentiles().length; i++) {
                double p = c.percentiles()[i];
                if (p < 100) {
                    s.add(1 / (1 - p / 100), c.latencyMs()[i]);
                    if (c.latencyMs()[i] > 0) {
                        min = Math.min(min, c.latencyMs()[i]);
                    }
                    max = Math.max(max, c.latencyMs()[i]);
                }
            }
            set.addSeries(s);
        }
        LogAxis x = BreakEvenChart.logAxis("percentile", LatencyChart::percentile);
        x.setMinorTickCount(0);
        x.setLowerMargin(0.01);
        ValueAxis y;
        // a log latency axis only when the tail is two orders of magnitude above the median
        if (max > 0 && min < Double.MAX_VALUE && max / min > 100) {
            y = BreakEvenChart.logAxis("latency (ms)", AxisFormats::compact);
        } else {
            NumberAxis lin = new NumberAxis("latency (ms)");
            lin.setNumberFormatOverride(AxisFormats.of(AxisFormats::compact));
            y = lin;
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(set, x, y, r);
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        for (int i = 0; i < set.getSeriesCount(); i++) {
            r.setSeriesPaint(i, ChartTheme.color(i));
            r.setSeriesStroke(i, ChartTheme.LINE);
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        return chart;
    }

    /** Axis value v = 1/(1-p) back to a percentile label: 1 -> "0%", 10 -> "90%", 1000 -> "99.9%". */
    static String percentile(double v) {
        double p = 100 * (1 - 1 / v);
        if (Math.abs(p) < 1e-9) {
            return "0%";
        }
        return AxisFormats.fixed(p, Math.max(0, (int) Math.round(Math.log10(v)) - 2)) + "%";
    }
}
