package io.lambdasim.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A calibration's keep-alive: the share of idle environments gone by each idle gap as the logs show
 * it (Turnbull's estimate, a staircase), the fitted policy beside it, and the interval of the fixed
 * keep-alive shaded.
 */
final class KeepAliveChart {

    private KeepAliveChart() {
    }

    static JFreeChart create(String title, KeepAliveData d) {
        XYSeriesCollection steps = new XYSeriesCollection();
        XYSeries est = new XYSeries("gone by the gap (logs, non-parametric)", false, true);
        for (int i = 0; i < d.stepMinutes().length; i++) {
            est.add(d.stepMinutes()[i], d.stepGone()[i]);
        }
        steps.addSeries(est);
        XYSeriesCollection fit = new XYSeriesCollection();
        if (d.policy() != null && d.fitMinutes().length > 0) {
            XYSeries f = new XYSeries("fitted " + d.policy(), false, true);
            for (int i = 0; i < d.fitMinutes().length; i++) {
                f.add(d.fitMinutes()[i], d.fitGone()[i]);
            }
            fit.addSeries(f);
        }
        NumberAxis x = new NumberAxis("idle gap (minutes)");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("share of idle environments gone");
        y.setRange(0, 1.05);
        XYStepRenderer stepRenderer = new XYStepRenderer();
        XYPlot plot = new XYPlot(steps, x, y, stepRenderer);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, fit);
        plot.setRenderer(1, lineRenderer);
        stepRenderer.setSeriesPaint(0, ChartTheme.BLUE);
        stepRenderer.setSeriesStroke(0, ChartTheme.LINE);
        lineRenderer.setSeriesPaint(0, ChartTheme.VERMILLION);
        lineRenderer.setSeriesStroke(0, ChartTheme.LINE);
        if (d.lowMinutes() >= 0 && d.highMinutes() > d.lowMinutes()) {
            IntervalMarker band = new IntervalMarker(d.lowMinutes(), d.highMinutes(), new java.awt.Color(0, 114, 178, 40));
            band.setLabel("95% interval of a fixed keep-alive");
            band.setLabelFont(ChartTheme.NOTE);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        return ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
    }
}
