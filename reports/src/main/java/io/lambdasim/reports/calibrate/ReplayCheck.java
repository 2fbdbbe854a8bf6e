package io.lambdasim.reports.calibrate;

/**
 * Replaying the logs with the fitted settings, beside what the logs recorded, for one function:
 * a fit that explains the logs gives back their cold starts, environments and billed duration.
 *
 * @param function             the function
 * @param observedColdStarts   lines with an INIT
 * @param simulatedColdStarts  cold starts of the replay with the fitted (central) keep-alive
 * @param simulatedLow         fewest cold starts over the keep-alive's range (its long end), or null
 * @param simulatedHigh        most cold starts over the keep-alive's range, or null
 * @param observedEnvironments environments in the logs
 * @param simulatedEnvironments environments the replay created
 * @param observedBilledMs     billed duration the lines reported, ms (NaN when none)
 * @param simulatedBilledMs    billed duration of the replay, ms
 * @param keepAlive            the keep-alive the replay used, and where it came from
 */
public record ReplayCheck(String function, long observedColdStarts, long simulatedColdStarts, Long simulatedLow,
                          Long simulatedHigh, long observedEnvironments, long simulatedEnvironments, double observedBilledMs,
                          double simulatedBilledMs, String keepAlive) {

    /** (simulated − observed) / observed; NaN when nothing was observed. */
    public static double relativeError(double simulated, double observed) {
        return observed == 0 || Double.isNaN(observed) ? Double.NaN : (simulated - observed) / observed;
    }

    public double coldStartError() {
        return relativeError(simulatedColdStarts, observedColdStarts);
    }

    public double environmentError() {
        return relativeError(simulatedEnvironments, observedEnvironments);
    }

    public double billedError() {
        return relativeError(simulatedBilledMs, observedBilledMs);
    }
}
