package io.lambdasim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/** Latency percentile curves (one per scenario or option), as HdrHistogram's plotter shows them. */
public record LatencyData(List<Curve> curves) {

    /** The percentiles every curve is sampled at: dense in the tail, where the log axis spends its width. */
    static final double[] PERCENTILES = {0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 92.5, 95, 96, 97, 97.5,
        98, 98.5, 99, 99.25, 99.5, 99.75, 99.9, 99.95, 99.99, 99.999};

    public LatencyData {
        curves = List.copyOf(curves);
    }

    /** Latency in ms at each percentile (0..100, strictly below 100 so the log axis can show it). */
    public record Curve(String name, double[] percentiles, double[] latencyMs) {
        public Curve {
            if (percentiles.length != latencyMs.length) {
                throw new IllegalArgumentException("curve " + name + ": percentiles and values differ in length");
            }
        }
    }

    /**
     * Samples {@code histogram} (values in {@code unitsPerMs} per millisecond, e.g. 1000 for µs)
     * at the standard percentiles, stopping at the one that still has a sample behind it.
     */
    public static Curve curve(String name, AbstractHistogram histogram, double unitsPerMs) {
        List<double[]> points = new ArrayList<>();
        long n = histogram.getTotalCount();
        for (double p : PERCENTILES) {
            // beyond 1 - 1/n the percentile is just the maximum repeated; stop there
            if (n == 0 || (p > 0 && 100.0 - p < 100.0 / n)) {
                break;
            }
            points.add(new double[] {p, histogram.getValueAtPercentile(p) / unitsPerMs});
        }
        double[] ps = new double[points.size()];
        double[] ms = new double[points.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = points.get(i)[0];
            ms[i] = points.get(i)[1];
        }
        return new Curve(name, ps, ms);
    }
}
