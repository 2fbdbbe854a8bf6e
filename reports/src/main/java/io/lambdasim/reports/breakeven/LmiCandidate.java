package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.lmi.ManagedInstancesFleet;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.run.Period;
import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/** One Lambda Managed Instances option of a trace-based break-even: its capacity provider and prices. */
public record LmiCandidate(LmiOption option) implements TraceOption {
    @Override
    public String name() {
        return option.name();
    }

    /** The capacity provider's window is the covered period: its instances run (and bill) to its end. */
    @Override
    public Priced price(Supplier<? extends InvocationCursor> trace, Period period, double hoursPerMonth) {
        ManagedInstancesResult r = ManagedInstancesFleet.simulate(trace, option.overPeriod(period.us()).config());
        return new Priced(option.bill(r, hoursPerMonth).monthly().total().doubleValue(), null, r, 0);
    }
}
