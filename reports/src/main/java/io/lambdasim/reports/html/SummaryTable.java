package io.lambdasim.reports.html;

import static io.lambdasim.reports.batch.ResultColumns.*;

import io.lambdasim.reports.batch.ScenarioRecord;
import java.util.List;
import java.util.function.Function;

/**
 * The summary table: one row per scenario, every number with its unit. A column no scenario fills
 * (observed cold starts of generated workloads, a break-even not asked for) is left out, and cells
 * that hold two figures may break between them, so the table fits a 1,280-pixel window.
 */
final class SummaryTable {

    /** @param wraps whether the cell may break over lines (long option names), so the table fits the page */
    private record Col(String head, boolean numeric, boolean wraps, Function<ScenarioRecord, String> cell) {
        Col(String head, boolean numeric, Function<ScenarioRecord, String> cell) {
            this(head, numeric, false, cell);
        }

        /** Whether any scenario has something in this column. */
        boolean usedBy(List<ScenarioRecord> records) {
            return records.stream().filter(ScenarioRecord::ok).anyMatch(r -> !cell.apply(r).isBlank());
        }

        String cssClass() {
            String c = (numeric ? "num" : "") + (wraps ? " wrap" : "");
            return c.isBlank() ? null : c.trim();
        }
    }

    private static final List<Col> COLUMNS = List.of(
            new Col("scenario", false, true, ScenarioRecord::name),
            new Col("invocations", true, r -> Format.count(r.cell(INVOCATIONS))),
            new Col("cold starts", true, true, r -> Format.count(r.cell(COLD_STARTS))
                    + (r.cell(COLD_START_RATIO).isEmpty() ? "" : " (" + Format.percent(r.cell(COLD_START_RATIO)) + ")")),
            new Col("observed cold starts", true, r -> Format.count(r.cell(OBSERVED_COLD_STARTS))),
            new Col("throttles", true, r -> nonZero(Format.count(r.cell(THROTTLES)))),
            new Col("timeouts", true, r -> nonZero(Format.count(r.cell(TIMEOUTS)))),
            new Col("latency p50 / p99", true, r -> latency(r)), // one line: wrapped, "ms" was left alone on the next
            new Col("compute", true, r -> Format.gbSeconds(r.cell(GB_SECONDS))),
            new Col("Lambda cost / month", true, r -> Format.lambdaMonthly(r)),
            new Col("Lambda / 1M invocations", true, r -> Format.usd(r.cell(LAMBDA_USD_PER_1M), 4)),
            new Col("around the function / month", true, true, SummaryTable::around),
            new Col("cheapest option", false, true, r -> cheapest(r)),
            new Col("break-even traffic", true, true, r -> r.cell(BREAKEVEN_FACTOR).isEmpty() ? ""
                    : r.cell(BREAKEVEN_FACTOR) + "× " + r.cell(BREAKEVEN_OPTION)));

    private SummaryTable() {
    }

    /** Throttles and timeouts matter when there are some: a column of zeros only takes room. */
    private static String nonZero(String count) {
        return count.equals("0") ? "" : count;
    }

    private static String latency(ScenarioRecord r) {
        String p50 = Format.ms(r.cell(LATENCY_P50_MS));
        String p99 = Format.ms(r.cell(LATENCY_P99_MS));
        return p50.isEmpty() && p99.isEmpty() ? "" : p50 + " / " + p99;
    }

    private static String cheapest(ScenarioRecord r) {
        String o = r.cell(CHEAPEST_OPTION);
        // Lambda's own cost is in the column beside; an EC2 winner shows what it costs
        String cheapest = o.isEmpty() || o.equalsIgnoreCase("lambda") ? o : o + " (" + Format.usd(r.cell(CHEAPEST_MONTHLY_USD)) + "/month)";
        // issue 16: under a latency objective, a cheapest option that misses it is marked, with the pick that meets it
        String meets = r.cell("slo_option");
        if (meets.isEmpty() || meets.equals(o)) {
            return cheapest + wholeBill(r);
        }
        return cheapest + ", misses the latency objective; meeting it: " + (meets.equals("none") ? "none"
                : meets + (meets.equalsIgnoreCase("lambda") ? "" : " (" + Format.usd(r.cell("slo_monthly_usd")) + "/month)"))
                + wholeBill(r);
    }

    /** Issue 18: when the whole bills (each option with its own surroundings) rank another option first, say which. */
    static String wholeBill(ScenarioRecord r) {
        String w = r.cell(CHEAPEST_WHOLE_BILL_OPTION);
        return w.isEmpty() || w.equalsIgnoreCase(r.cell(CHEAPEST_OPTION)) ? ""
                : "; whole bill: " + w + " (" + Format.usd(r.cell(CHEAPEST_WHOLE_BILL_MONTHLY_USD)) + "/month)";
    }

    /** Issue 18: each component of the bill around the function on its own line, or nothing when none is priced. */
    private static String around(ScenarioRecord r) {
        List<String> parts = new java.util.ArrayList<>();
        for (io.lambdasim.pricing.AroundBill.Component c : io.lambdasim.pricing.AroundBill.Component.values()) {
            String v = r.cell(c.column() + "_monthly_usd");
            if (!v.isEmpty() && new java.math.BigDecimal(v).signum() != 0) {
                parts.add(c.label() + " " + Format.usd(v));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Writes the table of the scenarios that ran a simulation (or failed); records that only carry a
     * chart (the app's break-even explorer) have no row. No table when no record has one.
     */
    static void write(Html h, List<ScenarioRecord> all) {
        List<ScenarioRecord> records = all.stream().filter(r -> !r.ok() || !r.cell(INVOCATIONS).isEmpty()).toList();
        if (records.isEmpty()) {
            return;
        }
        List<Col> columns = COLUMNS.stream().filter(c -> c == COLUMNS.get(0) || c.usedBy(records)).toList();
        h.el("h2", null, "Summary");
        h.raw("<div class=\"scroll\"><table>\n<thead><tr>");
        for (Col c : columns) {
            h.el("th", c.cssClass(), c.head());
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (ScenarioRecord r : records) {
            h.open("tr", r.ok() ? null : "failed");
            if (!r.ok()) {
                h.el("td", null, r.name());
                h.raw("<td class=\"error\" colspan=\"" + (columns.size() - 1) + "\">").text("error: " + r.message()).raw("</td>");
            } else {
                for (Col c : columns) {
                    h.el("td", c.cssClass(), c.cell().apply(r));
                }
            }
            h.close("tr");
        }
        h.raw("</tbody></table></div>\n");
    }
}
