package io.lambdasim.gui.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named series of a chart in data units (not log-transformed): what a view model produces and
 * what the CSV export writes. {@code labels} is non-null for marker series (crossings, a recommended
 * point) and names each point on the chart; for bar charts it holds the categories. A
 * {@link Kind#BAND} is a ribbon: the area between {@code y} (the low end at each x) and {@code high}
 * (the high end), filled translucent in the colour of the curve it surrounds ({@code around}).
 *
 * @param high   a band's high end at each x; null for every other kind
 * @param around a band's curve (the name of the series it surrounds, whose colour it takes); null otherwise
 */
public record Series(String name, Kind kind, double[] x, double[] y, String[] labels, double[] high, String around) {
    /** {@code DASHED}: a secondary line (thin, grey, dashed), e.g. Lambda's function bill beside its whole bill. */
    public enum Kind { LINE, DASHED, MARKERS, BARS, BAND }

    public Series {
        Objects.requireNonNull(name);
        if (x.length != y.length || (labels != null && labels.length != x.length)
                || (high != null && high.length != x.length)) {
            throw new IllegalArgumentException("series " + name + ": x, y, high and labels differ in length");
        }
        if ((kind == Kind.BAND) != (high != null)) {
            throw new IllegalArgumentException("series " + name + ": a band, and only a band, has a high end");
        }
    }

    public Series(String name, Kind kind, double[] x, double[] y, String[] labels) {
        this(name, kind, x, y, labels, null, null);
    }

    /**
     * A ribbon around the curve named {@code around}: between {@code low} and {@code high} at each
     * {@code x} (the figure's band over the uncertain inputs).
     */
    public static Series band(String name, String around, double[] x, double[] low, double[] high) {
        return new Series(name, Kind.BAND, x, low, null, high, around);
    }

    public static Series line(String name, double[] x, double[] y) {
        return new Series(name, Kind.LINE, x, y, null);
    }

    public static Series dashed(String name, double[] x, double[] y) {
        return new Series(name, Kind.DASHED, x, y, null);
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
                && Arrays.equals(y, s.y) && Arrays.equals(labels, s.labels) && Arrays.equals(high, s.high)
                && Objects.equals(around, s.around);
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
