package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import java.util.List;

/**
 * One option (an EC2 fleet, or Managed Instances) against Lambda on a trace.
 *
 * @param option           instance type, or {@code lmi:TYPE} for Managed Instances
 * @param lambdaToday      Lambda's monthly cost at k = 1, USD
 * @param ec2Today         the option's monthly cost at k = 1, USD (the fleet's, or Managed Instances')
 * @param fleetToday       what the EC2 fleet measured at k = 1 (instances, utilisation, queueing); null for Managed Instances
 * @param breakEvenFactor  the traffic factor at which the cheaper side changes, or NaN when it
 *                         does not within the searched range
 * @param cheaperToday     {@code "lambda"} or the option's name
 * @param summary          the answer in words
 * @param points           the costs at every factor simulated, by factor
 * @param lmiToday         what the Managed Instances capacity provider measured at k = 1; null for an EC2 fleet
 * @param wholeBill        the crossing without what surrounds the function and with each component alone,
 *                         when it is priced (the figures above are then of whole bills); else null
 */
public record OptionOutcome(String option, double lambdaToday, double ec2Today, FleetResult fleetToday,
                            double breakEvenFactor, String cheaperToday, String summary, List<FactorPoint> points,
                            ManagedInstancesResult lmiToday, OptionWholeBill wholeBill) {
    public OptionOutcome {
        points = List.copyOf(points);
    }

    public OptionOutcome(String option, double lambdaToday, double ec2Today, FleetResult fleetToday, double breakEvenFactor,
                         String cheaperToday, String summary, List<FactorPoint> points, ManagedInstancesResult lmiToday) {
        this(option, lambdaToday, ec2Today, fleetToday, breakEvenFactor, cheaperToday, summary, points, lmiToday, null);
    }

    public boolean ec2CheaperToday() {
        return !cheaperToday.equals(TraceBreakEven.LAMBDA);
    }
}
