package io.lambdasim.reports.usecase;

import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.util.List;

/**
 * The workload part of settings (trace or generator spec, reader options, seed, traffic scale,
 * period) as a {@link TraceSource}: built by the scenario builder, so every use case reads a trace
 * the way {@code simulate} does.
 */
public final class Workload {

    /** The settings that describe the workload and how to read it. */
    public static final List<Setting<?>> SETTINGS = List.of(Settings.TRACE, Settings.GENERATE, Settings.FORMAT,
            Settings.FUNCTION, Settings.SKIP_BAD_ROWS, Settings.PLACEMENT, Settings.DURATIONS, Settings.APP_MEMORY,
            Settings.DEFAULT_DURATION, Settings.TRACE_MEMORY_MB, Settings.REORDER_WINDOW, Settings.SEED,
            Settings.TRAFFIC_SCALE, Settings.PERIOD, Settings.ALLOW_HUGE);

    private Workload() {
    }

    public static TraceSource from(SettingValues v) {
        if (v.has(Settings.TRACE) == v.has(Settings.GENERATE)) {
            throw new IllegalArgumentException("give either a trace (" + Settings.TRACE.option() + " FILE) or a generated workload ("
                    + Settings.GENERATE.option() + " SPEC)");
        }
        ScenarioOptions.Builder b = ScenarioOptions.builder();
        for (Setting<?> s : SETTINGS) {
            b.set(s.key(), v.text(s));
        }
        return b.build().source();
    }
}
