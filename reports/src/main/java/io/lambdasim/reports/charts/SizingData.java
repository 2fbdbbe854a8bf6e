package io.lambdasim.reports.charts;

import java.util.List;

/**
 * The memory sizing sweep as AWS Lambda Power Tuning shows it: cost and duration per memory size,
 * and the configuration the chosen strategy recommends ({@code recommendedMb}, or -1 for none).
 */
public record SizingData(List<Point> points, int recommendedMb, String costLabel, String strategy) {

    public SizingData {
        points = List.copyOf(points);
    }

    /** Cost (in the unit {@code costLabel} names) and mean duration in ms at one memory size. */
    public record Point(int memoryMb, double cost, double durationMs) {
    }
}
