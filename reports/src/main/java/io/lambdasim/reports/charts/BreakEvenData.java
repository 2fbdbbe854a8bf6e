package io.lambdasim.reports.charts;

import java.util.List;

/**
 * What the break-even chart draws: monthly cost curves against monthly requests (Lambda as a line,
 * each EC2 option as a step function of the fleet size) and the points where they cross.
 */
public record BreakEvenData(List<Curve> curves, List<Crossing> crossings) {

    public BreakEvenData {
        curves = List.copyOf(curves);
        crossings = List.copyOf(crossings);
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
