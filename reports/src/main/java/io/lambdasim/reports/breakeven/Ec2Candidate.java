package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.Ec2Fleet;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/** One EC2 option of a trace-based break-even: how its fleet runs and what it costs. */
public record Ec2Candidate(FleetConfig fleet, Ec2Pricing pricing) implements TraceOption {
    @Override
    public String name() {
        return pricing.name();
    }

    @Override
    public Priced price(Supplier<? extends InvocationCursor> trace, double hoursPerMonth) {
        FleetResult r = Ec2Fleet.simulate(trace, fleet);
        return new Priced(pricing.monthlyCost(r, hoursPerMonth), r, null);
    }
}
