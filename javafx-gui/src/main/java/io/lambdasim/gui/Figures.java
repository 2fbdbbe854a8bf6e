package io.lambdasim.gui;

import io.lambdasim.gui.form.SettingLabel;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.run.Period;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.uncertainty.ScenarioUncertainty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * results.csv columns as a person reads them: a caption ("cold_start_ratio" -> "Cold-start share",
 * "ec2_m7g.large_monthly_usd" -> "EC2 m7g.large") and the value in its unit ("0.001110" -> "0.11%",
 * "119.136000" -> "$119.14/month", "18134" -> "18,134"). A column of the scenario's inputs is named as
 * its setting's form field. Money always says its period: "/month", or "over the covered period".
 */
public final class Figures {
    private static final String PERIOD = " (covered period)";

    private static final Map<String, String> CAPTIONS = Map.ofEntries(
            Map.entry(ResultColumns.NAME, "Scenario"), Map.entry(ResultColumns.STATUS, "Status"),
            Map.entry(ResultColumns.MESSAGE, "Message"),
            Map.entry(ResultColumns.COLD_START_RATIO, "Cold-start share"),
            Map.entry(ResultColumns.OBSERVED_COLD_STARTS, "Cold starts observed"),
            Map.entry(ResultColumns.LATENCY_P50_MS, "Latency p50"), Map.entry(ResultColumns.LATENCY_P99_MS, "Latency p99"),
            Map.entry(ResultColumns.MEAN_DURATION_MS, "Mean billed duration"),
            Map.entry(ResultColumns.GB_SECONDS, "Compute"),
            Map.entry(ResultColumns.LAMBDA_REQUESTS_USD, "Lambda requests" + PERIOD),
            Map.entry(ResultColumns.LAMBDA_COMPUTE_USD, "Lambda compute" + PERIOD),
            Map.entry(ResultColumns.LAMBDA_PROVISIONED_USD, "Lambda provisioned" + PERIOD),
            Map.entry(ResultColumns.LAMBDA_STORAGE_USD, "Lambda storage" + PERIOD),
            Map.entry(ResultColumns.LAMBDA_TOTAL_USD, "Lambda" + PERIOD),
            Map.entry(ResultColumns.LAMBDA_USD_PER_1M, "Lambda per million invocations"),
            Map.entry(ResultColumns.PERIOD_SECONDS, "Covered period"), Map.entry(ResultColumns.PERIOD_SOURCE, "Period from"),
            Map.entry(ResultColumns.MONTHLY_INVOCATIONS, "Invocations a month"),
            Map.entry(ResultColumns.LAMBDA_MONTHLY_REQUESTS_USD, "Lambda requests"),
            Map.entry(ResultColumns.LAMBDA_MONTHLY_COMPUTE_USD, "Lambda compute"),
            Map.entry(ResultColumns.LAMBDA_MONTHLY_PROVISIONED_USD, "Lambda provisioned"),
            Map.entry(ResultColumns.LAMBDA_MONTHLY_STORAGE_USD, "Lambda storage"),
            Map.entry(ResultColumns.LAMBDA_MONTHLY_USD, "Lambda"),
            Map.entry(ResultColumns.CHEAPEST_OPTION, "Cheapest option"),
            Map.entry(ResultColumns.CHEAPEST_USD, "Cheapest" + PERIOD),
            Map.entry(ResultColumns.CHEAPEST_MONTHLY_USD, "Cheapest"),
            Map.entry(ResultColumns.BREAKEVEN_FACTOR, "Break-even traffic"),
            Map.entry(ResultColumns.BREAKEVEN_OPTION, "Break-even option"),
            Map.entry("slo_option", "Cheapest meeting the latency objective"),
            Map.entry("slo_monthly_usd", "Cheapest meeting the latency objective"),
            Map.entry("slo_misses", "Missing the latency objective"),
            Map.entry("lmi_instances_min", "Managed Instances: fewest instances"),
            Map.entry("lmi_instances_mean", "Managed Instances: mean instances"),
            Map.entry("lmi_instances_peak", "Managed Instances: most instances"),
            Map.entry("lmi_instance_hours", "Managed Instances: instance-hours"),
            Map.entry("lmi_throttles", "Managed Instances: throttled"),
            Map.entry("lmi_latency_p50_ms", "Managed Instances: latency p50"),
            Map.entry("lmi_latency_p99_ms", "Managed Instances: latency p99"));

    private Figures() {
    }

