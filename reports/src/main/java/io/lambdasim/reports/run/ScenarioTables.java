package io.lambdasim.reports.run;

import com.opencsv.CSVWriter;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Metric;
import io.lambdasim.engine.Timeline;
import io.lambdasim.engine.UsageStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** One row per bucket; empty when the run had no timeline. */
    public static List<Map<String, String>> timeline(ScenarioResult r) {
        Timeline t = r.simulation().timeline();
        List<Map<String, String>> rows = new ArrayList<>();
        if (t == null) {
            return rows;
        }
        for (int i = 0; i < t.buckets(); i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("bucket_start_s", fmt(t.bucketStartUs(i) / 1e6, 3));
            m.put("invocations", Long.toString(t.invocations()[i]));
            m.put("cold_starts", Long.toString(t.coldStarts()[i]));
            m.put("throttled", Long.toString(t.throttled()[i]));
            m.put("requests", Long.toString(t.requests()[i]));
            m.put("peak_concurrency", Integer.toString(t.peakConcurrency()[i]));
            m.put("avg_concurrency", fmt(t.avgConcurrency()[i], 6));
            m.put("peak_alive", Integer.toString(t.peakAlive()[i]));
            m.put("avg_alive", fmt(t.avgAlive()[i], 6));
            m.put("gb_s", fmt(t.gbSeconds()[i], 6));
            m.put("provisioned_gb_s", fmt(t.provisionedGbSeconds()[i], 6));
            m.put("cost_usd", dec(r.pricing().marginalCost(t.requests()[i], BigDecimal.valueOf(t.gbSeconds()[i]),
                    BigDecimal.valueOf(t.provisionedGbSeconds()[i]), BigDecimal.ZERO), 6));
            rows.add(m);
        }
        return rows;
    }

    public static void writeCsv(Path file, List<Map<String, String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, ',', CSVWriter.NO_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            if (rows.isEmpty()) {
                return;
            }
            csv.writeNext(rows.get(0).keySet().toArray(new String[0]), false);
            for (Map<String, String> row : rows) {
                csv.writeNext(row.values().stream().map(ScenarioTables::quoteIfNeeded).toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoteIfNeeded(String v) {
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    static String fmt(double v, int places) {
        return ScenarioJson.decimalText(BigDecimal.valueOf(ScenarioJson.round(v, places)));
    }

    static String dec(BigDecimal v, int places) {
        return ScenarioJson.decimalText(ScenarioJson.decimal(v, places));
    }
}
