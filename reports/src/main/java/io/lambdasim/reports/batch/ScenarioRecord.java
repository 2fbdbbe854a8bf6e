package io.lambdasim.reports.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished scenario as kept on disk ({@code out/scenarios/NNN-name.json}): enough to write its
 * results.csv row again, to skip it on {@code --resume}, and to draw its charts in a report.
 *
 * @param outcome null when the scenario failed
 */
public record ScenarioRecord(int index, int row, String name, Map<String, String> settings, String status,
                             String message, ScenarioOutcome outcome) {

    public ScenarioRecord {
        settings = new LinkedHashMap<>(settings);
    }

    public static ScenarioRecord ok(Scenario s, ScenarioOutcome outcome) {
        return new ScenarioRecord(s.index(), s.row(), s.name(), s.settings(), ResultColumns.OK, "", outcome);
    }

    public static ScenarioRecord error(Scenario s, String message) {
        return new ScenarioRecord(s.index(), s.row(), s.name(), s.settings(), ResultColumns.ERROR, message, null);
    }

    public boolean ok() {
        return ResultColumns.OK.equals(status);
    }

    /** The results.csv cell of {@code column}: a name, status, input, figure or message. */
    public String cell(String column) {
        switch (column) {
            case ResultColumns.NAME:
                return name;
            case ResultColumns.STATUS:
                return status;
            case ResultColumns.MESSAGE:
                return message == null ? "" : message;
            default:
                if (outcome != null && outcome.figures().containsKey(column)) {
                    return outcome.figures().get(column);
                }
                return settings.getOrDefault(column, "");
        }
    }

    /** Same scenario as {@code s} (name and every setting), so a stored result can stand for it. */
    public boolean sameAs(Scenario s) {
        return name.equals(s.name()) && settings.equals(s.settings());
    }
}
