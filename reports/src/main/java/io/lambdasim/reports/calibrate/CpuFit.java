package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.reports.uncertainty.Span;
import io.lambdasim.reports.uncertainty.Spans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The CPU-bound share of the engine's duration model ({@link CpuModel}) that best explains how one
 * function's duration changes with memory. The model, d(m) = d(r)·(f·u(r)/u(m) + 1 − f) with u the
 * usable vCPUs, is linear in x = 1/u(m): d(m) = a + b·x with a = d(r)(1 − f) and b = d(r)·f·u(r).
 * So a (weighted) straight line through the mean durations against 1/u(m) gives a and b, with
 * a, b ≥ 0, and the share at the reference memory r is f = b·x(r) / (a + b·x(r)).
 *
 * <p>Weights: the inverse variance of each mean (its sample variance over its count) when the logs
 * give the durations; equal weights for a Power Tuning file (averages only). The residual is the
 * root-mean-square relative error of the line at the measured sizes. The range: a parametric
 * bootstrap of the means (each drawn from a normal with its standard error), or, for averages
 * without spread, the smallest and largest share with one size left out (at least three sizes).
 *
 * @param cpuFraction       the share at the reference memory, or null
 * @param referenceMemoryMb the memory it is the share at (the size most invocations ran at), or null
 * @param residual          root-mean-square relative residual (0.05 = 5%), or null
 * @param range             the share's interval, or null
 * @param points            the measured sizes and mean durations the fit explains
 * @param source            "logs" or the Power Tuning file
 * @param notes             what could not be fitted and why
 */
