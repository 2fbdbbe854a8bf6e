package io.lambdasim.reports.run;

import com.opencsv.CSVWriter;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Timeline;
import io.lambdasim.engine.TimelineBucket;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-function and timeline tables of a scenario, as ordered column -> text maps (so batch can
 * concatenate scenarios) and as CSV files ({@code simulate --per-function / --timeline}). Numbers
 * are formatted with {@link Locale#ROOT}, so files are byte-identical run to run.
 */
public final class ScenarioTables {

    private ScenarioTables() {
    }

    public static List<Map<String, String>> perFunction(ScenarioResult r) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (UsageStats f : r.simulation().functions()) {
            Map<String, String> m = new LinkedHashMap<>();
            BillingUsage b = f.billing();
            m.put("function", f.name());
            m.put("memory_mb", Integer.toString(f.memoryMb()));
            m.put("invocations", Long.toString(f.invocations()));
            m.put("cold_starts", Long.toString(f.coldStarts()));
            m.put("cold_start_ratio", fmt(f.coldStartRatio(), 6));
            m.put("warm_starts", Long.toString(f.warmStarts()));
            m.put("throttled", Long.toString(f.throttled()));
            m.put("timeouts", Long.toString(f.timeouts()));
            m.put("errors", Long.toString(f.errors()));
            m.put("retries", Long.toString(f.retries()));
            m.put("dropped", Long.toString(f.dropped()));
            m.put("environments_created", Long.toString(f.environmentsCreated()));
            m.put("peak_environments", Long.toString(f.peakEnvironments()));
            m.put("avg_alive", fmt(f.avgAlive(), 6));
            m.put("avg_busy", fmt(f.avgBusy(), 6));
            m.put("idle_gb_s", dec(f.idleGbSeconds(), 6));
            m.put("peak_concurrency", Long.toString(f.peakConcurrency()));
            m.put("requests", Long.toString(b.requests()));
            m.put("billed_ms", fmt(b.billedMs(), 3));
            m.put("gb_s", dec(b.gbSeconds(), 6));
            m.put("init_billed_ms", fmt(b.initBilledMs(), 3));
            m.put("latency_p50_ms", percentile(f.latency().p50Ms()));
            m.put("latency_p90_ms", percentile(f.latency().p90Ms()));
            m.put("latency_p99_ms", percentile(f.latency().p99Ms()));
            m.put("latency_max_ms", fmt(f.latency().maxMs(), 3));
            m.put("cost_usd", dec(r.pricing().marginalCost(b.requests(), b.gbSeconds(),
                    b.provisionedConfiguredGbSeconds(), b.provisionedGbSeconds()), 6));
            m.put("observed_cold_starts", f.observed().hasColdStarts() ? Long.toString(f.observed().coldStarts()) : "");
            m.put("observed_billed_ms", f.observed().hasBilled() ? fmt(f.observed().billedMs(), 3) : "");
            rows.add(m);
        }
        return rows;
    }

    /** One row per bucket; empty when the run had no timeline (none asked, or streamed). */
    public static List<Map<String, String>> timeline(ScenarioResult r) {
        Timeline t = r.simulation().timeline();
        List<Map<String, String>> rows = new ArrayList<>();
        if (t == null) {
            return rows;
        }
        for (int i = 0; i < t.buckets(); i++) {
            rows.add(timelineRow(t.bucket(i), r.pricing()));
        }
        return rows;
    }

    /** The row of one timeline bucket, priced at the marginal prices of {@code pricing}. */
    public static Map<String, String> timelineRow(TimelineBucket b, LambdaPricing pricing) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bucket_start_s", fmt(b.startUs() / 1e6, 3));
        m.put("invocations", Long.toString(b.invocations()));
        m.put("cold_starts", Long.toString(b.coldStarts()));
        m.put("throttled", Long.toString(b.throttled()));
        m.put("requests", Long.toString(b.requests()));
        m.put("peak_concurrency", Integer.toString(b.peakConcurrency()));
        m.put("avg_concurrency", fmt(b.avgConcurrency(), 6));
        m.put("peak_alive", Integer.toString(b.peakAlive()));
        m.put("avg_alive", fmt(b.avgAlive(), 6));
        m.put("gb_s", fmt(b.gbSeconds(), 6));
        m.put("provisioned_gb_s", fmt(b.provisionedGbSeconds(), 6));
        m.put("cost_usd", dec(pricing.marginalCost(b.requests(), BigDecimal.valueOf(b.gbSeconds()),
                BigDecimal.valueOf(b.provisionedGbSeconds()), BigDecimal.ZERO), 6));
        return m;
    }

    /**
     * A timeline written as it is simulated ({@link ScenarioRunner#run(ScenarioOptions,
     * io.lambdasim.engine.ProgressListener, TimelineRows)}): the header with the first row, then
     * one line per bucket, flushed by the writer's buffer; memory stays one row.
     */
    public static TimelineRows csvRows(Writer out) {
        CSVWriter csv = new CSVWriter(out, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        return new TimelineRows() {
            private boolean header;

            @Override
            public void row(Map<String, String> row) {
                if (!header) {
                    csv.writeNext(row.keySet().toArray(new String[0]), false);
                    header = true;
                }
                csv.writeNext(row.values().stream().map(CsvCells::guard).toArray(String[]::new), false);
            }

            @Override
            public void flush() throws IOException {
                csv.flush();
            }
        };
    }

    /** Receives a streamed timeline, one row per bucket in time order. */
    public interface TimelineRows {
        void row(Map<String, String> row);

        void flush() throws IOException;
    }

    /**
     * Writes the rows as CSV (RFC 4180: a cell holding a comma, quote or line break is quoted, a
     * quote doubled), text cells neutralised for spreadsheets ({@link CsvCells#guard}).
     */
    public static void writeCsv(Writer out, List<Map<String, String>> rows) throws IOException {
        CSVWriter csv = new CSVWriter(out, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        if (!rows.isEmpty()) {
            csv.writeNext(rows.get(0).keySet().toArray(new String[0]), false);
            for (Map<String, String> row : rows) {
                csv.writeNext(row.values().stream().map(CsvCells::guard).toArray(String[]::new), false);
            }
        }
        csv.flush();
    }

    /** A per-function percentile, or empty when the run kept no per-function histogram. */
    private static String percentile(double ms) {
        return Double.isNaN(ms) ? "" : fmt(ms, 3);
    }

    static String fmt(double v, int places) {
        return ScenarioJson.decimalText(BigDecimal.valueOf(ScenarioJson.round(v, places)));
    }

    static String dec(BigDecimal v, int places) {
        return ScenarioJson.decimalText(ScenarioJson.decimal(v, places));
    }
}
