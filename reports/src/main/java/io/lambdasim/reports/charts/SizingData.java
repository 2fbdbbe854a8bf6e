package io.lambdasim.reports.charts;

import java.util.List;

/**
 * The memory sizing sweep as AWS Lambda Power Tuning shows it: cost and duration per memory size,
 * and the configuration the chosen strategy recommends ({@code recommendedMb}, or -1 for none); over
 * uncertain inputs, each cost's band.
 */
public record SizingData(List<Point> points, int recommendedMb, String costLabel, String strategy) {

    public SizingData {
        points = List.copyOf(points);
    }

    /**
     * Cost (in the unit {@code costLabel} names) and mean duration in ms at one memory size; over
     * uncertain inputs the cost's band, {@code costLow} to {@code costHigh} (NaN: none).
     */
    public record Point(int memoryMb, double cost, double durationMs, double costLow, double costHigh) {
        public Point(int memoryMb, double cost, double durationMs) {
            this(memoryMb, cost, durationMs, Double.NaN, Double.NaN);
        }

        public boolean banded() {
            return !Double.isNaN(costLow) && !Double.isNaN(costHigh);
        }
    }

    /** Whether any point's cost has a band (the chart then draws the cost curve as a ribbon). */
    public boolean banded() {
        return points.stream().anyMatch(Point::banded);
    }
}
