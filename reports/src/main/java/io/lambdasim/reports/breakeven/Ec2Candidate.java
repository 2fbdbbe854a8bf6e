package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetConfig;

/** One EC2 option of a trace-based break-even: how its fleet runs and what it costs. */
public record Ec2Candidate(FleetConfig fleet, Ec2Pricing pricing) {
    public String name() {
        return pricing.name();
    }
}
