package io.lambdasim.reports.demo;

import static io.lambdasim.reports.batch.ResultColumns.*;

import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.charts.SizingData;
import io.lambdasim.reports.html.ScenarioGroup;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Five lines on what a batch found (scale, who wins, break-even, memory, cold starts), then where the report is. */
public final class Findings {

    private Findings() {
    }

    public static List<String> lines(List<ScenarioRecord> records, long elapsedMs, Path report) {
        List<ScenarioRecord> ok = records.stream().filter(ScenarioRecord::ok).toList();
        List<ScenarioGroup> groups = ScenarioGroup.of(records);
        long invocations = ok.stream().mapToLong(r -> parseLong(r.cell(INVOCATIONS))).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Simulated %d scenarios of %d workloads (%,d invocations) in %.1f s%s.", records.size(),
                groups.size(), invocations, elapsedMs / 1000.0,
                ok.size() < records.size() ? "; " + (records.size() - ok.size()) + " failed (see the report)" : ""));
        lines.add(winners(groups));
        lines.add(breakEven(ok));
        lines.add(memory(groups));
        lines.add(coldStarts(ok));
        lines.add("Report: " + report.toAbsolutePath().normalize() + " (results.csv and charts/ beside it).");
        return lines;
    }

    /** Per workload, its representative's cheapest option. */
    private static String winners(List<ScenarioGroup> groups) {
        List<String> lambda = new ArrayList<>();
        List<String> ec2 = new ArrayList<>();
        for (ScenarioGroup g : groups) {
            ScenarioRecord r = g.representative(g.sizing());
            if (r == null || r.cell(CHEAPEST_OPTION).isEmpty()) {
                continue;
            }
            String cheapest = r.cell(CHEAPEST_OPTION);
            if (cheapest.equalsIgnoreCase("lambda")) {
                lambda.add(g.name() + " ($" + r.cell(LAMBDA_MONTHLY_USD) + "/month)");
            } else {
                ec2.add(g.name() + " (" + cheapest + " $" + r.cell(CHEAPEST_MONTHLY_USD) + "/month vs Lambda $"
                        + r.cell(LAMBDA_MONTHLY_USD) + "/month)");
            }
        }
        if (lambda.isEmpty() && ec2.isEmpty()) {
            return "Cost: no EC2 options were compared.";
        }
        if (ec2.isEmpty()) {
            return "Lambda is the cheapest option for every workload at today's traffic: " + String.join(", ", lambda)
                    + "; the break-even charts show from what traffic EC2 wins.";
        }
        return "Cheapest per month: Lambda for " + (lambda.isEmpty() ? "none" : String.join(", ", lambda))
                + "; EC2 for " + (ec2.isEmpty() ? "none" : String.join(", ", ec2)) + ".";
    }

    private static String breakEven(List<ScenarioRecord> ok) {
        List<String> found = new ArrayList<>();
        for (ScenarioRecord r : ok) {
            String factor = r.cell(BREAKEVEN_FACTOR);
            if (!factor.isEmpty()) {
                found.add(r.name() + " moves to " + r.cell(BREAKEVEN_OPTION) + " at " + factor + "× today's traffic");
            }
        }
        return found.isEmpty() ? "Break-even: no scenario asked for the traffic factor (breakeven=yes)."
                : "Break-even by simulation: " + String.join(", ", found) + ".";
    }

    private static String memory(List<ScenarioGroup> groups) {
        List<String> picks = new ArrayList<>();
        for (ScenarioGroup g : groups) {
            for (var e : g.sizing().entrySet()) {
                SizingData d = e.getValue();
                int lo = d.points().get(0).memoryMb();
                int hi = d.points().get(d.points().size() - 1).memoryMb();
                picks.add(g.name() + (e.getKey().isEmpty() ? "" : " " + e.getKey()) + " at " + d.recommendedMb()
                        + " MB (of " + lo + ".." + hi + ")");
            }
        }
        return picks.isEmpty() ? "Memory: no memory sweep in these scenarios."
                : "Memory (balanced cost and speed): " + String.join(", ", picks) + ".";
    }

    private static String coldStarts(List<ScenarioRecord> ok) {
        ScenarioRecord worst = ok.stream().filter(r -> !r.cell(COLD_START_RATIO).isEmpty())
                .max(Comparator.comparing(r -> new BigDecimal(r.cell(COLD_START_RATIO)))).orElse(null);
        long throttles = ok.stream().mapToLong(r -> parseLong(r.cell(THROTTLES))).sum();
        if (worst == null) {
            return "Cold starts: none measured.";
        }
        return String.format("Cold starts: highest in %s at %s%% of invocations; %,d throttled invocations in all.",
                worst.name(), new BigDecimal(worst.cell(COLD_START_RATIO)).movePointRight(2).setScale(1,
                        java.math.RoundingMode.HALF_EVEN).toPlainString(), throttles);
    }

    private static long parseLong(String v) {
        try {
            return v.isEmpty() ? 0 : new BigDecimal(v).longValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
