package io.lambdasim.reports.batch;

import io.lambdasim.engine.Metric;
import io.lambdasim.engine.UsageStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of results.csv, in order: {@code name}, {@code status}, the scenario's inputs, the
 * headline figures below, per EC2 option any scenario names its {@code ec2_<type>_usd} (the cost over
 * the covered period, like the {@code lambda_*_usd} figures), its monthly cost and peak fleet size,
 * the Managed Instances figures ({@code lmi_*}) when a scenario asks for them, the cheapest option
 * and the break-even factor, then the columns added since (after every earlier one, which keep their
 * order): the event sources' figures and the bill around the function; and {@code message} last (it is
 * long). Units and
 * periods are in the names: {@code _ms}; {@code _usd} is over the covered period
 * ({@code period_seconds}, found as {@code period_source} says) and {@code _monthly_usd} a month of it
 * (2 decimals); {@code _usd_per_1m} (4 decimals).
 */
public final class ResultColumns {

    public static final String NAME = "name";
    public static final String STATUS = "status";
    public static final String MESSAGE = "message";
    public static final String OK = "ok";
    public static final String ERROR = "error";

    public static final String INVOCATIONS = "invocations";
    public static final String COLD_STARTS = "cold_starts";
    public static final String COLD_START_RATIO = "cold_start_ratio";
    public static final String OBSERVED_COLD_STARTS = "observed_cold_starts";
    public static final String THROTTLES = "throttles";
    public static final String TIMEOUTS = "timeouts";
    public static final String ERRORS = "errors";
    public static final String LATENCY_P50_MS = "latency_p50_ms";
    public static final String LATENCY_P99_MS = "latency_p99_ms";
    public static final String MEAN_DURATION_MS = "mean_duration_ms";
    public static final String GB_SECONDS = "gb_seconds";
    public static final String LAMBDA_REQUESTS_USD = "lambda_requests_usd";
    public static final String LAMBDA_COMPUTE_USD = "lambda_compute_usd";
    public static final String LAMBDA_PROVISIONED_USD = "lambda_provisioned_usd";
    public static final String LAMBDA_STORAGE_USD = "lambda_storage_usd";
    public static final String LAMBDA_TOTAL_USD = "lambda_total_usd";
    public static final String LAMBDA_USD_PER_1M = "lambda_usd_per_1m_invocations";
    public static final String PERIOD_SECONDS = "period_seconds";
    public static final String PERIOD_SOURCE = "period_source";
    public static final String MONTHLY_INVOCATIONS = "monthly_invocations";
    public static final String LAMBDA_MONTHLY_REQUESTS_USD = "lambda_monthly_requests_usd";
    public static final String LAMBDA_MONTHLY_COMPUTE_USD = "lambda_monthly_compute_usd";
    public static final String LAMBDA_MONTHLY_PROVISIONED_USD = "lambda_monthly_provisioned_usd";
    public static final String LAMBDA_MONTHLY_STORAGE_USD = "lambda_monthly_storage_usd";
    public static final String LAMBDA_MONTHLY_USD = "lambda_monthly_usd";
    public static final String LAMBDA_SNAPSTART_USD = "lambda_snapstart_usd";
    public static final String LAMBDA_MONTHLY_SNAPSTART_USD = "lambda_monthly_snapstart_usd";
    /** SnapStart's cache and restore charges: columns of batches where a scenario turns SnapStart on. */
    public static final List<String> SNAPSTART = List.of(LAMBDA_SNAPSTART_USD, LAMBDA_MONTHLY_SNAPSTART_USD);
    public static final String CHEAPEST_MONTHLY_USD = "cheapest_monthly_usd";
    public static final String CHEAPEST_OPTION = "cheapest_option";
    public static final String CHEAPEST_USD = "cheapest_usd";
    public static final String BREAKEVEN_FACTOR = "breakeven_traffic_factor";
    /** The cheapest whole bill a month (issue 18): each option with its own front door, triggers, network and logs. */
    public static final String CHEAPEST_WHOLE_BILL_OPTION = "cheapest_whole_bill_option";
    public static final String CHEAPEST_WHOLE_BILL_MONTHLY_USD = "cheapest_whole_bill_monthly_usd";
    public static final String BREAKEVEN_OPTION = "breakeven_option";

