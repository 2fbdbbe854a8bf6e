package io.lambdasim.reports.charts;

import java.util.List;

/**
 * What the keep-alive chart of a calibration draws, gaps in minutes: the non-parametric estimate of
 * P(an idle environment is gone by the gap) as a staircase, the fitted policy's distribution as a
 * line, and the fit's 95% intervals as shaded bands (a fixed keep-alive's one; a random policy's
 * shortest and longest keep-alive each have one).
 *
 * @param function     the function
 * @param stepMinutes  gaps where the estimate steps
 * @param stepGone     the estimate from each step on
 * @param fitMinutes   gaps of the fitted policy's curve
 * @param fitGone      its P(gone by gap)
 * @param intervals    the 95% intervals to shade
 * @param policy       the fitted policy as {@code --keep-alive} spells it, or null
 */
public record KeepAliveData(String function, double[] stepMinutes, double[] stepGone, double[] fitMinutes, double[] fitGone,
                            List<Interval> intervals, String policy) {

    public KeepAliveData {
        intervals = List.copyOf(intervals);
    }

    /** A 95% interval, minutes, and what it is the interval of (the legend's words). */
    public record Interval(double lowMinutes, double highMinutes, String label) {
    }
}
