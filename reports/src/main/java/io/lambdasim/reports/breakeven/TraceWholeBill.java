package io.lambdasim.reports.breakeven;

import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundConfig;
import java.util.Set;

/**
 * What a trace-based break-even priced around the function (issue 18): the settings, the components
 * that have a line on either side, and Lambda's function bill alone at today's traffic.
 */
public record TraceWholeBill(AroundConfig config, Set<Component> components, double lambdaTodayFunctionOnly) {
    public TraceWholeBill {
        components = Set.copyOf(components);
    }
}