    /** The figures every successful scenario reports, before the EC2 columns. */
    public static final List<String> FIGURES = List.of(INVOCATIONS, COLD_STARTS, COLD_START_RATIO, OBSERVED_COLD_STARTS, THROTTLES, TIMEOUTS,
            ERRORS, LATENCY_P50_MS, LATENCY_P99_MS, MEAN_DURATION_MS, GB_SECONDS, LAMBDA_REQUESTS_USD,
            LAMBDA_COMPUTE_USD, LAMBDA_PROVISIONED_USD, LAMBDA_STORAGE_USD, LAMBDA_TOTAL_USD, LAMBDA_USD_PER_1M,
            PERIOD_SECONDS, PERIOD_SOURCE, MONTHLY_INVOCATIONS, LAMBDA_MONTHLY_REQUESTS_USD, LAMBDA_MONTHLY_COMPUTE_USD,
            LAMBDA_MONTHLY_PROVISIONED_USD, LAMBDA_MONTHLY_STORAGE_USD, LAMBDA_MONTHLY_USD);

    /**
     * The event sources' figures (issue 18), after the comparison columns and before {@link #MESSAGE},
     * which stays last.
     */
    public static final List<MetricColumn> SOURCE_COLUMNS = List.of(
            new MetricColumn("messages", Metric.MESSAGES, 0),
            new MetricColumn("batches", Metric.BATCHES, 0),
            new MetricColumn("mean_batch_size", Metric.MEAN_BATCH_SIZE, 3),
            new MetricColumn("queue_age_p50_ms", Metric.QUEUE_AGE_P50, 3),
            new MetricColumn("queue_age_p99_ms", Metric.QUEUE_AGE_P99, 3),
            new MetricColumn("dead_lettered", Metric.DEAD_LETTERED, 0),
            new MetricColumn("dropped_by_age", Metric.DROPPED_BY_AGE, 0));

    /**
     * The bill around the function (issue 18), last: {@code front_door_usd}, {@code triggers_usd},
     * {@code network_usd}, {@code logs_usd} over the covered period, then the same {@code _monthly_usd}.
     */
    public static final List<String> AROUND = io.lambdasim.reports.around.AroundScenarioExtension.COLUMNS;

    public static final List<String> COMPARISON = List.of(CHEAPEST_OPTION, CHEAPEST_USD, CHEAPEST_MONTHLY_USD,
            BREAKEVEN_FACTOR, BREAKEVEN_OPTION);

    /**
     * A figure column that shows an engine {@link Metric}: results.csv's own name for it and the
     * decimals it has always had (fixed, not stripped). The names are the published contract, so
     * where they differ from the metric's key they stay: {@code throttles} is {@link Metric#THROTTLED},
     * {@code mean_duration_ms} is {@link Metric#MEAN_BILLED_DURATION}.
     */
    public record MetricColumn(String column, Metric metric, int decimals) {

        /** The cell for {@code stats}: empty when the run did not measure the metric. */
        public String text(UsageStats stats) {
            if (!stats.has(metric)) {
                return "";
            }
            switch (metric.kind()) {
                case COUNT: return Long.toString(stats.count(metric));
                case EXACT: return money(stats.exact(metric), decimals);
                default: return number(stats.value(metric), decimals);
            }
        }
    }

    /** The {@link #FIGURES} that come from the engine's metrics, in their results.csv order. */
    public static final List<MetricColumn> METRIC_COLUMNS = List.of(
            new MetricColumn(INVOCATIONS, Metric.INVOCATIONS, 0),
            new MetricColumn(COLD_STARTS, Metric.COLD_STARTS, 0),
            new MetricColumn(COLD_START_RATIO, Metric.COLD_START_RATIO, 6),
            // what the trace itself recorded (CloudWatch INIT lines), beside the simulated count: the model's fit
            new MetricColumn(OBSERVED_COLD_STARTS, Metric.OBSERVED_COLD_STARTS, 0),
            new MetricColumn(THROTTLES, Metric.THROTTLED, 0),
            new MetricColumn(TIMEOUTS, Metric.TIMEOUTS, 0),
            new MetricColumn(ERRORS, Metric.ERRORS, 0),
            new MetricColumn(LATENCY_P50_MS, Metric.LATENCY_P50, 3),
            new MetricColumn(LATENCY_P99_MS, Metric.LATENCY_P99, 3),
            new MetricColumn(MEAN_DURATION_MS, Metric.MEAN_BILLED_DURATION, 3),
            new MetricColumn(GB_SECONDS, Metric.GB_SECONDS, 3));

