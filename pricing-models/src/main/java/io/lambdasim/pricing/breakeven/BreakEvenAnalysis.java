package io.lambdasim.pricing.breakeven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Analytic break-even between Lambda and EC2 options over a range of monthly volumes.
 *
 * <p>Lambda's cost is continuous and non-decreasing in requests (linear per duration tier, with a
 * kink where the free tier runs out). An EC2 fleet's cost is a step function: constant (or, for a
 * burstable type paying surplus, linear) while the same number of instances suffices, with a jump
 * at each step edge. So the difference {@code lambda − ec2} is continuous inside each step, and a
 * sign change inside a step is bracketed by its two ends: Brent's method finds it. A sign change
 * across a jump is a crossing at the step edge itself ({@link Crossing#atStep()}).
 *
 * <p>The walk visits every step of every option, so it is exact; doubles keep it to a few
 * milliseconds for the hundreds of steps a realistic range has. Past {@link #MAX_STEPS} steps (a
 * function of minutes per request at billions of requests) the rest of the range is scanned on a
 * log grid instead, and the result says so in its notes.
 */
public final class BreakEvenAnalysis {

    public static final double DEFAULT_FROM = 1e3;
    public static final double DEFAULT_TO = 1e10;
    /** Points per curve on the chart grid (log-spaced); step edges are added on top. */
    public static final int DEFAULT_SAMPLES = 200;
    public static final String LAMBDA = "lambda";

    static final int MAX_STEPS = 2_000_000;
    /** Step edges drawn per EC2 curve at most; beyond, the grid alone draws it. */
    static final int MAX_DRAWN_EDGES = 2_000;
    private static final int GRID_FALLBACK = 20_000;
    /** Requests: crossings are located to well below one request. */
    private static final double ABSOLUTE_ACCURACY = 1e-3;
    private static final int MAX_EVALUATIONS = 200;

    private final double from;
    private final double to;
    private final int samples;

    public BreakEvenAnalysis() {
        this(DEFAULT_FROM, DEFAULT_TO, DEFAULT_SAMPLES);
    }

    public BreakEvenAnalysis(double from, double to, int samples) {
        if (!(from > 0) || !(to > from)) {
            throw new IllegalArgumentException("request range [" + from + ", " + to + "] must have 0 < from < to");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples " + samples + " must be >= 2");
        }
        this.from = from;
        this.to = to;
        this.samples = samples;
    }

    public BreakEvenResult analyze(CostCurve lambda, List<? extends StepCostCurve> options) {
        List<String> notes = new ArrayList<>();
        List<StepCostCurve> feasible = new ArrayList<>();
        for (StepCostCurve o : options) {
            if (o.feasible()) {
                feasible.add(o);
            } else {
                notes.add(o.name() + ": one request does not fit in its memory; left out");
            }
        }
        List<Crossing> crossings = new ArrayList<>();
        for (StepCostCurve o : feasible) {
            crossings.addAll(crossingsOf(lambda, o, notes));
        }
        crossings.sort(Comparator.comparingDouble(Crossing::requests));
        List<CostSeries> series = new ArrayList<>();
        series.add(new CostSeries(LAMBDA, sample(lambda, null)));
        for (StepCostCurve o : feasible) {
            series.add(new CostSeries(o.name(), sample(o, o)));
        }
        return new BreakEvenResult(from, to, series, crossings, cheapest(lambda, feasible, crossings), notes);
    }

    // ---- crossings of Lambda with one EC2 option -------------------------------------------

    List<Crossing> crossingsOf(CostCurve lambda, StepCostCurve ec2, List<String> notes) {
        List<Crossing> out = new ArrayList<>();
        int n = ec2.instancesFor(from);
        double lo = from;
        // Sign of lambda − ec2 just before lo; NaN before the first step.
        double prev = Double.NaN;
        int steps = 0;
        while (lo < to) {
            double hi = Math.min(to, ec2.stepEnd(n));
            if (hi <= lo) {
                n++;
                continue;
            }
            if (++steps > MAX_STEPS) {
                notes.add(ec2.name() + ": more than " + MAX_STEPS + " instance steps; crossings above "
                        + String.format("%.4g", lo) + " requests found on a log grid, to the nearest grid point");
                out.addAll(gridCrossings(lambda, ec2, lo, Math.signum(prev)));
                return out;
            }
            final int k = n;
            UnivariateFunction diff = x -> lambda.monthlyCost(x) - ec2.costWith(k, x);
            double fLo = diff.value(lo);
            double fHi = diff.value(hi);
            if (!Double.isNaN(prev) && sign(prev) != sign(fLo) && sign(fLo) != 0) {
                // The jump to k instances flips the order: the crossing is the step edge itself.
                out.add(new Crossing(ec2.name(), lo, lambda.monthlyCost(lo), ec2.costWith(k, lo),
                        fLo < 0 ? LAMBDA : ec2.name(), true, k));
            }
            if (sign(fLo) != sign(fHi) && sign(fHi) != 0) {
                double x = sign(fLo) == 0 ? lo : solve(diff, lo, hi);
                out.add(new Crossing(ec2.name(), x, lambda.monthlyCost(x), ec2.costWith(k, x),
                        fHi < 0 ? LAMBDA : ec2.name(), false, k));
            }
            prev = fHi;
            lo = hi;
            n++;
        }
        return out;
    }

    private List<Crossing> gridCrossings(CostCurve lambda, StepCostCurve ec2, double lo, double prevSign) {
        List<Crossing> out = new ArrayList<>();
        double ratio = Math.pow(to / lo, 1.0 / GRID_FALLBACK);
        double x = lo;
        double prev = prevSign;
        for (int i = 1; i <= GRID_FALLBACK; i++) {
            x = i == GRID_FALLBACK ? to : x * ratio;
            double l = lambda.monthlyCost(x);
            double e = ec2.monthlyCost(x);
            double s = sign(l - e);
            if (s != 0 && prev != 0 && s != prev) {
                out.add(new Crossing(ec2.name(), x, l, e, s < 0 ? LAMBDA : ec2.name(), true, ec2.instancesFor(x)));
            }
            if (s != 0) {
                prev = s;
            }
        }
        return out;
    }

    private static double solve(UnivariateFunction f, double lo, double hi) {
        BrentSolver solver = new BrentSolver(Math.max(ABSOLUTE_ACCURACY, hi * 1e-15));
        return solver.solve(MAX_EVALUATIONS, f, lo, hi);
    }

    private static double sign(double v) {
        return Math.signum(v);
    }

    // ---- the cheapest option in every interval ---------------------------------------------

    private List<CheapestInterval> cheapest(CostCurve lambda, List<? extends StepCostCurve> ec2, List<Crossing> crossings) {
        double[] cuts = cutPoints(ec2, crossings);
        List<CheapestInterval> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            double p = cuts[i];
            double q = cuts[i + 1];
            if (q <= p) {
                continue;
            }
            // Just above p, the curves are the ones of the step that starts there.
            double pPlus = Math.min(q, p + Math.max(ABSOLUTE_ACCURACY, Math.ulp(p) * 4));
            int a = winner(lambda, ec2, pPlus);
            int b = winner(lambda, ec2, q);
            if (a == b) {
                append(out, p, q, nameOf(a, ec2));
            } else {
                // No step edge inside (p, q]: both costs are continuous there, so Brent finds the swap.
                UnivariateFunction d = x -> costOf(a, lambda, ec2, x) - costOf(b, lambda, ec2, x);
                double x = d.value(pPlus) * d.value(q) < 0 ? solve(d, pPlus, q) : pPlus;
                append(out, p, x, nameOf(a, ec2));
                append(out, x, q, nameOf(b, ec2));
            }
        }
        return out;
    }

    private double[] cutPoints(List<? extends StepCostCurve> ec2, List<Crossing> crossings) {
        double[] cuts = new double[16];
        int size = 0;
        cuts[size++] = from;
        cuts[size++] = to;
        for (Crossing c : crossings) {
            cuts = grow(cuts, size);
            cuts[size++] = c.requests();
        }
        for (StepCostCurve o : ec2) {
            int steps = 0;
            for (int n = o.instancesFor(from); steps < MAX_STEPS; n++, steps++) {
                double edge = o.stepEnd(n);
                if (edge >= to) {
                    break;
                }
                if (edge > from) {
                    cuts = grow(cuts, size);
                    cuts[size++] = edge;
                }
            }
        }
        cuts = Arrays.copyOf(cuts, size);
        Arrays.sort(cuts);
        return cuts;
    }

    private static double[] grow(double[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static void append(List<CheapestInterval> out, double p, double q, String name) {
        if (q <= p) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).cheapest().equals(name)) {
            CheapestInterval last = out.remove(out.size() - 1);
            out.add(new CheapestInterval(last.fromRequests(), q, name));
        } else {
            out.add(new CheapestInterval(p, q, name));
        }
    }

    /** Index of the cheapest option at x: -1 for Lambda, else the EC2 index; ties go to the earlier. */
    private static int winner(CostCurve lambda, List<? extends StepCostCurve> ec2, double x) {
        int best = -1;
        double cost = lambda.monthlyCost(x);
        for (int i = 0; i < ec2.size(); i++) {
            double c = ec2.get(i).monthlyCost(x);
            if (c < cost) {
                cost = c;
                best = i;
            }
        }
        return best;
    }

    private static double costOf(int option, CostCurve lambda, List<? extends StepCostCurve> ec2, double x) {
        return option < 0 ? lambda.monthlyCost(x) : ec2.get(option).monthlyCost(x);
    }

    private static String nameOf(int option, List<? extends StepCostCurve> ec2) {
        return option < 0 ? LAMBDA : ec2.get(option).name();
    }

    // ---- chart points ------------------------------------------------------------------------

    private List<CostPoint> sample(CostCurve curve, StepCostCurve steps) {
        List<CostPoint> points = new ArrayList<>(samples + 64);
        double ratio = Math.pow(to / from, 1.0 / (samples - 1));
        double x = from;
        for (int i = 0; i < samples; i++) {
            double r = i == samples - 1 ? to : x;
            points.add(new CostPoint(r, curve.monthlyCost(r)));
            x *= ratio;
        }
        if (steps != null) {
            List<CostPoint> edges = new ArrayList<>();
            int first = steps.instancesFor(from);
            for (int n = first; edges.size() <= 2 * MAX_DRAWN_EDGES; n++) {
                double edge = steps.stepEnd(n);
                if (edge >= to) {
                    break;
                }
                edges.add(new CostPoint(edge, steps.costWith(n, edge)));
                edges.add(new CostPoint(edge, steps.costWith(n + 1, edge)));
            }
            if (edges.size() <= 2 * MAX_DRAWN_EDGES) {
                points.addAll(edges);
                // Stable sort: the two points of an edge keep their before/after order.
                points.sort(Comparator.comparingDouble(CostPoint::requests));
            }
        }
        return points;
    }
}
