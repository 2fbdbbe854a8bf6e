package io.lambdasim.reports.sizing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a configuration is recommended, with AWS Lambda Power Tuning's definitions
 * (alexcasalboni/aws-lambda-power-tuning, lambda/analyzer.js):
 * <ul>
 *   <li>{@code cost}: the cheapest per invocation; equal costs go to the faster;</li>
 *   <li>{@code speed}: the fastest; equal durations go to the cheaper;</li>
 *   <li>{@code balanced}: the least {@code w·cost/maxCost + (1−w)·duration/maxDuration}.</li>
 * </ul>
 * Cost is the compute cost per invocation (Power Tuning's {@code averagePrice} is compute only:
 * the request charge is the same at every memory and would only blunt the balanced ratio);
 * duration is the mean duration. Any remaining tie goes to the row listed first.
 */
public enum SizingStrategy {
    COST, SPEED, BALANCED;

    public static final double DEFAULT_BALANCED_WEIGHT = 0.5;

    public static SizingStrategy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown strategy '" + text + "' (expected cost, speed or balanced)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The recommended row among {@code rows}, among those with the fewest failures. */
    public SizingRow pick(List<SizingRow> rows, double balancedWeight) {
        if (!(balancedWeight >= 0 && balancedWeight <= 1)) {
            throw new IllegalArgumentException("balanced weight " + balancedWeight + " outside 0..1");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no configurations to choose from");
        }
        // Sizes that fail more than the best one (out of memory, timeouts) are not candidates:
        // a cheap configuration that crashes is not cheap.
        long fewest = rows.stream().mapToLong(SizingRow::failures).min().orElse(0);
        List<SizingRow> candidates = rows.stream().filter(r -> r.failures() == fewest).toList();
        Comparator<SizingRow> byCost = Comparator.comparingDouble(SizingRow::computeCostPerInvocation);
        Comparator<SizingRow> bySpeed = Comparator.comparingDouble(SizingRow::meanDurationMs);
        Comparator<SizingRow> order;
        switch (this) {
            case COST:
                order = byCost.thenComparing(bySpeed);
                break;
            case SPEED:
                order = bySpeed.thenComparing(byCost);
                break;
            default:
                double maxCost = candidates.stream().mapToDouble(SizingRow::computeCostPerInvocation).max().orElse(1);
                double maxDuration = candidates.stream().mapToDouble(SizingRow::meanDurationMs).max().orElse(1);
                order = Comparator.comparingDouble(r -> balancedWeight * ratio(r.computeCostPerInvocation(), maxCost)
                        + (1 - balancedWeight) * ratio(r.meanDurationMs(), maxDuration));
        }
        // Stable: a full tie keeps the listed order.
        return candidates.stream().sorted(order).findFirst().orElseThrow();
    }

    private static double ratio(double v, double max) {
        return max > 0 ? v / max : 0;
    }
}
