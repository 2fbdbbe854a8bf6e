package io.lambdasim.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two panels over a shared time axis: concurrency and environments alive above (levels), cold
 * starts and throttles per bucket below (counts). Long timelines are merged into at most
 * {@value #MAX_POINTS} buckets (max of levels, sum of counts) so the SVG stays small.
 */
final class TimelineChart {

    static final int MAX_POINTS = 480;

    private TimelineChart() {
    }

    static JFreeChart create(String title, TimelineData raw) {
        TimelineData t = downsample(raw);
        double span = t.bucketSeconds() * t.buckets();
        double unit = span > 2 * 86_400 ? 86_400 : span > 3 * 3600 ? 3600 : span > 180 ? 60 : 1;
        String unitName = unit == 86_400 ? "d" : unit == 3600 ? "h" : unit == 60 ? "min" : "s";

        XYSeriesCollection levels = new XYSeriesCollection();
        levels.addSeries(series("concurrency", t.concurrency(), t.bucketSeconds(), unit));
        levels.addSeries(series("environments alive", t.environmentsAlive(), t.bucketSeconds(), unit));
        XYSeriesCollection counts = new XYSeriesCollection();
        counts.addSeries(series("cold starts", t.coldStarts(), t.bucketSeconds(), unit));
        counts.addSeries(series("throttles", t.throttles(), t.bucketSeconds(), unit));

        String bucket = formatBucket(t.bucketSeconds());
        XYPlot top = new XYPlot(levels, null, new NumberAxis("environments"), stepRenderer(0));
        XYPlot bottom = new XYPlot(counts, null, new NumberAxis("per " + bucket), stepRenderer(2));
        ((NumberAxis) top.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) bottom.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis time = new NumberAxis("time since trace start (" + unitName + ")");
        time.setAutoRangeIncludesZero(true);
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(14);
        plot.add(top, 3);
        plot.add(bottom, 2);
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        top.setRenderer(stepRenderer(0));
        bottom.setRenderer(stepRenderer(2));
        for (XYPlot p : new XYPlot[] {top, bottom}) {
            p.setBackgroundPaint(java.awt.Color.WHITE);
            p.setDomainGridlinePaint(ChartTheme.GRID);
            p.setRangeGridlinePaint(ChartTheme.GRID);
            p.setOutlinePaint(null);
        }
        return chart;
    }

    private static XYStepRenderer stepRenderer(int firstColour) {
        XYStepRenderer r = new XYStepRenderer();
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, ChartTheme.color(firstColour + i));
            r.setSeriesStroke(i, new java.awt.BasicStroke(1.8f));
        }
        return r;
    }

    private static XYSeries series(String name, double[] v, double bucketSeconds, double unit) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < v.length; i++) {
            s.add(i * bucketSeconds / unit, v[i]);
        }
        return s;
    }

    static String formatBucket(double seconds) {
        if (seconds % 3600 == 0) {
            return (long) (seconds / 3600) + " h";
        } else if (seconds % 60 == 0) {
            return (long) (seconds / 60) + " min";
        }
        return AxisFormats.compact(seconds) + " s";
    }

    static TimelineData downsample(TimelineData t) {
        int n = t.buckets();
        if (n <= MAX_POINTS) {
            return t;
        }
        int factor = (n + MAX_POINTS - 1) / MAX_POINTS;
        int m = (n + factor - 1) / factor;
        double[] c = new double[m];
        double[] e = new double[m];
        double[] cs = new double[m];
        double[] th = new double[m];
        for (int i = 0; i < n; i++) {
            int j = i / factor;
            c[j] = Math.max(c[j], t.concurrency()[i]);
            e[j] = Math.max(e[j], t.environmentsAlive()[i]);
            cs[j] += t.coldStarts()[i];
            th[j] += t.throttles()[i];
        }
        return new TimelineData(t.bucketSeconds() * factor, c, e, cs, th);
    }
}
