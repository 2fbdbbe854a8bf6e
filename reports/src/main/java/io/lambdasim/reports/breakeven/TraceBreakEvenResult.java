package io.lambdasim.reports.breakeven;

import io.lambdasim.reports.run.Period;
import io.lambdasim.reports.slo.SloRanking;
import io.lambdasim.reports.slo.SloVerdict;
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
 * @param slo            Lambda and every option ranked under the latency objective at today's traffic,
 *                       or null without one ({@code --latency-slo})
 */
public record TraceBreakEvenResult(double lambdaToday, long invocations, Period period,
                                   List<OptionOutcome> options, String summary,
                                   io.lambdasim.reports.uncertainty.OneAtATime bands, TraceWholeBill wholeBill,
                                   SloRanking slo) {
    public TraceBreakEvenResult {
        options = List.copyOf(options);
    }

    public TraceBreakEvenResult(double lambdaToday, long invocations, Period period, List<OptionOutcome> options,
                                String summary) {
        this(lambdaToday, invocations, period, options, summary, null, null, null);
    }

    public TraceBreakEvenResult withBands(io.lambdasim.reports.uncertainty.OneAtATime b) {
        return new TraceBreakEvenResult(lambdaToday, invocations, period, options, summary, b, wholeBill, slo);
    }

    /**
     * The option to pick at today's traffic: the cheapest meeting the latency objective when one is
     * given and some option meets it, else {@link #cheapestToday()}.
     */
    public String recommendedToday() {
        SloVerdict v = slo == null ? null : slo.cheapestMeeting();
        return v == null ? cheapestToday() : v.option();
    }

    /** Why {@code option} misses the latency objective, or empty (no objective, or it meets it). */
    public String sloMiss(String option) {
        SloVerdict v = slo == null ? null : slo.of(option);
        return v == null ? "" : v.reason();
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
