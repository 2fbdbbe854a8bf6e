package io.lambdasim.reports.usecase;

import io.lambdasim.reports.calibrate.LogFiles;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * Calibration ({@code lambdasim calibrate LOGS...}): keep-alive, INIT and the CPU-bound share
 * fitted to what the logs observed, with intervals, and the logs replayed with the fit.
 *
 * @param logs        the log files and how to read them
 * @param calibration a Power Tuning output (or memory_mb,duration_ms CSV) for the duration fit, or null
 * @param threads     threads the function can use (the CPU model's)
 * @param rules       billing rules of the replay
 * @param seed        seed of the bootstrap and of the replay
 */
public record CalibrateRequest(LogFiles logs, Path calibration, int threads, String rules, long seed) {

    /** The settings {@code calibrate} takes: how to read the logs, the duration model, the replay's rules, the seed. */
    public static final List<Setting<?>> SETTINGS = List.of(Settings.FORMAT, Settings.FUNCTION, Settings.SKIP_BAD_ROWS,
            Settings.REORDER_WINDOW, Settings.CALIBRATION, Settings.THREADS, Settings.RULES, Settings.SEED);

    public static CalibrateRequest from(List<Path> files, SettingValues v) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("give one or more log files (CloudWatch REPORT lines in any export shape)");
        }
        // The reader options exactly as simulate reads a trace.
        ScenarioOptions.Builder b = ScenarioOptions.builder().trace(files.get(0));
        for (Setting<?> s : List.of(Settings.FORMAT, Settings.FUNCTION, Settings.SKIP_BAD_ROWS, Settings.REORDER_WINDOW,
                Settings.SEED)) {
            b.set(s.key(), v.text(s));
        }
        TraceSource source = b.build().source();
        return new CalibrateRequest(new LogFiles(files, source.format(), source.read()), v.get(Settings.CALIBRATION),
                v.get(Settings.THREADS), v.get(Settings.RULES), v.get(Settings.SEED));
    }
}
