package io.lambdasim.reports.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
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
 * it (Turnbull's estimate, a staircase), the fitted policy beside it, and its 95% intervals shaded.
 */
final class KeepAliveChart {

    /** Translucent blue, then sky: the fitted policy's intervals (one for fixed, two for random). */
    private static final Color[] SHADES = {new Color(0, 114, 178, 45), new Color(86, 180, 233, 60)};

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
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        // The intervals are shaded behind the curves and named in the legend, not on the plot, where
        // a label would cover the curves or run out of a narrow band.
        LegendItemCollection legend = plot.getLegendItems();
        for (int i = 0; i < d.intervals().size(); i++) {
            KeepAliveData.Interval iv = d.intervals().get(i);
            if (!(iv.lowMinutes() >= 0 && iv.highMinutes() > iv.lowMinutes())) {
                continue;
            }
            Color fill = SHADES[Math.min(i, SHADES.length - 1)];
            plot.addDomainMarker(new IntervalMarker(iv.lowMinutes(), iv.highMinutes(), fill), Layer.BACKGROUND);
            legend.add(new LegendItem(iv.label(), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), fill));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }
}
