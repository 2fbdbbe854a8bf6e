package io.lambdasim.reports.charts;

import java.util.List;

/**
 * One bar of the cost comparison: an option (Lambda, or an EC2 instance type) and its monthly cost
 * split into components (requests, compute, INIT, provisioned, storage; instances, load balancer).
 */
public record CostStack(String option, List<Part> parts) {

    public CostStack {
        parts = List.copyOf(parts);
    }

    /** One component of a bar, in USD per month. */
    public record Part(String component, double usd) {
    }

    public double totalUsd() {
        return parts.stream().mapToDouble(Part::usd).sum();
    }
}
