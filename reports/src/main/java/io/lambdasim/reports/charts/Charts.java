package io.lambdasim.reports.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The charts of lambdasim, built from plain data records and styled by {@link ChartTheme}; render
 * them with {@link ChartFiles} (PNG, SVG, data: URIs) or show them in a Swing/JavaFX chart viewer.
 * Every chart carries a title and axis labels with units.
 */
public final class Charts {

    private Charts() {
    }

    /** Stacked bars: Lambda by component against each EC2 option, monthly USD, totals labelled. */
    public static JFreeChart costComparison(String title, List<CostStack> options) {
        return CostComparisonChart.create(title, options);
    }

    /** Monthly cost against monthly requests on log axes, Lambda line and EC2 steps, crossings labelled. */
    public static JFreeChart breakEven(String title, BreakEvenData data) {
        return BreakEvenChart.create(title, data);
    }

    /** Cost and mean duration against memory on two axes, recommended memory marked. */
    public static JFreeChart memorySizing(String title, SizingData data) {
        return SizingChart.create(title, data);
    }

    /** Concurrency and environments alive above, cold starts and throttles per bucket below. */
    public static JFreeChart timeline(String title, TimelineData data) {
        return TimelineChart.create(title, data);
    }

    /** A calibration's keep-alive: the logs' estimate of P(gone by gap), the fitted policy, the interval. */
    public static JFreeChart keepAlive(String title, KeepAliveData data) {
        return KeepAliveChart.create(title, data);
    }

    /** Latency percentile curves on HdrHistogram's log percentile axis. */
    public static JFreeChart latency(String title, LatencyData data) {
        return LatencyChart.create(title, data);
    }
}
