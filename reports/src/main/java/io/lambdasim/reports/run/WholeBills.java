package io.lambdasim.reports.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A month of each option's whole bill in a simulated scenario (issue 18): Lambda's own bill plus its
 * front door, triggers, network and logs; each EC2 fleet's plus its public addresses, root volumes and
 * the same data out; Managed Instances' (Lambda functions too) plus the function's surroundings. The
 * cheapest of these is the scenario's cheapest whole bill, beside the function-only comparison that
 * {@code cheapest_option} has always made.
 *
 * @param options Lambda first, then each option, each with its own bill and its side of what surrounds it
 */
public record WholeBills(List<Option> options) {

    public static final String LAMBDA = "Lambda";

    /**
     * One option's month: {@code own} its bill as it has always been priced, {@code around} what it
     * pays for the surroundings (USD a month each).
     */
    public record Option(String name, BigDecimal own, BigDecimal around) {
        public BigDecimal whole() {
            return own.add(around);
        }
    }

    public WholeBills {
        options = List.copyOf(options);
    }

    /** The scenario's options: Lambda and what its extensions priced beside it. */
    public static WholeBills of(ScenarioResult r) {
        BigDecimal lambdaAround = BigDecimal.ZERO;
        for (ScenarioExtension.Result e : r.extensions()) {
            lambdaAround = lambdaAround.add(e.lambdaAroundMonthly());
        }
        List<Option> out = new ArrayList<>();
        out.add(new Option(LAMBDA, r.monthly().total(), lambdaAround));
        for (ScenarioExtension.Result e : r.extensions()) {
            out.addAll(e.wholeBillOptions(lambdaAround));
        }
        return new WholeBills(out);
    }

    /** Whether there is anything to compare Lambda with. */
    public boolean hasOptions() {
        return options.size() > 1;
    }

    /** The cheapest whole bill; the first listed wins a tie (Lambda before the others, as {@code cheapest_option}). */
    public Option cheapest() {
        Option best = options.get(0);
        for (Option o : options) {
            if (o.whole().compareTo(best.whole()) < 0) {
                best = o;
            }
        }
        return best;
    }

    /** The options by whole bill, cheapest first (stable: ties keep their order). */
    public List<Option> ranking() {
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(Option::whole));
        return sorted;
    }

    /** {@code cheapestWholeBill: {option, monthlyCost, ranking: [{option, monthlyCost, ownMonthlyCost, aroundMonthlyCost}]}}. */
    public void writeJson(ObjectNode scenario) {
        ObjectNode n = scenario.putObject("cheapestWholeBill");
        Option best = cheapest();
        n.put("option", best.name());
        n.put("monthlyCost", usd(best.whole()));
        ArrayNode ranking = n.putArray("ranking");
        for (Option o : ranking()) {
            ranking.addObject().put("option", o.name()).put("monthlyCost", usd(o.whole())).put("ownMonthlyCost", usd(o.own()))
                    .put("aroundMonthlyCost", usd(o.around()));
        }
    }

    /** "Cheapest whole bill per month: m7g.large $74.35 (Lambda $81.20)". */
    public String summaryLine() {
        StringBuilder s = new StringBuilder("Cheapest whole bill per month (each option with its own front door, triggers, network and logs): ");
        List<Option> ranked = ranking();
        for (int i = 0; i < ranked.size(); i++) {
            Option o = ranked.get(i);
            s.append(i == 0 ? "" : i == 1 ? " (then " : ", ").append(o.name())
                    .append(String.format(Locale.ROOT, " $%,.2f", o.whole().setScale(2, RoundingMode.HALF_EVEN)));
        }
        return s.append(ranked.size() > 1 ? ")" : "").toString();
    }

    private static BigDecimal usd(BigDecimal v) {
        BigDecimal r = v.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
