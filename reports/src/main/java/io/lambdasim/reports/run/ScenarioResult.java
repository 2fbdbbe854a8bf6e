package io.lambdasim.reports.run;

import io.lambdasim.engine.SimulationResult;
import io.lambdasim.traces.TraceReport;
import java.util.List;

/**
 * A finished scenario: its options, the engine's measurements, their Lambda bill, and whatever the
 * extensions added.
 *
 * <p>Money has one meaning: {@code monthly} is the bill of a month of this workload (the usage
 * measured over {@code period}, projected to the options' month, priced with the month's free tier
 * and tiers); {@code cost} is the covered period's share of that month's bill.
 *
 * @param options    what was asked
 * @param simulation what the engine measured
 * @param period     the period the workload covers, and where its length came from
 * @param monthly    the Lambda bill of a month of this workload
 * @param cost       the Lambda bill of the covered period: {@code monthly} × period / month
 * @param pricing    how the bill was computed (marginal prices for per-bucket and per-function costs)
 * @param extensions results of the extensions that had something to say, in registration order
 * @param trace      what the trace reader did (format, rows read and skipped with {@code --skip-bad-rows})
 */
public record ScenarioResult(ScenarioOptions options, SimulationResult simulation, Period period, LambdaCost monthly,
                             LambdaCost cost, LambdaPricing pricing, List<ScenarioExtension.Result> extensions,
                             TraceReport trace) {

    public ScenarioResult {
        extensions = List.copyOf(extensions);
    }

    ScenarioResult withExtensions(List<ScenarioExtension.Result> more) {
        return new ScenarioResult(options, simulation, period, monthly, cost, pricing, more, trace);
    }

    /** How many times the covered period fits in the month: usage × this = a month's usage. */
    public double monthlyFactor() {
        return options.month().factor(period.us());
    }
}
