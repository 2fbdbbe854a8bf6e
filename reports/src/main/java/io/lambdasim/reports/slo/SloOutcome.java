package io.lambdasim.reports.slo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.settings.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's options ranked under its latency objective ({@code latency_slo}): the
 * {@code latencySlo} block of {@code simulate --json}, the {@code slo_*} columns of results.csv
 * and the line {@code simulate} prints. The scenario's {@code cheapest_option} keeps its meaning
 * (cost alone); these say which option to pick when latency counts too.
 */
public record SloOutcome(SloRanking ranking) implements ScenarioExtension.Result {

    /** The results.csv columns, in order: the cheapest option meeting the objective, its monthly cost, the misses. */
    public static final List<String> COLUMNS = List.of("slo_option", "slo_monthly_usd", "slo_misses");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The ranking of Lambda and every extension's options in {@code scenario}, or null when it sets
     * no objective.
     */
    public static SloOutcome of(ScenarioResult scenario, List<ScenarioExtension.Result> extensions) {
        LatencySlo slo = scenario.options().settings().getOr(Settings.LATENCY_SLO, null);
        if (slo == null) {
            return null;
        }
        List<SloVerdict> verdicts = new ArrayList<>();
        verdicts.add(SloVerdict.lambda(slo, "Lambda", scenario.simulation().latencyHistogram(),
                scenario.monthly().total().doubleValue()));
        for (ScenarioExtension.Result e : extensions) {
            if (e instanceof SloSubject s) {
                verdicts.addAll(s.verdicts(slo));
            }
        }
        return new SloOutcome(SloRanking.of(slo, verdicts));
    }

    @Override
    public void writeJson(ObjectNode scenario) {
        scenario.set("latencySlo", JSON.valueToTree(ranking.json()));
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> m = new LinkedHashMap<>();
        SloVerdict best = ranking.cheapestMeeting();
        m.put("slo_option", best == null ? "none" : best.option());
        m.put("slo_monthly_usd", best == null ? "" : BigDecimal.valueOf(best.monthlyUsd()).setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString());
        m.put("slo_misses", String.join("; ", ranking.missed().stream().map(SloVerdict::reason).toList()));
        return m;
    }

    @Override
    public List<String> summaryLines() {
        SloVerdict best = ranking.cheapestMeeting();
        List<String> lines = new ArrayList<>();
        lines.add(best == null ? "No option meets the latency objective " + ranking.slo().spec() + "."
                : String.format(java.util.Locale.ROOT, "Cheapest meeting %s: %s ($%,.2f/month).", ranking.slo().spec(),
                        best.option(), best.monthlyUsd()));
        String missed = ranking.missedInWords();
        if (!missed.isEmpty()) {
            lines.add(missed);
        }
        return lines;
    }
}
