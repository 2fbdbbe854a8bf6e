package io.lambdasim.gui.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named series of a chart in data units (not log-transformed): what a view model produces and
 * what the CSV export writes. {@code labels} is non-null for marker series (crossings, a recommended
 * point) and names each point on the chart; for bar charts it holds the categories. A
 * {@link Kind#BOUND} is a line drawn thin and dashed: an edge of an uncertainty band.
 */
public record Series(String name, Kind kind, double[] x, double[] y, String[] labels) {
    public enum Kind { LINE, MARKERS, BARS, BOUND }

    public Series {
        Objects.requireNonNull(name);
        if (x.length != y.length || (labels != null && labels.length != x.length)) {
            throw new IllegalArgumentException("series " + name + ": x, y and labels differ in length");
        }
    }

    public static Series line(String name, double[] x, double[] y) {
        return new Series(name, Kind.LINE, x, y, null);
    }

    /** An edge of a band (the low or high end of a curve over uncertain inputs). */
    public static Series bound(String name, double[] x, double[] y) {
        return new Series(name, Kind.BOUND, x, y, null);
    }

    public static Series markers(String name, double[] x, double[] y, String[] labels) {
        return new Series(name, Kind.MARKERS, x, y, labels);
    }

    public static Series bars(String name, String[] categories, double[] y) {
        double[] x = new double[y.length];
        Arrays.setAll(x, i -> i);
        return new Series(name, Kind.BARS, x, y, categories);
    }

    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && name.equals(s.name) && kind == s.kind && Arrays.equals(x, s.x)
                && Arrays.equals(y, s.y) && Arrays.equals(labels, s.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + kind + ", " + x.length + " points]";
    }
}
