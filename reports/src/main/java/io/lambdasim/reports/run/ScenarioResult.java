package io.lambdasim.reports.run;

import io.lambdasim.engine.SimulationResult;
import io.lambdasim.traces.TraceReport;
import java.util.List;

/**
 * A finished scenario: its options, the engine's measurements, their Lambda bill, and whatever the
 * extensions added.
 *
 * @param options    what was asked
 * @param simulation what the engine measured
 * @param cost       the Lambda bill of that usage
 * @param pricing    how the bill was computed (marginal prices for per-bucket and per-function costs)
 * @param extensions results of the extensions that had something to say, in registration order
 * @param trace      what the trace reader did (format, rows read and skipped with {@code --skip-bad-rows})
 */
public record ScenarioResult(ScenarioOptions options, SimulationResult simulation, LambdaCost cost,
                             LambdaPricing pricing, List<ScenarioExtension.Result> extensions, TraceReport trace) {

    public ScenarioResult {
        extensions = List.copyOf(extensions);
    }

    ScenarioResult withExtensions(List<ScenarioExtension.Result> more) {
        return new ScenarioResult(options, simulation, cost, pricing, more, trace);
    }
}
