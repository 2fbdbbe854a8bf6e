package io.lambdasim.reports.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures computed at the central values and with each uncertain input at each end of its range,
 * the others central (one-at-a-time), and what follows from them:
 * <ul>
 *   <li>{@link #band}: the central value, and each input's effect added at its worse end
 *       (low = central + Σ min(0, at low − central, at high − central), high likewise with max): a
 *       first-order bound for all inputs at once that needs two runs per input, not 2ⁿ; with one
 *       input it is exactly the range of the runs;</li>
 *   <li>{@link #sensitivity}: per input, the figure at each end, largest swing first: which
 *       uncertain input moves the figure most.</li>
 * </ul>
 * A figure missing from a run (NaN: e.g. no break-even in the searched range) is left out of its
 * band's sum and shows as NaN in the table.
 */
public final class OneAtATime {

    /** One run at one end of one input. */
    public record Run(UncertainInput input, boolean high, String value, Map<String, Double> figures) {
    }

    private final Map<String, Double> central;
    private final List<Run> runs;

    public OneAtATime(Map<String, Double> central, List<Run> runs) {
        this.central = new LinkedHashMap<>(central);
        this.runs = List.copyOf(runs);
    }

    public Map<String, Double> central() {
        return central;
    }

    public List<Run> runs() {
        return runs;
    }

    /** The inputs varied, in the order their runs came. */
    public List<UncertainInput> inputs() {
        List<UncertainInput> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.contains(r.input())) {
                out.add(r.input());
            }
        }
        return out;
    }

    /** The band of {@code figure}; null when the central run has no such figure. */
    public Band band(String figure) {
        Double c = central.get(figure);
        if (c == null || c.isNaN()) {
            return null;
        }
        double low = c;
        double high = c;
        boolean nonNegative = c >= 0;
        for (UncertainInput in : inputs()) {
            double lo = value(in, false, figure);
            double hi = value(in, true, figure);
            double down = 0;
            double up = 0;
            for (double v : new double[] {lo, hi}) {
                if (!Double.isNaN(v)) {
                    down = Math.min(down, v - c);
                    up = Math.max(up, v - c);
                    nonNegative &= v >= 0;
                }
            }
            low += down;
            high += up;
        }
        return new Band(c, nonNegative ? Math.max(0, low) : low, high);
    }

    /** The sensitivity table of {@code figure}, the input that moves it most first. */
    public List<Sensitivity> sensitivity(String figure) {
        List<Sensitivity> rows = new ArrayList<>();
        for (UncertainInput in : inputs()) {
            rows.add(new Sensitivity(in, valueText(in, false), valueText(in, true), value(in, false, figure),
                    value(in, true, figure)));
        }
        rows.sort(Comparator.comparingDouble((Sensitivity s) -> Double.isNaN(s.swing()) ? -1 : s.swing()).reversed());
        return rows;
    }

    /** The input that moves {@code figure} most, or null when none moves it. */
    public UncertainInput mostSensitive(String figure) {
        List<Sensitivity> rows = sensitivity(figure);
        return rows.isEmpty() || !(rows.get(0).swing() > 0) ? null : rows.get(0).input();
    }

    private double value(UncertainInput in, boolean high, String figure) {
        for (Run r : runs) {
            if (r.input() == in && r.high() == high) {
                Double v = r.figures().get(figure);
                return v == null ? Double.NaN : v;
            }
        }
        return Double.NaN;
    }

    private String valueText(UncertainInput in, boolean high) {
        for (Run r : runs) {
            if (r.input() == in && r.high() == high) {
                return r.value();
            }
        }
        return "";
    }
}
