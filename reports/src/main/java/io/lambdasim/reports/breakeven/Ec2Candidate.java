package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.Ec2Fleet;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.reports.run.Period;
import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/** One EC2 option of a trace-based break-even: how its fleet runs and what it costs. */
public record Ec2Candidate(FleetConfig fleet, Ec2Pricing pricing) implements TraceOption {
    @Override
    public String name() {
        return pricing.name();
    }

    /** The fleet runs to the end of the period: once idle, a static fleet at its size, an autoscaled one at its floor. */
    @Override
    public Priced price(Supplier<? extends InvocationCursor> trace, Period period, double hoursPerMonth) {
        FleetResult r = Ec2Fleet.simulate(trace, fleet);
        int tail = fleet.mode() == FleetMode.STATIC ? r.initialInstances() : Math.max(1, fleet.minInstances());
        return new Priced(pricing.monthlyCost(r, period.seconds(), tail, hoursPerMonth), r, null,
                pricing.monthlyInstanceHours(r, period.seconds(), tail, hoursPerMonth));
    }
}
