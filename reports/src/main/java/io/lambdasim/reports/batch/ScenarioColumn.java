package io.lambdasim.reports.batch;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.Settings;
import java.util.List;
import java.util.Optional;

/**
 * The columns a scenario file may have: the settings of the registry that a batch accepts
 * ({@link Setting.Scope#BATCH}), each checked with its own grammar and range, so a bad cell is
 * reported with its row and column before anything runs.
 */
public final class ScenarioColumn {

    private ScenarioColumn() {
    }

    /** Every column, in the docs' order. */
    public static List<Setting<?>> all() {
        return Settings.in(Setting.Scope.BATCH);
    }

    /** The setting behind a column header (case-insensitive). */
    public static Optional<Setting<?>> of(String header) {
        return Settings.byKey(header).filter(s -> s.in(Setting.Scope.BATCH));
    }

    /** Null when {@code value} is acceptable for {@code column}, else what was expected. */
    public static String problem(Setting<?> column, String value) {
        try {
            column.parse(value);
            return null;
        } catch (SettingException e) {
            return "'" + e.value() + "': " + e.reason();
        } catch (IllegalArgumentException e) {
            return "'" + value.trim() + "': " + e.getMessage();
        }
    }

    /** True for yes/true/on/1. */
    public static boolean isYes(String v) {
        return v != null && v.trim().matches("(?i)yes|true|on|1");
    }
}
