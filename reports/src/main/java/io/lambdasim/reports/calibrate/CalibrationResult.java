package io.lambdasim.reports.calibrate;

import java.util.List;

/**
 * What {@code lambdasim calibrate} found: the fit of every function, the replay check, and how the
 * logs were read.
 *
 * @param logs        the files
 * @param invocations REPORT lines read
 * @param rowsSkipped malformed lines skipped (with {@code --skip-bad-rows})
 * @param onOneClock  the files were merged on their wall-clock times
 * @param functions   the fits, in order of first appearance
 * @param checks      the replay of the logs with the fits, per function
 * @param rules       the billing rules of the replay
 * @param seed        seed of the bootstrap and the replay
 */
public record CalibrationResult(LogFiles logs, long invocations, long rowsSkipped, boolean onOneClock,
                                List<FunctionFit> functions, List<ReplayCheck> checks, String rules, long seed) {

    public CalibrationResult {
        functions = List.copyOf(functions);
        checks = List.copyOf(checks);
    }

    /** The check of {@code function}, or null. */
    public ReplayCheck check(String function) {
        return checks.stream().filter(c -> c.function().equals(function)).findFirst().orElse(null);
    }
}
