package io.lambdasim.reports.breakeven;

import java.util.List;

/**
 * A trace-based break-even: Lambda against each EC2 option as the trace's traffic is scaled.
 *
 * @param lambdaToday    Lambda's monthly cost for the trace as recorded, USD
 * @param invocations    invocations in the trace
 * @param horizonSeconds span of the trace
 * @param options        one outcome per EC2 option, in the order asked
 * @param summary        the answer for all options, in words (one sentence per line)
 */
public record TraceBreakEvenResult(double lambdaToday, long invocations, double horizonSeconds,
                                   List<OptionOutcome> options, String summary) {
    public TraceBreakEvenResult {
        options = List.copyOf(options);
    }
}
