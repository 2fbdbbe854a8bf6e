package io.lambdasim.reports.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The extension point for what a scenario adds beside the Lambda simulation, such as the EC2
 * fleets serving the same workload. {@link ScenarioRunner} calls every registered extension after
 * the Lambda run; an extension re-reads the workload with {@code options.source().open()} (each
 * call is a fresh stream, so memory stays flat).
 */
public interface ScenarioExtension {

    /** What the extension measured and priced for one scenario. */
    interface Result {
        /** Adds its figures to the scenario's JSON object (e.g. an {@code ec2} array). */
        void writeJson(ObjectNode scenario);

        /** Flat headline figures for results tables ({@code ec2_m7g.large_usd} ...), column -> value. */
        Map<String, String> figures();

        /** Human-readable lines for the summary printed by {@code lambdasim simulate}. */
        default java.util.List<String> summaryLines() {
            return java.util.List.of();
        }

        /** What surrounds Lambda's function (front door, triggers, network, logs), USD a month; zero for most extensions. */
        default java.math.BigDecimal lambdaAroundMonthly() {
            return java.math.BigDecimal.ZERO;
        }

        /**
         * The options priced beside Lambda, each a month of its own bill and of its side of what
         * surrounds the function ({@code lambdaAround}: Lambda's, for options that are Lambda functions
         * too), for the cheapest whole bill ({@link WholeBills}).
         */
        default java.util.List<WholeBills.Option> wholeBillOptions(java.math.BigDecimal lambdaAround) {
            return java.util.List.of();
        }
    }

    /**
     * Checks the scenario's settings for this extension before anything runs (a type the price book
     * lacks fails at once, not after the Lambda simulation); IllegalArgumentException naming the value.
     */
    default void check(ScenarioOptions options) {
    }

    /** Null when the scenario asks nothing of this extension (e.g. no {@code ec2} types). */
    Result run(ScenarioOptions options, ScenarioResult lambda);
}
