package io.lambdasim.reports.charts;

import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.reports.lmi.LmiOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the break-even chart draws: monthly cost curves against monthly requests (Lambda as a line,
 * each EC2 option as a step function of the fleet size), the points where they cross, and where
 * the workload is today ({@code todayRequestsPerMonth}, NaN when unknown); over uncertain inputs,
 * the ribbon of each curve that moves and each crossing's interval.
 */
public record BreakEvenData(List<Curve> curves, List<Crossing> crossings, double todayRequestsPerMonth, List<Ribbon> ribbons) {

    public BreakEvenData {
        curves = List.copyOf(curves);
        crossings = List.copyOf(crossings);
        ribbons = ribbons == null ? List.of() : List.copyOf(ribbons);
    }

    public BreakEvenData(List<Curve> curves, List<Crossing> crossings, double todayRequestsPerMonth) {
        this(curves, crossings, todayRequestsPerMonth, List.of());
    }

    public BreakEvenData(List<Curve> curves, List<Crossing> crossings) {
        this(curves, crossings, Double.NaN);
    }

    /**
     * What the chart draws of an analytic break-even: Lambda as a line, each EC2 option and the Managed
     * Instances option ("Managed Instances (m7g.large)") as steps.
     */
    public static BreakEvenData of(BreakEvenResult result, double todayRequestsPerMonth) {
        List<Curve> out = new ArrayList<>();
        for (CostSeries s : result.series()) {
            double[] x = s.points().stream().mapToDouble(CostPoint::requests).toArray();
            double[] y = s.points().stream().mapToDouble(CostPoint::monthlyCost).toArray();
            boolean lambda = s.option().equals(BreakEvenAnalysis.LAMBDA);
            out.add(new Curve(lambda ? "Lambda" : LmiOption.label(s.option()), x, y, !lambda));
        }
        List<Crossing> crossings = new ArrayList<>();
        for (io.lambdasim.pricing.breakeven.Crossing c : result.crossings()) {
            crossings.add(new Crossing(LmiOption.label(c.option()), c.requests(), c.lambdaCost()));
        }
        return new BreakEvenData(out, crossings, todayRequestsPerMonth);
    }

    /**
     * As {@link #of(BreakEvenResult, double)}, over the uncertain inputs of {@code bands} (null: none):
     * Lambda's ribbon, and each option's first crossing with its interval.
     */
    public static BreakEvenData of(BreakEvenResult result, double todayRequestsPerMonth,
                                   io.lambdasim.reports.uncertainty.BreakEvenBands bands) {
        BreakEvenData plain = of(result, todayRequestsPerMonth);
        if (bands == null || bands.requests().length == 0) {
            return plain;
        }
        List<Crossing> crossings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (io.lambdasim.pricing.breakeven.Crossing c : result.crossings()) {
            io.lambdasim.reports.uncertainty.Band b = seen.add(c.option()) ? bands.crossing(c.option()) : null;
            crossings.add(b == null ? new Crossing(LmiOption.label(c.option()), c.requests(), c.lambdaCost())
                    : new Crossing(LmiOption.label(c.option()), c.requests(), c.lambdaCost(), b.low(), b.high()));
        }
        return new BreakEvenData(plain.curves(), crossings, todayRequestsPerMonth,
                List.of(new Ribbon("Lambda", bands.requests(), bands.lambdaLow(), bands.lambdaHigh())));
    }

    /** Cost in USD per month at each request volume; {@code step} draws it as a staircase. */
    public record Curve(String name, double[] requestsPerMonth, double[] usdPerMonth, boolean step) {
        public Curve {
            if (requestsPerMonth.length != usdPerMonth.length) {
                throw new IllegalArgumentException("curve " + name + ": " + requestsPerMonth.length
                        + " x values but " + usdPerMonth.length + " y values");
            }
        }
    }

    /**
     * Lambda and {@code option} cost the same {@code usdPerMonth} at {@code requestsPerMonth}; over
     * uncertain inputs the crossing lies between {@code lowRequestsPerMonth} and
     * {@code highRequestsPerMonth} (NaN: no interval).
     */
    public record Crossing(String option, double requestsPerMonth, double usdPerMonth, double lowRequestsPerMonth,
                           double highRequestsPerMonth) {
        public Crossing(String option, double requestsPerMonth, double usdPerMonth) {
            this(option, requestsPerMonth, usdPerMonth, Double.NaN, Double.NaN);
        }

        public boolean hasInterval() {
            return lowRequestsPerMonth > 0 && highRequestsPerMonth > 0;
        }
    }

    /** The lowest and highest monthly cost of curve {@code name} at each volume over the uncertain inputs. */
    public record Ribbon(String name, double[] requestsPerMonth, double[] lowUsdPerMonth, double[] highUsdPerMonth) {
        public Ribbon {
            if (requestsPerMonth.length != lowUsdPerMonth.length || requestsPerMonth.length != highUsdPerMonth.length) {
                throw new IllegalArgumentException("ribbon " + name + ": arrays of different lengths");
            }
        }
    }
}
