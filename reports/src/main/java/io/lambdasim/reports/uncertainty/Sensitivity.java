package io.lambdasim.reports.uncertainty;

/**
 * One row of a sensitivity table: a figure at the low and at the high end of one input's range,
 * everything else central.
 *
 * @param input     the input
 * @param lowValue  its low end, as the input reads ("fixed:5m")
 * @param highValue its high end
 * @param atLow     the figure with the input at its low end
 * @param atHigh    the figure with the input at its high end
 */
public record Sensitivity(UncertainInput input, String lowValue, String highValue, double atLow, double atHigh) {

    /** How far the figure moves between the ends. */
    public double swing() {
        return Double.isNaN(atLow) || Double.isNaN(atHigh) ? Double.NaN : Math.abs(atHigh - atLow);
    }
}
