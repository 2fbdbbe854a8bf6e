package io.lambdasim.reports.sizing;

import io.lambdasim.reports.run.Period;
import java.util.List;

/**
 * A sizing run: every configuration tried and the one recommended.
 *
 * @param model          which duration-versus-memory model was used ({@link DurationModel#description()})
 * @param modelKind      {@code cpu-share} or {@code calibrated}
 * @param strategy       how the recommendation was chosen
 * @param balancedWeight w of the balanced strategy
 * @param rows           one row per memory and architecture, architectures in the order asked, memory ascending
 * @param recommended    the chosen row
 * @param period      the period the workload covers, from which the rows are projected to a month
 * @param bands       each row's monthly cost over the uncertain inputs, or null when nothing is uncertain
 */
public record SizingResult(String model, String modelKind, SizingStrategy strategy, double balancedWeight,
                           List<SizingRow> rows, SizingRow recommended, Period period,
                           io.lambdasim.reports.uncertainty.SizingBands bands) {
    public SizingResult {
        rows = List.copyOf(rows);
    }

    public SizingResult(String model, String modelKind, SizingStrategy strategy, double balancedWeight,
                        List<SizingRow> rows, SizingRow recommended, Period period) {
        this(model, modelKind, strategy, balancedWeight, rows, recommended, period, null);
    }

    public SizingResult withBands(io.lambdasim.reports.uncertainty.SizingBands b) {
        return new SizingResult(model, modelKind, strategy, balancedWeight, rows, recommended, period, b);
    }
}
