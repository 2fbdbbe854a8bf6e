package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.reports.run.Period;
import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/**
 * One option of a trace-based break-even beside Lambda: an EC2 fleet ({@link Ec2Candidate}) or a
 * Managed Instances capacity provider ({@link LmiCandidate}), replayed on the trace scaled by a
 * traffic factor and priced per month.
 */
public interface TraceOption {

    String name();

    /**
     * Replays the (scaled) trace and prices a month of {@code hoursPerMonth} of it: the option runs
     * over the whole covered {@code period}, which is projected to the month.
     */
    Priced price(Supplier<? extends InvocationCursor> trace, Period period, double hoursPerMonth);

    /**
     * A replay and its monthly cost; exactly one of {@code fleet} and {@code lmi} is set.
     *
     * @param monthly monthly cost, USD
     * @param fleet   what an EC2 fleet measured, or null
     * @param lmi     what a Managed Instances capacity provider measured, or null
     * @param monthlyInstanceHours a month of an EC2 fleet's billed instance-hours (its addresses and
     *                volumes are priced on them, issue 18); 0 for Managed Instances
     */
    record Priced(double monthly, FleetResult fleet, ManagedInstancesResult lmi, double monthlyInstanceHours) {
    }
}
