package io.lambdasim.reports.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sizing result as a table for people and a JSON tree for tools. */
public final class SizingReport {

    private SizingReport() {
    }

    public static String table(SizingResult r, long invocations) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Memory sizing of %,d invocations over %s, projected to a month%n", invocations,
                r.period().describe()));
        s.append("Duration model: ").append(r.model()).append('\n');
        s.append(String.format(Locale.ROOT, "%-7s %7s %12s %11s %10s %10s %8s %12s %7s %8s%n", "arch", "MB", "$/month",
                "$/1M inv", "mean ms", "p99 ms", "cold", "p99 lat ms", "OOM", "timeouts"));
        for (SizingRow row : r.rows()) {
            s.append(String.format(Locale.ROOT, "%-7s %7d %12s %11s %10.1f %10.1f %8d %12.1f %7d %8d%s%n", row.arch(),
                    row.memoryMb(), usd(row.monthlyCost()), usd(row.costPerMillion()), row.meanDurationMs(),
                    row.p99DurationMs(), row.coldStarts(), row.p99LatencyMs(), row.outOfMemory(), row.timeouts(),
                    row.equals(r.recommended()) ? "  <" : ""));
        }
        SizingRow best = r.recommended();
        s.append(String.format(Locale.ROOT, "Recommended (%s%s): %d MB %s, %s a month, %s per million, mean %.1f ms%n",
                r.strategy().label(), r.strategy() == SizingStrategy.BALANCED ? ", weight " + r.balancedWeight() : "",
                best.memoryMb(), best.arch(), usd(best.monthlyCost()), usd(best.costPerMillion()), best.meanDurationMs()));
        return s.toString();
    }

    public static Map<String, Object> json(SizingResult r, long invocations) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", r.modelKind());
        model.put("description", r.model());
        root.put("model", model);
        root.put("strategy", r.strategy().label());
        root.put("balancedWeight", r.balancedWeight());
        root.put("invocations", invocations);
        root.put("horizonSeconds", r.period().seconds()); // kept for scripts: the covered period, as "period" says
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("seconds", r.period().seconds());
        period.put("source", r.period().source().key());
        root.put("period", period);
        root.put("recommended", row(r.recommended()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SizingRow row : r.rows()) {
            rows.add(row(row));
        }
        root.put("rows", rows);
        return root;
    }

    private static Map<String, Object> row(SizingRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memoryMb", r.memoryMb());
        m.put("arch", r.arch());
        m.put("monthlyCost", r.monthlyCost().setScale(6, RoundingMode.HALF_EVEN));
        m.put("costPerMillion", r.costPerMillion().setScale(6, RoundingMode.HALF_EVEN));
        m.put("computeCostPerInvocation", r.computeCostPerInvocation());
        m.put("meanDurationMs", r.meanDurationMs());
        m.put("p99DurationMs", r.p99DurationMs());
        m.put("coldStarts", r.coldStarts());
        m.put("p99LatencyMs", r.p99LatencyMs());
        m.put("outOfMemory", r.outOfMemory());
        m.put("timeouts", r.timeouts());
        m.put("failures", r.failures());
        m.put("invocations", r.invocations());
        m.put("monthlyGbSeconds", r.monthlyGbSeconds());
        return m;
    }

    private static String usd(BigDecimal v) {
        return String.format(Locale.ROOT, "$%,.4f", v);
    }
}
