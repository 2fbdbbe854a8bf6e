package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.lmi.ManagedInstancesFleet;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/** One Lambda Managed Instances option of a trace-based break-even: its capacity provider and prices. */
public record LmiCandidate(LmiOption option) implements TraceOption {
    @Override
    public String name() {
        return option.name();
    }

    @Override
    public Priced price(Supplier<? extends InvocationCursor> trace, double hoursPerMonth) {
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(trace, option.config());
        return new Priced(option.bill(r, hoursPerMonth).monthly().total().doubleValue(), null, r);
    }
}
