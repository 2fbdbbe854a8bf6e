package io.lambdasim.reports.sizing;

import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.Sensitivity;
import io.lambdasim.reports.uncertainty.SizingBands;
import io.lambdasim.reports.uncertainty.UncertainInput;
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
            s.append(String.format(Locale.ROOT, "%-7s %7d %12s %11s %10.1f %10.1f %8d %12.1f %7d %8d%s%s%n", row.arch(),
                    row.memoryMb(), usd(row.monthlyCost()), usd(row.costPerMillion()), row.meanDurationMs(),
                    row.p99DurationMs(), row.coldStarts(), row.p99LatencyMs(), row.outOfMemory(), row.timeouts(),
                    band(r, row), row.equals(r.recommended()) ? "  <" : ""));
        }
        SizingRow best = r.recommended();
        s.append(String.format(Locale.ROOT, "Recommended (%s%s): %d MB %s, %s a month, %s per million, mean %.1f ms%n",
                r.strategy().label(), r.strategy() == SizingStrategy.BALANCED ? ", weight " + r.balancedWeight() : "",
                best.memoryMb(), best.arch(), usd(best.monthlyCost()), usd(best.costPerMillion()), best.meanDurationMs()));
        if (r.bands() != null) {
            SizingBands b = r.bands();
            s.append("Uncertain inputs (band: each input at each end of its range, the others central, effects added):\n");
            for (UncertainInput in : b.runs().inputs()) {
                s.append(String.format(Locale.ROOT, "  %-16s %s .. %s%n", in.label(), b.inputs().describe(in, false),
                        b.inputs().describe(in, true)));
            }
            s.append(b.recommendationHolds(best) ? "The recommendation holds at every end of every range.\n"
                    : "The recommendation changes over the ranges: " + b.recommended() + "\n");
            s.append(String.format(Locale.ROOT, "Sensitivity of the recommended configuration's monthly cost:%n  %-16s %14s %14s %12s%n",
                    "input", "$/month at low", "at high", "swing"));
            for (Sensitivity x : b.runs().sensitivity(SizingBands.key(best))) {
                s.append(String.format(Locale.ROOT, "  %-16s %14s %14s %12s%n", x.input().label(), usd(x.atLow()), usd(x.atHigh()),
                        usd(x.swing())));
            }
        }
        return s.toString();
    }

    private static String band(SizingResult r, SizingRow row) {
        if (r.bands() == null) {
            return "";
        }
        Band b = r.bands().monthlyCost(row);
        return b == null ? "" : String.format(Locale.ROOT, "  (%s to %s)", usd(b.low()), usd(b.high()));
    }

    private static String usd(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "$%,.4f", v);
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
            Map<String, Object> m = row(row);
            if (r.bands() != null && r.bands().monthlyCost(row) != null) {
                Band b = r.bands().monthlyCost(row);
                m.put("monthlyCostLow", BigDecimal.valueOf(b.low()).setScale(6, RoundingMode.HALF_EVEN));
                m.put("monthlyCostHigh", BigDecimal.valueOf(b.high()).setScale(6, RoundingMode.HALF_EVEN));
            }
            rows.add(m);
        }
        root.put("rows", rows);
        if (r.bands() != null) {
            SizingBands b = r.bands();
            Map<String, Object> u = new LinkedHashMap<>();
            List<Map<String, Object>> inputs = new ArrayList<>();
            for (UncertainInput in : b.runs().inputs()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("input", in.label());
                i.put("low", b.inputs().describe(in, false));
                i.put("high", b.inputs().describe(in, true));
                inputs.add(i);
            }
            u.put("inputs", inputs);
            u.put("recommendedAtEnds", b.recommended());
            u.put("recommendationHolds", b.recommendationHolds(r.recommended()));
            List<Map<String, Object>> sens = new ArrayList<>();
            for (Sensitivity x : b.runs().sensitivity(SizingBands.key(r.recommended()))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("input", x.input().label());
                m.put("monthlyCostAtLow", x.atLow());
                m.put("monthlyCostAtHigh", x.atHigh());
                m.put("swing", x.swing());
                sens.add(m);
            }
            u.put("sensitivity", sens);
            root.put("uncertainty", u);
        }
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