    /** The caption of a results.csv column. */
    public static String caption(String column) {
        String band = bandBase(column);
        if (band != null) {
            return caption(band) + (column.endsWith(LOW) ? ", low end" : ", high end");
        }
        String fixed = CAPTIONS.get(column);
        if (fixed != null) {
            return fixed;
        }
        if (Settings.byKey(column).isPresent()) {
            return SettingLabel.of(column);
        }
        if (column.startsWith("ec2_")) {
            return ec2Caption(column.substring(4));
        }
        String base = column;
        String unit = "";
        if (base.endsWith("_monthly_usd")) {
            base = base.substring(0, base.length() - "_monthly_usd".length());
        } else if (base.endsWith("_usd")) {
            base = base.substring(0, base.length() - "_usd".length());
            unit = PERIOD;
        } else if (base.endsWith("_ms")) {
            base = base.substring(0, base.length() - "_ms".length());
        }
        return SettingLabel.of(base) + unit;
    }

    /** "m7g.large_monthly_usd" -> "EC2 m7g.large", "m7g.large_usd" -> "EC2 m7g.large (covered period)". */
    private static String ec2Caption(String rest) {
        for (String[] suffix : new String[][] {{"_monthly_usd", ""}, {"_usd", PERIOD}, {"_peak_instances", " peak instances"},
            {"_latency_p99_ms", " latency p99"}}) {
            if (rest.endsWith(suffix[0])) {
                return "EC2 " + rest.substring(0, rest.length() - suffix[0].length()) + suffix[1];
            }
        }
        return "EC2 " + rest.replace('_', ' ');
    }

    private static final String LOW = "_low";
    private static final String HIGH = "_high";

    /** The figure whose band end {@code column} is ("lambda_monthly_usd_low" -> "lambda_monthly_usd"), or null. */
    static String bandBase(String column) {
        if (!ScenarioUncertainty.CSV_COLUMNS.contains(column)) {
            return null;
        }
        return column.endsWith(LOW) ? column.substring(0, column.length() - LOW.length())
                : column.endsWith(HIGH) ? column.substring(0, column.length() - HIGH.length()) : null;
    }

    /**
     * "$3.10–$6.02/month": the band of figure {@code column} over the uncertain inputs, from its
     * {@code _low} and {@code _high} columns in {@code figures}; "" when the scenario has no ranges.
     */
    public static String band(String column, Map<String, String> figures) {
        String lo = figures.getOrDefault(column + LOW, "");
        String hi = figures.getOrDefault(column + HIGH, "");
        if (lo.isEmpty() || hi.isEmpty()) {
            return "";
        }
        String low = value(column, lo);
        String high = value(column, hi);
        if (low.equals(high)) {
            return ""; // no band at the precision shown ($0.00 at both ends under the free tier)
        }
        String unit = "/month";
        if (low.endsWith(unit) && high.endsWith(unit)) { // the period said once
            low = low.substring(0, low.length() - unit.length());
        }
        return low + "–" + high;
    }

    /** The value of a results.csv cell in its unit, for a table or a tile; text that is not a number stays. */
    public static String value(String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String band = bandBase(column);
        if (band != null) {
            return value(band, raw);
        }
        if (column.equals(ResultColumns.PERIOD_SOURCE)) {
            for (Period.Source s : Period.Source.values()) {
                if (s.key().equals(raw)) {
                    return s.description();
                }
            }
            return raw;
        }
        if (column.equals(ResultColumns.CHEAPEST_OPTION) || column.equals(ResultColumns.BREAKEVEN_OPTION)
                || column.equals("slo_option")) {
            return raw.equalsIgnoreCase("lambda") ? "Lambda" : LmiOption.label(raw);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            return raw;
        }
        double d = v.doubleValue();
        if (Settings.byKey(column).isPresent()) {
            return raw; // an input: as the user wrote it
        }
        if (column.equals(ResultColumns.PERIOD_SECONDS)) {
            return Units.duration(Math.round(d * 1e6));
        }
        if (column.equals(ResultColumns.COLD_START_RATIO) || column.endsWith("_ratio") || column.endsWith("_share")) {
            return Units.percent(d);
        }
        if (column.equals(ResultColumns.BREAKEVEN_FACTOR)) {
            return v.stripTrailingZeros().toPlainString() + "× today's traffic";
        }
        if (column.equals(ResultColumns.LAMBDA_USD_PER_1M) || column.endsWith("_usd_per_1m_invocations")) {
            return Units.price(d);
        }
        if (column.endsWith("_monthly_usd")) {
            return Units.monthly(d);
        }
        if (column.endsWith("_usd")) {
            return Units.money(d);
        }
        if (column.endsWith("_ms")) {
            return Units.ms(d);
        }
        if (column.equals(ResultColumns.GB_SECONDS)) {
            return Units.decimal(d, 1) + " GB-s";
        }
        if (v.stripTrailingZeros().scale() <= 0) {
            return Units.whole(d);
        }
        return Units.decimal(d, Math.min(3, v.stripTrailingZeros().scale()));
    }
}
