package io.lambdasim.pricing.breakeven;

import java.util.List;

/**
 * Everything an analytic break-even produces, as plain values for tables, JSON and charts.
 *
 * @param fromRequests lower end of the analysed volume range (monthly requests)
 * @param toRequests   upper end
 * @param series       sampled cost curves, Lambda first, then each feasible EC2 option
 * @param crossings    every volume where Lambda and an EC2 option swap places, by volume
 * @param intervals    the cheapest option in each sub-range, covering the whole range in order
 * @param notes        options left out and why (e.g. a request does not fit in the instance's memory)
 */
public record BreakEvenResult(double fromRequests, double toRequests, List<CostSeries> series,
                              List<Crossing> crossings, List<CheapestInterval> intervals, List<String> notes) {
    public BreakEvenResult {
        series = List.copyOf(series);
        crossings = List.copyOf(crossings);
        intervals = List.copyOf(intervals);
        notes = List.copyOf(notes);
    }

    /** The crossings of one EC2 option with Lambda, by volume. */
    public List<Crossing> crossingsOf(String option) {
        return crossings.stream().filter(c -> c.option().equals(option)).toList();
    }

    /** The cheapest option at {@code requests} a month, from {@link #intervals}. */
    public String cheapestAt(double requests) {
        for (CheapestInterval i : intervals) {
            if (requests <= i.toRequests()) {
                return i.cheapest();
            }
        }
        return intervals.isEmpty() ? null : intervals.get(intervals.size() - 1).cheapest();
    }
}
