package io.lambdasim.reports.run;

import com.opencsv.CSVWriter;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Metric;
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

    /**
     * The per-function table's metric columns, in the order the table was first published (people
     * read it by position); the cost column sits between the two lists, and metrics declared later
     * with a column follow in declaration order.
     */
    static final List<Metric> COLUMNS_BEFORE_COST = List.of(Metric.INVOCATIONS, Metric.COLD_STARTS,
            Metric.COLD_START_RATIO, Metric.WARM_STARTS, Metric.THROTTLED, Metric.TIMEOUTS, Metric.ERRORS, Metric.RETRIES,
            Metric.DROPPED, Metric.ENVIRONMENTS_CREATED, Metric.PEAK_ENVIRONMENTS, Metric.AVG_ALIVE, Metric.AVG_BUSY,
            Metric.IDLE_GB_SECONDS, Metric.PEAK_CONCURRENCY, Metric.REQUESTS, Metric.BILLED_MS, Metric.GB_SECONDS,
            Metric.INIT_BILLED_MS, Metric.LATENCY_P50, Metric.LATENCY_P90, Metric.LATENCY_P99, Metric.LATENCY_MAX);
    static final List<Metric> COLUMNS_AFTER_COST = List.of(Metric.OBSERVED_COLD_STARTS, Metric.OBSERVED_BILLED_MS);

    public static List<Map<String, String>> perFunction(ScenarioResult r) {
        List<Metric> later = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.column() != null && !COLUMNS_BEFORE_COST.contains(m) && !COLUMNS_AFTER_COST.contains(m)) {
                later.add(m);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (UsageStats f : r.simulation().functions()) {
            Map<String, String> m = new LinkedHashMap<>();
            BillingUsage b = f.billing();
            m.put("function", f.name());
            m.put("memory_mb", Integer.toString(f.memoryMb()));
            COLUMNS_BEFORE_COST.forEach(metric -> m.put(metric.column(), text(metric, f)));
            m.put("cost_usd", dec(r.pricing().marginalCost(b.requests(), b.gbSeconds(),
                    b.provisionedConfiguredGbSeconds(), b.provisionedGbSeconds()), 6));
            COLUMNS_AFTER_COST.forEach(metric -> m.put(metric.column(), text(metric, f)));
            later.forEach(metric -> m.put(metric.column(), text(metric, f)));
            rows.add(m);
        }
        return rows;
    }

    /** A metric as table text: plain decimals at its precision, empty when this run did not measure it. */
    public static String text(Metric m, UsageStats s) {
        if (!s.has(m)) {
            return "";
        }
        switch (m.kind()) {
            case COUNT: return Long.toString(s.count(m));
            case EXACT: return dec(s.exact(m), m.decimals());
            default: return fmt(s.value(m), m.decimals());
        }
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

    static String fmt(double v, int places) {
        return ScenarioJson.decimalText(BigDecimal.valueOf(ScenarioJson.round(v, places)));
    }

    static String dec(BigDecimal v, int places) {
        return ScenarioJson.decimalText(ScenarioJson.decimal(v, places));
    }
}
