package io.lambdasim.reports.slo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options ranked under a latency objective: those that meet it first, cheapest first, then those
 * that miss it, cheapest first. The cheapest option that meets the objective is the answer; one
 * that is cheaper but misses it is named with the reason.
 *
 * @param slo      the objective
 * @param verdicts every option's verdict, in rank order
 */
public record SloRanking(LatencySlo slo, List<SloVerdict> verdicts) {

    public SloRanking {
        verdicts = List.copyOf(verdicts);
    }

    /** Ranks {@code verdicts} (any order): met before missed, then by monthly cost; ties keep the given order. */
    public static SloRanking of(LatencySlo slo, List<SloVerdict> verdicts) {
        List<SloVerdict> sorted = new ArrayList<>(verdicts);
        sorted.sort(Comparator.comparing((SloVerdict v) -> !v.met()).thenComparingDouble(SloVerdict::monthlyUsd));
        return new SloRanking(slo, sorted);
    }

    /** The cheapest option that meets the objective, or null when none does. */
    public SloVerdict cheapestMeeting() {
        return verdicts.isEmpty() || !verdicts.get(0).met() ? null : verdicts.get(0);
    }

    /** The options that miss the objective, cheapest first. */
    public List<SloVerdict> missed() {
        return verdicts.stream().filter(v -> !v.met()).toList();
    }

    /** The verdict of {@code option}, or null. */
    public SloVerdict of(String option) {
        return verdicts.stream().filter(v -> v.option().equals(option)).findFirst().orElse(null);
    }

    /** "Misses p99=300ms: t4g.small: response p99 1,077 ms > 300 ms; ..." or empty when every option meets it. */
    public String missedInWords() {
        List<String> why = missed().stream().map(SloVerdict::reason).toList();
        return why.isEmpty() ? "" : "Misses " + slo.spec() + ": " + String.join("; ", why) + ".";
    }

    /** The {@code latencySlo} JSON block: the objective, the cheapest option meeting it, and every verdict in rank order. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objective", slo.spec());
        m.put("percentile", slo.percentile());
        m.put("objectiveMs", slo.objectiveMs());
        SloVerdict best = cheapestMeeting();
        m.put("cheapestMeeting", best == null ? null : best.option());
        m.put("ranking", verdicts.stream().map(SloVerdict::json).toList());
        return m;
    }
}