public record CpuFit(Double cpuFraction, Integer referenceMemoryMb, Double residual, Span<Double> range,
                     List<Point> points, String source, List<String> notes) {

    /** A memory size, its mean duration (ms), the invocations behind it, and the variance of their durations. */
    public record Point(int memoryMb, double meanMs, long count, double varianceMs) {
    }

    public CpuFit {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    static CpuFit fromLogs(MemoryEvidence m, int threads, long seed) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < m.sizes(); i++) {
            points.add(new Point(m.memoryMb[i], m.meanMs(i), m.count[i], m.varianceMs(i)));
        }
        return fit(points, threads, seed, "logs", true);
    }

    /** From measured averages (Power Tuning), the reference being the logs' main size when given. */
    static CpuFit fromAverages(List<Point> points, Integer referenceMb, int threads, String source) {
        List<Point> p = new ArrayList<>(points);
        CpuFit f = fit(p, threads, 0, source, false);
        if (referenceMb != null && f.cpuFraction() != null) {
            return f.at(referenceMb, threads);
        }
        return f;
    }

    private static CpuFit fit(List<Point> points, int threads, long seed, String source, boolean withSpread) {
        List<String> notes = new ArrayList<>();
        CpuModel model = new CpuModel(CpuModel.DEFAULT_CPU_FRACTION, threads);
        if (points.size() < 2) {
            notes.add(points.isEmpty() ? "CPU-bound share cannot be fitted: the logs carry no memory size"
                    : "CPU-bound share cannot be fitted: every invocation ran at " + points.get(0).memoryMb()
                    + " MB (give a Power Tuning output with --calibration, or logs of several memory sizes)");
            return new CpuFit(null, null, null, null, points, source, notes);
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        double[] w = new double[points.size()];
        int reference = points.get(0).memoryMb();
        long most = -1;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            x[i] = 1 / model.usableCpus(p.memoryMb());
            y[i] = p.meanMs();
            double var = p.count() > 1 && p.varianceMs() > 0 ? p.varianceMs() / p.count() : 0;
            w[i] = withSpread && var > 0 ? 1 / var : 1;
            if (p.count() > most) {
                most = p.count();
                reference = p.memoryMb();
            }
        }
        if (Arrays.stream(x).max().getAsDouble() - Arrays.stream(x).min().getAsDouble() < 1e-12) {
            notes.add("CPU-bound share cannot be fitted: at every memory size in the logs the function has the same usable "
                    + "CPU (" + threads + " thread(s); above 1,769 MB a single thread gains nothing)");
            return new CpuFit(null, null, null, null, points, source, notes);
        }
        double xr = 1 / model.usableCpus(reference);
        double share = share(line(x, y, w), xr);
        double[] ab = line(x, y, w);
        double sq = 0;
        for (int i = 0; i < x.length; i++) {
            double fitted = ab[0] + ab[1] * x[i];
            double rel = fitted > 0 ? (y[i] - fitted) / fitted : 0;
            sq += rel * rel;
        }
        double residual = Math.sqrt(sq / x.length);
        Span<Double> range = null;
        if (withSpread && Arrays.stream(w).allMatch(v -> v != 1) ) {
            SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
            double[] shares = new double[Resampling.REPLICATES];
            double[] yb = new double[y.length];
            for (int b = 0; b < shares.length; b++) {
                for (int i = 0; i < y.length; i++) {
                    yb[i] = y[i] + r.nextGaussian() / Math.sqrt(w[i]);
                }
                shares[b] = share(line(x, yb, w), xr);
            }
            range = range(KeepAliveFitter.percentile(shares, 0.025), KeepAliveFitter.percentile(shares, 0.975), share);
        } else if (x.length >= 3) {
            double lo = share;
            double hi = share;
            for (int leave = 0; leave < x.length; leave++) {
                double[] xs = drop(x, leave);
                if (Arrays.stream(xs).max().getAsDouble() - Arrays.stream(xs).min().getAsDouble() < 1e-12) {
                    continue;
                }
                double s = share(line(xs, drop(y, leave), drop(w, leave)), xr);
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
            range = range(lo, hi, share);
            notes.add("the CPU-bound share's range is the smallest and largest fit with one memory size left out "
                    + "(averages without their spread)");
        } else {
            notes.add("two memory sizes fix the line exactly: no range for the CPU-bound share");
        }
        if (residual > 0.10) {
            notes.add(String.format(Locale.ROOT, "the CPU-share model explains the durations loosely: %.0f%% residual",
                    100 * residual));
        }
        return new CpuFit(share, reference, residual, range, points, source, notes);
    }

    /** This fit's line with its share read at another reference memory. */
    private CpuFit at(int referenceMb, int threads) {
        CpuModel model = new CpuModel(CpuModel.DEFAULT_CPU_FRACTION, threads);
        double xr0 = 1 / model.usableCpus(referenceMemoryMb);
        double xr = 1 / model.usableCpus(referenceMb);
        // f0 = b·x0/(a + b·x0): with a = 1 − f0 and b·x0 = f0 (the line scaled to d(r0) = 1)
        double f = convert(cpuFraction, xr0, xr);
        Span<Double> r = range == null ? null : range(convert(range.low(), xr0, xr), convert(range.high(), xr0, xr), f);
        return new CpuFit(f, referenceMb, residual, r, points, source, notes);
    }

    private static double convert(double f0, double x0, double x) {
        double b = f0 / x0;
        double a = 1 - f0;
        return b * x / (a + b * x);
    }

    private static Span<Double> range(double lo, double hi, double central) {
        double l = Math.max(0, Math.min(lo, central));
        double h = Math.min(1, Math.max(hi, central));
        return Spans.fraction(Spans.plain(round(l)) + Spans.SEPARATOR + Spans.plain(round(h)));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double share(double[] ab, double xr) {
        double a = ab[0];
        double b = ab[1];
        double total = a + b * xr;
        return total <= 0 ? 0 : b * xr / total;
    }

    /** Weighted least squares y = a + b·x with a, b ≥ 0 (a bound at 0 refits the other alone). */
    static double[] line(double[] x, double[] y, double[] w) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            sx += w[i] * x[i];
            sy += w[i] * y[i];
        }
        double mx = sx / sw;
        double my = sy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
        }
        double b = sxx > 0 ? sxy / sxx : 0;
        double a = my - b * mx;
        if (b < 0) {
            return new double[] {my, 0}; // durations do not fall with more CPU: nothing is CPU-bound
        }
        if (a < 0) {
            double sxx0 = 0;
            double sxy0 = 0;
            for (int i = 0; i < x.length; i++) {
                sxx0 += w[i] * x[i] * x[i];
                sxy0 += w[i] * x[i] * y[i];
            }
            return new double[] {0, sxy0 / sxx0}; // all CPU-bound
        }
        return new double[] {a, b};
    }

    private static double[] drop(double[] v, int at) {
        double[] out = new double[v.length - 1];
        System.arraycopy(v, 0, out, 0, at);
        System.arraycopy(v, at + 1, out, at, v.length - at - 1);
        return out;
    }
}
