package io.lambdasim.reports.batch;

import io.lambdasim.reports.charts.BreakEvenData;
import io.lambdasim.reports.charts.CostStack;
import io.lambdasim.reports.charts.LatencyData;
import io.lambdasim.reports.charts.TimelineData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario produced: its headline figures by results.csv column (formatted text, so the
 * file is byte-identical run to run), the data of its charts, and optional per-function and
 * timeline rows.
 *
 * @param figures     results.csv columns from {@link ResultColumns}, plus {@code ec2_<type>_usd}
 * @param costs       the cost comparison bars (Lambda first), monthly USD
 * @param breakEven   cost curves against monthly requests, or null
 * @param timeline    per-bucket series, or null
 * @param latency     the latency percentile curve, or null
 * @param perFunction one map per function (column -> value), or an empty list
 * @param timelineRows one map per timeline bucket (column -> value), or an empty list
 */
public record ScenarioOutcome(Map<String, String> figures, List<CostStack> costs, BreakEvenData breakEven,
                             TimelineData timeline, LatencyData.Curve latency,
                             List<Map<String, String>> perFunction, List<Map<String, String>> timelineRows) {

    public ScenarioOutcome {
        figures = new LinkedHashMap<>(figures);
        costs = costs == null ? List.of() : List.copyOf(costs);
        perFunction = perFunction == null ? List.of() : List.copyOf(perFunction);
        timelineRows = timelineRows == null ? List.of() : List.copyOf(timelineRows);
    }
}
