package io.lambdasim.reports.breakeven;

import io.lambdasim.pricing.AroundBill.Component;
import java.util.List;

/**
 * One option's trace-based break-even without what surrounds the function, and with each component
 * alone (issue 18), beside its whole-bill crossing ({@link OptionOutcome#breakEvenFactor()}).
 *
 * @param breakEvenFactorFunctionOnly the crossing of the function's own bill and the option's own, NaN when none in range
 * @param lambdaTodayFunctionOnly     Lambda's function bill at today's traffic, USD a month
 * @param optionTodayFunctionOnly     the option's own bill at today's traffic, USD a month
 * @param movers                      each priced component with the crossing it gives alone, the largest move first
 */
public record OptionWholeBill(double breakEvenFactorFunctionOnly, double lambdaTodayFunctionOnly,
                              double optionTodayFunctionOnly, List<Mover> movers) {

    public OptionWholeBill {
        movers = List.copyOf(movers);
    }

    /** A component and the break-even factor of the function's bill plus that component alone (NaN: none in range). */
    public record Mover(Component component, double breakEvenFactor) {
    }

    /** "Without what surrounds the function: ...; moved most by the front door (alone: 3.1×)." */
    public String sentence(String option) {
        StringBuilder s = new StringBuilder("  Function alone against ").append(option).append(": ")
                .append(factor(breakEvenFactorFunctionOnly)).append(" (").append(TraceBreakEven.money(lambdaTodayFunctionOnly))
                .append(" vs ").append(TraceBreakEven.money(optionTodayFunctionOnly)).append(" a month today)");
        if (!movers.isEmpty()) {
            s.append("; moved most by ");
            for (int i = 0; i < movers.size(); i++) {
                Mover m = movers.get(i);
                s.append(i == 0 ? "" : ", then ").append(m.component().label()).append(" (alone: ")
                        .append(factor(m.breakEvenFactor())).append(')');
            }
        }
        return s.append('.').toString();
    }

    private static String factor(double k) {
        return Double.isNaN(k) ? "no crossing in range" : "break-even at " + TraceBreakEven.times(k) + " today's traffic";
    }
}
