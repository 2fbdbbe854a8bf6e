package io.lambdasim.reports.charts;

import java.util.List;

/**
 * What the break-even chart draws: monthly cost curves against monthly requests (Lambda as a line,
 * each EC2 option as a step function of the fleet size), the points where they cross, and where
 * the workload is today ({@code todayRequestsPerMonth}, NaN when unknown).
 */
public record BreakEvenData(List<Curve> curves, List<Crossing> crossings, double todayRequestsPerMonth) {

    public BreakEvenData {
        curves = List.copyOf(curves);
        crossings = List.copyOf(crossings);
    }

    public BreakEvenData(List<Curve> curves, List<Crossing> crossings) {
        this(curves, crossings, Double.NaN);
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

    /** Lambda and {@code option} cost the same {@code usdPerMonth} at {@code requestsPerMonth}. */
    public record Crossing(String option, double requestsPerMonth, double usdPerMonth) {
    }
}
