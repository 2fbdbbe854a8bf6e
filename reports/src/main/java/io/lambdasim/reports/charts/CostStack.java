package io.lambdasim.reports.charts;

import java.util.List;

/**
 * One bar of the cost comparison: an option (Lambda, or an EC2 instance type) and its monthly cost
 * split into components (requests, compute, INIT, provisioned, storage; instances, load balancer).
 *
 * @param lowUsd  over uncertain inputs, the bar's total at the low end of its band (USD per month); null
 *                when the bar is certain
 * @param highUsd the total at the high end, or null
 */
public record CostStack(String option, List<Part> parts, Double lowUsd, Double highUsd) {

    public CostStack {
        parts = List.copyOf(parts);
        if ((lowUsd == null) != (highUsd == null) || (lowUsd != null && !(lowUsd <= highUsd))) {
            throw new IllegalArgumentException("bar " + option + ": a band needs both ends, low <= high");
        }
    }

    public CostStack(String option, List<Part> parts) {
        this(option, parts, null, null);
    }

    /**
     * This bar with the band of its total: {@code central}, {@code low} and {@code high} are a figure's
     * band (Lambda's monthly total); the bar's own total moves by the same amounts (what surrounds the
     * function, priced per request, does not move with keep-alive, INIT or the CPU share).
     */
    public CostStack withBand(double central, double low, double high) {
        double total = totalUsd();
        return new CostStack(option, parts, Math.max(0, total + low - central), total + high - central);
    }

    public boolean banded() {
        return lowUsd != null && lowUsd < highUsd;
    }

    /** One component of a bar, in USD per month. */
    public record Part(String component, double usd) {
    }

    public double totalUsd() {
        return parts.stream().mapToDouble(Part::usd).sum();
    }
}
