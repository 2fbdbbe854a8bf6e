package io.lambdasim.reports.sizing;

import java.util.Arrays;
import java.util.List;

/**
 * Duration against memory from measured points, interpolated monotonically on log-memory.
 *
 * <p>Interpolation: Fritsch–Carlson monotone cubic Hermite ("PCHIP"; F. N. Fritsch and R. E.
 * Carlson, "Monotone Piecewise Cubic Interpolation", SIAM J. Numer. Anal. 17(2), 1980) on
 * {@code (ln memory, duration)}. Between two measurements it never overshoots them, so a curve
 * measured as non-increasing stays non-increasing (no invented sweet spot between points); on
 * log-memory because Lambda's memory steps are roughly geometric (128, 256, 512, ...). Outside
 * the measured range the nearest end point's duration holds: no extrapolated speed-up.
 */
public final class CalibratedDurations implements DurationModel {

    /**
     * One measurement: the mean duration at a memory. A Lambda configuration: 128..10,240 MB, and
     * a duration above 0 and at most the longest timeout (900 s), so a damaged file (1e308 ms)
     * cannot turn into a recommendation.
     */
    public record Point(int memoryMb, double durationMs) {
        public static final double MAX_DURATION_MS = io.lambdasim.engine.SimulationConfig.MAX_TIMEOUT_US / 1000.0;

        public Point {
            if (memoryMb < io.lambdasim.engine.CpuModel.MIN_MEMORY_MB || memoryMb > io.lambdasim.engine.CpuModel.MAX_MEMORY_MB) {
                throw new IllegalArgumentException("memory " + memoryMb + " MB is outside Lambda's "
                        + io.lambdasim.engine.CpuModel.MIN_MEMORY_MB + ".." + io.lambdasim.engine.CpuModel.MAX_MEMORY_MB + " MB");
            }
            if (!(durationMs > 0 && durationMs <= MAX_DURATION_MS)) {
                throw new IllegalArgumentException("duration " + durationMs + " ms is outside (0, "
                        + (long) MAX_DURATION_MS + "] ms (above 0, at most Lambda's longest timeout)");
            }
        }
    }

    private final double[] x;
    private final double[] y;
    private final double[] slope;
    private final String source;

    public CalibratedDurations(List<Point> points, String source) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException(source + ": no calibration points");
        }
        Point[] p = points.toArray(new Point[0]);
        Arrays.sort(p, (a, b) -> Integer.compare(a.memoryMb(), b.memoryMb()));
        x = new double[p.length];
        y = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            if (p[i].memoryMb() <= 0 || !(p[i].durationMs() > 0)) {
                throw new IllegalArgumentException(source + ": point " + p[i].memoryMb() + " MB / "
                        + p[i].durationMs() + " ms must have positive memory and duration");
            }
            if (i > 0 && p[i].memoryMb() == p[i - 1].memoryMb()) {
                throw new IllegalArgumentException(source + ": memory " + p[i].memoryMb() + " MB measured twice");
            }
            x[i] = Math.log(p[i].memoryMb());
            y[i] = p[i].durationMs();
        }
        slope = fritschCarlson(x, y);
        this.source = source;
    }

    /** Tangents that keep the Hermite cubic monotone on every interval. */
    private static double[] fritschCarlson(double[] x, double[] y) {
        int n = x.length;
        double[] m = new double[n];
        if (n < 2) {
            return m;
        }
        double[] delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            delta[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
        m[0] = delta[0];
        m[n - 1] = delta[n - 2];
        for (int i = 1; i < n - 1; i++) {
            // A local extremum (sign change) gets a flat tangent; otherwise the mean of the secants.
            m[i] = delta[i - 1] * delta[i] <= 0 ? 0 : (delta[i - 1] + delta[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (delta[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double a = m[i] / delta[i];
            double b = m[i + 1] / delta[i];
            double s = a * a + b * b;
            if (s > 9) {
                // Fritsch–Carlson's sufficient condition: (a, b) inside the circle of radius 3.
                double t = 3 / Math.sqrt(s);
                m[i] = t * a * delta[i];
                m[i + 1] = t * b * delta[i];
            }
        }
        return m;
    }

    /** Interpolated duration at {@code memoryMb}, ms. */
    public double durationMs(int memoryMb) {
        double v = Math.log(memoryMb);
        int n = x.length;
        if (v <= x[0]) {
            return y[0];
        }
        if (v >= x[n - 1]) {
            return y[n - 1];
        }
        int i = Arrays.binarySearch(x, v);
        if (i >= 0) {
            return y[i];
        }
        i = -i - 2;
        double h = x[i + 1] - x[i];
        double t = (v - x[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y[i] + (t3 - 2 * t2 + t) * h * slope[i]
                + (-2 * t3 + 3 * t2) * y[i + 1] + (t3 - t2) * h * slope[i + 1];
    }

    @Override
    public double factor(int referenceMb, int memoryMb) {
        return referenceMb == memoryMb ? 1.0 : durationMs(memoryMb) / durationMs(referenceMb);
    }

    public int points() {
        return x.length;
    }

    @Override
    public String description() {
        return "calibrated from " + source + " (" + x.length + " points, monotone interpolation on log-memory)";
    }

    @Override
    public String kind() {
        return "calibrated";
    }
}
