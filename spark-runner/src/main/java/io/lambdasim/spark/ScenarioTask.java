package io.lambdasim.spark;

import io.lambdasim.reports.batch.Scenario;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario row as it travels to an executor: the same fields as {@link Scenario}, in a form
 * Spark can serialize, plus the folder its relative paths resolve against (a local path or any
 * Hadoop-compatible URI).
 */
record ScenarioTask(int index, int row, String name, LinkedHashMap<String, String> settings, String baseDir)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static ScenarioTask of(Scenario s, String baseDir) {
        return new ScenarioTask(s.index(), s.row(), s.name(), new LinkedHashMap<>(s.settings()), baseDir);
    }

    Scenario scenario(Map<String, String> settingsToUse) {
        return new Scenario(index, row, name, settingsToUse, null);
    }
}