    private ResultColumns() {
    }

    /** The column of one EC2 option's cost over the covered period. */
    public static String ec2Column(String option) {
        return "ec2_" + option + "_usd";
    }

    /** The column of one EC2 option's monthly cost. */
    public static String ec2MonthlyColumn(String option) {
        return "ec2_" + option + "_monthly_usd";
    }

    /** The EC2 options named in an {@code ec2} cell: "t4g.small; m7g.large;mybox=0.01" -> [t4g.small, m7g.large, mybox]. */
    public static List<String> ec2Options(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split("[;,]")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                int eq = p.indexOf('=');
                out.add(eq < 0 ? p : p.substring(0, eq).trim());
            }
        }
        return out;
    }

    /** The whole header for a batch. */
    public static List<String> header(ScenarioFile.Batch batch) {
        List<String> h = new ArrayList<>();
        h.add(NAME);
        h.add(STATUS);
        h.addAll(batch.inputColumns());
        h.addAll(FIGURES);
        Set<String> ec2 = new LinkedHashSet<>();
        batch.scenarios().forEach(s -> ec2Options(s.get("ec2")).forEach(o -> {
            ec2.add(ec2Column(o));
            ec2.add(ec2MonthlyColumn(o));
            ec2.add("ec2_" + o + "_peak_instances");
        }));
        h.addAll(ec2);
        if (batch.scenarios().stream().anyMatch(ResultColumns::mayBeUncertain)) {
            h.addAll(io.lambdasim.reports.uncertainty.ScenarioUncertainty.CSV_COLUMNS);
        }
        if (batch.scenarios().stream().anyMatch(ResultColumns::asksForLmi)) {
            h.addAll(io.lambdasim.reports.lmi.LmiOutcome.COLUMNS);
        }
        if (batch.scenarios().stream().anyMatch(ResultColumns::asksForSnapStart)) {
            h.addAll(SNAPSTART);
        }
        h.addAll(COMPARISON);
        if (batch.scenarios().stream().anyMatch(x -> x.get("latency_slo") != null && !x.get("latency_slo").isBlank())) {
            h.addAll(io.lambdasim.reports.slo.SloOutcome.COLUMNS);
        }
        SOURCE_COLUMNS.forEach(c -> h.add(c.column()));
        h.addAll(AROUND);
        h.add(CHEAPEST_WHOLE_BILL_OPTION);
        h.add(CHEAPEST_WHOLE_BILL_MONTHLY_USD);
        h.add(MESSAGE);
        return h;
    }

    /**
     * Whether a scenario may carry ranges (a range setting, a keep-alive written as a range, or a
     * functions file, which may hold calibrated ranges): its bands get columns.
     */
    static boolean mayBeUncertain(Scenario s) {
        for (String key : List.of("keep_alive_range", "init_range", "cpu_fraction_range", "functions")) {
            String v = s.get(key);
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        String keepAlive = s.get("keep_alive");
        return keepAlive != null && keepAlive.contains("..");
    }

    /** Whether a scenario names a Managed Instances option ({@code lmi} or {@code lmi_instance}). */
    static boolean asksForLmi(Scenario s) {
        String spec = s.get("lmi");
        String type = s.get("lmi_instance");
        return (spec != null && !spec.isBlank()) || (type != null && !type.isBlank());
    }

    /** Whether a scenario turns SnapStart on (a {@code snapstart} cell other than blank or {@code no}). */
    static boolean asksForSnapStart(Scenario s) {
        String v = s.get(io.lambdasim.reports.settings.Settings.SNAPSTART.key());
        return v != null && !v.isBlank() && !v.trim().equalsIgnoreCase("no");
    }

    /** Money for a table: {@code decimals} places, half-even, '.' decimal point. */
    public static String money(double usd, int decimals) {
        return BigDecimal.valueOf(usd).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String money(BigDecimal usd, int decimals) {
        return usd.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A measured quantity with a fixed number of decimals. */
    public static String number(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
