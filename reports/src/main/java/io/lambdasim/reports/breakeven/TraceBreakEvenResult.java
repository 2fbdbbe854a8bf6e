package io.lambdasim.reports.breakeven;

import io.lambdasim.reports.run.Period;
import java.util.List;

/**
 * A trace-based break-even: Lambda against each other option (EC2 fleets, Managed Instances) as the
 * trace's traffic is scaled.
 *
 * @param lambdaToday    Lambda's monthly cost for the trace as recorded, USD
 * @param invocations    invocations in the trace
 * @param period         the period the trace covers (usage over it is projected to a month)
 * @param options        one outcome per option, in the order asked (EC2 types, then Managed Instances)
 * @param summary        the answer for all options, in words (one sentence per line)
 * @param bands          Lambda's monthly cost and each break-even factor over the uncertain inputs
 *                       ({@link TraceBreakEvenRun#figures}), or null when nothing is uncertain
 * @param wholeBill      what was priced around the function (the costs and factors above are then of
 *                       whole bills), or null when nothing is
 */
public record TraceBreakEvenResult(double lambdaToday, long invocations, Period period,
                                   List<OptionOutcome> options, String summary,
                                   io.lambdasim.reports.uncertainty.OneAtATime bands, TraceWholeBill wholeBill) {
    public TraceBreakEvenResult {
        options = List.copyOf(options);
    }

    public TraceBreakEvenResult(double lambdaToday, long invocations, Period period, List<OptionOutcome> options,
                                String summary) {
        this(lambdaToday, invocations, period, options, summary, null, null);
    }

    public TraceBreakEvenResult withBands(io.lambdasim.reports.uncertainty.OneAtATime b) {
        return new TraceBreakEvenResult(lambdaToday, invocations, period, options, summary, b, wholeBill);
    }

    /** The cheapest of Lambda and every option at today's traffic ({@code "lambda"} or the option's name). */
    public String cheapestToday() {
        String best = TraceBreakEven.LAMBDA;
        double cost = lambdaToday;
        for (OptionOutcome o : options) {
            if (o.ec2Today() < cost) {
                cost = o.ec2Today();
                best = o.option();
            }
        }
        return best;
    }

    /** As {@link #cheapestToday()} on the function's own bills (the same without {@link #wholeBill()}). */
    public String cheapestTodayFunctionOnly() {
        if (wholeBill == null) {
            return cheapestToday();
        }
        String best = TraceBreakEven.LAMBDA;
        double cost = wholeBill.lambdaTodayFunctionOnly();
        for (OptionOutcome o : options) {
            if (o.wholeBill().optionTodayFunctionOnly() < cost) {
                cost = o.wholeBill().optionTodayFunctionOnly();
                best = o.option();
            }
        }
        return best;
    }

    /** The covered period in seconds (the JSON's {@code horizonSeconds}, kept for scripts). */
    public double horizonSeconds() {
        return period.seconds();
    }
}
