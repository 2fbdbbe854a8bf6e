package io.lambdasim.reports.charts;

/**
 * What the keep-alive chart of a calibration draws, gaps in minutes: the non-parametric estimate of
 * P(an idle environment is gone by the gap) as a staircase, the fitted policy's distribution as a
 * line, and the fixed keep-alive's 95% interval as a band.
 *
 * @param function     the function
 * @param stepMinutes  gaps where the estimate steps
 * @param stepGone     the estimate from each step on
 * @param fitMinutes   gaps of the fitted policy's curve
 * @param fitGone      its P(gone by gap)
 * @param lowMinutes   the interval's lower end (NaN: none)
 * @param highMinutes  its upper end (NaN: none)
 * @param policy       the fitted policy as {@code --keep-alive} spells it, or null
 */
public record KeepAliveData(String function, double[] stepMinutes, double[] stepGone, double[] fitMinutes, double[] fitGone,
                            double lowMinutes, double highMinutes, String policy) {
}
