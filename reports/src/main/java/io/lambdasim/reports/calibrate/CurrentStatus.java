package io.lambdasim.reports.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Current-status data about a keep-alive X, binned: at each gap g, how many idle periods were seen
 * to outlive it (reused: X &gt; g) and how many were seen to be over by then (gone: X ≤ g). Each
 * idle period is inspected once, so this is interval-censored data of the simplest kind, and the
 * fits below are the ones that kind of data admits:
 * <ul>
 *   <li>{@link #fixed}: the keep-alive D that contradicts the fewest observations (none when the
 *       longest reuse gap is below the shortest gone gap: then every D between them fits, the data
 *       identify an interval and nothing finer);</li>
 *   <li>{@link #npmle}: Turnbull's non-parametric maximum-likelihood estimate of the distribution of
 *       X, which for current-status data is the isotonic regression of the gone share on the gap
 *       (Groeneboom and Wellner, "Information Bounds and Nonparametric Maximum Likelihood
 *       Estimation", 1992), computed exactly by pool-adjacent-violators;</li>
 *   <li>{@link #uniform}: the maximum-likelihood {@code random:MIN-MAX}, with a small share
 *       {@link #EPSILON} of observations allowed to contradict any policy (an environment recycled
 *       early, a log line attributed to the wrong stream), so one stray line cannot decide the fit.</li>
 * </ul>
 */
final class CurrentStatus {

    /** Share of observations any policy may contradict, in the likelihoods. */
    static final double EPSILON = 0.01;

    final GapGrid grid;
    final double[] reuse;
    final double[] gone;
    final double reuseTotal;
    final double goneTotal;
    /** Longest reuse gap exactly, µs, or -1. */
    final double maxReuseUs;
    /** Shortest gone gap exactly, µs, or +∞. */
    final double minGoneUs;

    CurrentStatus(GapGrid grid, double[] reuse, double[] gone, double maxReuseUs, double minGoneUs) {
        this.grid = grid;
        this.reuse = reuse;
        this.gone = gone;
        double r = 0;
        double g = 0;
        for (int i = 0; i < reuse.length; i++) {
            r += reuse[i];
            g += gone[i];
        }
        this.reuseTotal = r;
        this.goneTotal = g;
        this.maxReuseUs = maxReuseUs;
        this.minGoneUs = minGoneUs;
    }

    boolean bounded() {
        return reuseTotal > 0 && goneTotal > 0;
    }

    // --------------------------------------------------------------------------------- fixed

    /**
     * A fixed keep-alive: {@code centralUs} the middle of the interval of best-fitting values
     * [{@code lowUs}, {@code highUs}], {@code violations} the observations it contradicts. Without gone
     * observations highUs is +∞ (no upper bound) and without reuse ones lowUs is 0; the central
     * value is NaN unless both exist.
     */
    record Fixed(double centralUs, double lowUs, double highUs, double violations) {
    }

    Fixed fixed() {
        if (goneTotal == 0) {
            return new Fixed(Double.NaN, Math.max(0, maxReuseUs), Double.POSITIVE_INFINITY, 0);
        }
        if (reuseTotal == 0) {
            return new Fixed(Double.NaN, 0, minGoneUs, 0);
        }
        if (maxReuseUs < minGoneUs) {
            return new Fixed((maxReuseUs + minGoneUs) / 2, maxReuseUs, minGoneUs, 0);
        }
        // Threshold at bin edge i: reuse gaps in bins >= i and gone gaps in bins < i contradict it.
        int n = reuse.length;
        double reuseAbove = reuseTotal;
        double goneBelow = 0;
        double best = Double.POSITIVE_INFINITY;
        int first = -1;
        int last = -1;
        for (int i = 0; i <= n; i++) {
            double v = reuseAbove + goneBelow;
            if (v < best - 1e-9) {
                best = v;
                first = i;
                last = i;
            } else if (Math.abs(v - best) <= 1e-9) {
                last = i;
            }
            if (i < n) {
                reuseAbove -= reuse[i];
                goneBelow += gone[i];
            }
        }
        double lo = edge(first);
        double hi = edge(last);
        return new Fixed((lo + hi) / 2, lo, hi, best);
    }

    private double edge(int i) {
        return i >= reuse.length ? grid.lowerUs(reuse.length - 1) : grid.lowerUs(i);
    }

    /** Log-likelihood of a fixed keep-alive with {@code violations} contradictions. */
    double fixedLogLikelihood(Fixed f) {
        double n = reuseTotal + goneTotal;
        return f.violations() * Math.log(EPSILON) + (n - f.violations()) * Math.log(1 - EPSILON);
    }

    // --------------------------------------------------------------------------------- uniform

    /** A uniform keep-alive on [minUs, maxUs] and its log-likelihood. */
    record Uniform(double minUs, double maxUs, double logLikelihood) {
    }

    /**
     * The maximum-likelihood uniform keep-alive: every pair of ends on a log grid over the observed
     * gaps (and 0 for the lower end), then a local search that halves its step until it stops
     * improving. Null without both kinds of observation.
     */
    Uniform uniform() {
        if (!bounded()) {
            return null;
        }
        Bins b = nonEmpty();
        double lo = Math.max(GapGrid.FLOOR_US / 2.0, b.g[0] / 1.5);
        double hi = b.g[b.g.length - 1] * 1.5;
        int points = 64;
        double[] cand = new double[points + 1];
        cand[0] = 0;
        for (int i = 0; i < points; i++) {
            cand[i + 1] = lo * Math.pow(hi / lo, (double) i / (points - 1));
        }
        double bestA = 0;
        double bestB = hi;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cand.length; i++) {
            for (int j = i + 1; j < cand.length; j++) {
                double ll = b.logLikelihood(cand[i], cand[j]);
                if (ll > best) {
                    best = ll;
                    bestA = cand[i];
                    bestB = cand[j];
                }
            }
        }
        double step = Math.pow(hi / lo, 1.0 / (points - 1));
        for (int iter = 0; iter < 200 && step > 1.0005; iter++) {
            boolean improved = false;
            double[][] moves = {{bestA / step, bestB}, {bestA * step, bestB}, {bestA, bestB / step}, {bestA, bestB * step},
                    {bestA / step, bestB / step}, {bestA * step, bestB * step}};
            for (double[] m : moves) {
                double a = bestA == 0 && m[0] == 0 ? 0 : m[0];
                if (a < m[1]) {
                    double ll = b.logLikelihood(a, m[1]);
                    if (ll > best + 1e-12) {
                        best = ll;
                        bestA = a;
                        bestB = m[1];
                        improved = true;
                    }
                }
            }
            if (!improved) {
                step = Math.sqrt(step);
            }
        }
        return new Uniform(bestA, bestB, best);
    }

    /** The non-empty bins, with prefix sums, for likelihoods. */
    private Bins nonEmpty() {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < reuse.length; i++) {
            if (reuse[i] > 0 || gone[i] > 0) {
                idx.add(i);
            }
        }
        int n = idx.size();
        double[] g = new double[n];
        double[] r = new double[n];
        double[] o = new double[n];
        for (int k = 0; k < n; k++) {
            int i = idx.get(k);
            g[k] = grid.midUs(i);
            r[k] = reuse[i];
            o[k] = gone[i];
        }
        return new Bins(g, r, o);
    }

    private static final class Bins {
        final double[] g;
        final double[] r;
        final double[] o;
        final double[] rPrefix;
        final double[] oPrefix;
        final double logEps = Math.log(EPSILON);
        final double log1mEps = Math.log(1 - EPSILON);

        Bins(double[] g, double[] r, double[] o) {
            this.g = g;
            this.r = r;
            this.o = o;
            rPrefix = new double[g.length + 1];
            oPrefix = new double[g.length + 1];
            for (int i = 0; i < g.length; i++) {
                rPrefix[i + 1] = rPrefix[i] + r[i];
                oPrefix[i + 1] = oPrefix[i] + o[i];
            }
        }

        /** Index of the first gap above {@code x}. */
        int above(double x) {
            int lo = 0;
            int hi = g.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (g[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        double logLikelihood(double a, double b) {
            int i = above(a); // gaps <= a: F = 0
            int j = above(b); // gaps > b: F = 1 (gaps in (a, b] in between)
            double ll = rPrefix[i] * log1mEps + oPrefix[i] * logEps;
            ll += (rPrefix[g.length] - rPrefix[j]) * logEps + (oPrefix[g.length] - oPrefix[j]) * log1mEps;
            double width = b - a;
            for (int k = i; k < j; k++) {
                double p = EPSILON + (1 - 2 * EPSILON) * (g[k] - a) / width;
                if (r[k] > 0) {
                    ll += r[k] * Math.log(1 - p);
                }
                if (o[k] > 0) {
                    ll += o[k] * Math.log(p);
                }
            }
            return ll;
        }
    }

    // --------------------------------------------------------------------------------- NPMLE


    /**
     * Turnbull's NPMLE of P(X ≤ g) for current-status data: the isotonic (non-decreasing) regression
     * of each bin's gone share, weighted by its observations, by pool-adjacent-violators; a step where
     * the estimate changes.
     */
    List<KeepAliveStep> npmle() {
        Bins b = nonEmpty();
        int n = b.g.length;
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] start = new int[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            double w = b.r[k] + b.o[k];
            value[blocks] = b.o[k] / w;
            weight[blocks] = w;
            start[blocks] = k;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double wsum = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / wsum;
                weight[blocks - 2] = wsum;
                blocks--;
            }
        }
        List<KeepAliveStep> steps = new ArrayList<>();
        for (int k = 0; k < blocks; k++) {
            double after = k == 0 ? 0 : b.g[start[k] - 1];
            if (steps.isEmpty() || Math.abs(steps.get(steps.size() - 1).gone() - value[k]) > 1e-12) {
                steps.add(new KeepAliveStep(after, b.g[start[k]], value[k]));
            }
        }
        return steps;
    }
}
