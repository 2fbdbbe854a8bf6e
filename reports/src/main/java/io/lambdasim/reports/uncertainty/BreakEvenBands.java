package io.lambdasim.reports.uncertainty;

import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analytic break-even over what it is uncertain about: each EC2 option's break-even volume as a
 * central value and an interval, Lambda's cost curve as a ribbon (the lowest and highest cost at
 * each volume over the runs at the ranges' ends), and which input moves them most.
 *
 * @param runs      the one-at-a-time runs: {@link #crossingKey} per option (first crossing, monthly
 *                  requests; NaN when there is none) and {@link #LAMBDA_AT_BREAK_EVEN}
 * @param requests  the volumes of the ribbon (the curves' sample points), monthly requests
 * @param lambdaLow the lowest Lambda monthly cost at each volume over the runs, USD
 * @param lambdaHigh the highest
 * @param notes     what the ranges do not reach (a keep-alive range: the analytic model has no keep-alive)
 */
public record BreakEvenBands(OneAtATime runs, double[] requests, double[] lambdaLow, double[] lambdaHigh, List<String> notes) {

    /** Lambda's monthly cost at the central run's first break-even volume: what the decision turns on. */
    public static final String LAMBDA_AT_BREAK_EVEN = "lambdaMonthlyAtBreakEven";

    public BreakEvenBands {
        notes = List.copyOf(notes);
    }

    public static String crossingKey(String option) {
        return "breakEven:" + option;
    }

    /** The band of the break-even volume with {@code option}, or null when the central run has none. */
    public Band crossing(String option) {
        return runs.band(crossingKey(option));
    }

    /** One end's run: the result and how the input read there. */
    public record End(UncertainInput input, boolean high, String value, BreakEvenResult result) {
    }

    public static BreakEvenBands of(BreakEvenResult central, List<End> ends, List<String> notes) {
        double atVolume = Double.NaN;
        if (!central.crossings().isEmpty()) {
            atVolume = central.crossings().get(0).requests();
        }
        List<OneAtATime.Run> runs = new ArrayList<>();
        CostSeries lambda = lambda(central);
        double[] x = lambda.points().stream().mapToDouble(CostPoint::requests).toArray();
        double[] lo = lambda.points().stream().mapToDouble(CostPoint::monthlyCost).toArray();
        double[] hi = lo.clone();
        for (End e : ends) {
            runs.add(new OneAtATime.Run(e.input(), e.high(), e.value(), figures(e.result(), atVolume)));
            CostSeries s = lambda(e.result());
            for (int i = 0; i < x.length && i < s.points().size(); i++) {
                double y = s.points().get(i).monthlyCost();
                lo[i] = Math.min(lo[i], y);
                hi[i] = Math.max(hi[i], y);
            }
        }
        return new BreakEvenBands(new OneAtATime(figures(central, atVolume), runs), x, lo, hi, notes);
    }

    private static Map<String, Double> figures(BreakEvenResult r, double atVolume) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (CostSeries s : r.series()) {
            if (!s.option().equals(BreakEvenAnalysis.LAMBDA)) {
                List<Crossing> c = r.crossingsOf(s.option());
                f.put(crossingKey(s.option()), c.isEmpty() ? Double.NaN : c.get(0).requests());
            }
        }
        f.put(LAMBDA_AT_BREAK_EVEN, Double.isNaN(atVolume) ? Double.NaN : costAt(lambda(r), atVolume));
        return f;
    }

    private static CostSeries lambda(BreakEvenResult r) {
        return r.series().stream().filter(s -> s.option().equals(BreakEvenAnalysis.LAMBDA)).findFirst().orElseThrow();
    }

    /** Lambda's cost at {@code requests}, linear on log-log axes between the sample points. */
    static double costAt(CostSeries s, double requests) {
        List<CostPoint> p = s.points();
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).requests() >= requests) {
                CostPoint a = p.get(i - 1);
                CostPoint b = p.get(i);
                if (a.monthlyCost() <= 0 || b.monthlyCost() <= 0) {
                    return a.monthlyCost() + (b.monthlyCost() - a.monthlyCost()) * (requests - a.requests()) / (b.requests() - a.requests());
                }
                double t = Math.log(requests / a.requests()) / Math.log(b.requests() / a.requests());
                return Math.exp(Math.log(a.monthlyCost()) + t * Math.log(b.monthlyCost() / a.monthlyCost()));
            }
        }
        return p.isEmpty() ? Double.NaN : p.get(p.size() - 1).monthlyCost();
    }
}
