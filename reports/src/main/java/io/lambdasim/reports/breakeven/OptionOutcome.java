package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetResult;
import java.util.List;

/**
 * One EC2 option against Lambda on a trace.
 *
 * @param option           instance type
 * @param lambdaToday      Lambda's monthly cost at k = 1, USD
 * @param ec2Today         the fleet's monthly cost at k = 1, USD
 * @param fleetToday       what the fleet measured at k = 1 (instances, utilisation, queueing)
 * @param breakEvenFactor  the traffic factor at which the cheaper side changes, or NaN when it
 *                         does not within the searched range
 * @param cheaperToday     {@code "lambda"} or the option's name
 * @param summary          the answer in words
 * @param points           the costs at every factor simulated, by factor
 */
public record OptionOutcome(String option, double lambdaToday, double ec2Today, FleetResult fleetToday,
                            double breakEvenFactor, String cheaperToday, String summary, List<FactorPoint> points) {
    public OptionOutcome {
        points = List.copyOf(points);
    }

    public boolean ec2CheaperToday() {
        return !cheaperToday.equals(TraceBreakEven.LAMBDA);
    }
}
