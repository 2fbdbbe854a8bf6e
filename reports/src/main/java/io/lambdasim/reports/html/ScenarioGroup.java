package io.lambdasim.reports.html;

import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.charts.SizingData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scenarios that came from one row of the scenario file: one, or a sweep of several. A sweep
 * over memory gets a sizing chart per architecture; the rest of the charts show one
 * representative: the recommended memory of a sizing sweep, else the first scenario.
 */
public record ScenarioGroup(String name, List<ScenarioRecord> members) {

    /** Power Tuning's default balance between cost and speed. */
    static final double BALANCED_WEIGHT = 0.5;

    public static List<ScenarioGroup> of(List<ScenarioRecord> records) {
        Map<Integer, List<ScenarioRecord>> byRow = new LinkedHashMap<>();
        for (ScenarioRecord r : records) {
            byRow.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r);
        }
        List<ScenarioGroup> groups = new ArrayList<>();
        for (List<ScenarioRecord> rs : byRow.values()) {
            String n = rs.get(0).name();
            int sweep = n.indexOf(" [");
            groups.add(new ScenarioGroup(sweep > 0 ? n.substring(0, sweep) : n, rs));
        }
        return groups;
    }

    public List<ScenarioRecord> ok() {
        return members.stream().filter(ScenarioRecord::ok).toList();
    }

    /** One sizing sweep per architecture, when the group varies memory; keyed by arch ("" when unset). */
    public Map<String, SizingData> sizing() {
        Map<String, Map<Integer, ScenarioRecord>> byArch = new TreeMap<>();
        for (ScenarioRecord r : ok()) {
            String mem = r.settings().get("memory_mb");
            if (mem == null || r.cell(ResultColumns.MEAN_DURATION_MS).isEmpty()) {
                continue;
            }
            byArch.computeIfAbsent(r.settings().getOrDefault("arch", ""), k -> new TreeMap<>())
                    .putIfAbsent(Integer.parseInt(mem.trim()), r);
        }
        Map<String, SizingData> out = new LinkedHashMap<>();
        for (var e : byArch.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            List<SizingData.Point> pts = new ArrayList<>();
            e.getValue().forEach((mem, r) -> pts.add(new SizingData.Point(mem,
                    Double.parseDouble(r.cell(ResultColumns.LAMBDA_USD_PER_1M)),
                    Double.parseDouble(r.cell(ResultColumns.MEAN_DURATION_MS)),
                    number(r.cell(ResultColumns.LAMBDA_USD_PER_1M + "_low")),
                    number(r.cell(ResultColumns.LAMBDA_USD_PER_1M + "_high")))));
            out.put(e.getKey(), new SizingData(pts, balanced(pts), "cost per 1M invocations (USD)", "balanced"));
        }
        return out;
    }

    /** A cell as a number; NaN when empty (a scenario without ranges has no band). */
    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** Power Tuning's balanced strategy: least w·cost/maxCost + (1−w)·duration/maxDuration; ties to less memory. */
    static int balanced(List<SizingData.Point> pts) {
        double maxCost = pts.stream().mapToDouble(SizingData.Point::cost).max().orElse(1);
        double maxDuration = pts.stream().mapToDouble(SizingData.Point::durationMs).max().orElse(1);
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (SizingData.Point p : pts) {
            double score = BALANCED_WEIGHT * (maxCost > 0 ? p.cost() / maxCost : 0)
                    + (1 - BALANCED_WEIGHT) * (maxDuration > 0 ? p.durationMs() / maxDuration : 0);
            if (score < bestScore - 1e-12) {
                bestScore = score;
                best = p.memoryMb();
            }
        }
        return best;
    }

    /** The scenario whose cost, break-even, timeline and latency charts stand for the group. */
    public ScenarioRecord representative(Map<String, SizingData> sizing) {
        List<ScenarioRecord> ok = ok();
        if (ok.isEmpty()) {
            return null;
        }
        if (!sizing.isEmpty()) {
            var first = sizing.entrySet().iterator().next();
            for (ScenarioRecord r : ok) {
                if (r.settings().getOrDefault("arch", "").equals(first.getKey())
                        && String.valueOf(first.getValue().recommendedMb()).equals(r.settings().get("memory_mb"))) {
                    return r;
                }
            }
        }
        return ok.get(0);
    }
}
