package io.lambdasim.pricing.breakeven;

import java.util.List;

/**
 * The sampled cost curve of one option (Lambda, or one EC2 type), in increasing request order.
 * Step edges of an EC2 curve appear as two points at the same request volume (cost before and
 * after the jump), so a chart drawn by joining points shows the steps.
 */
public record CostSeries(String option, List<CostPoint> points) {
    public CostSeries {
        points = List.copyOf(points);
    }
}
