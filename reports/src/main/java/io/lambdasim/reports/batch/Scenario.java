package io.lambdasim.reports.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario to run: its name, the spreadsheet row it came from (the header is row 1), and its
 * settings by column name with every layer applied (defaults row, the row's cells, {@code --set},
 * {@code --sweep}). Empty settings are absent, so a runner applies its own default.
 *
 * @param index    position in the expanded batch (0-based): the order of results.csv
 * @param row      spreadsheet row of the scenario file (sweeps share their source row)
 * @param error    why the scenario cannot run (row, column and reason), or null when it can
 */
public record Scenario(int index, int row, String name, Map<String, String> settings, String error) {

    public Scenario {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public String get(String column) {
        return settings.get(column);
    }

    public boolean valid() {
        return error == null;
    }

    /** A file-system-safe stem for this scenario's chart files: "007-web-api-memory_mb-512". */
    public String fileStem() {
        String safe = name.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("(^-+|-+$)", "");
        return String.format("%03d-%s", index + 1, safe.length() > 60 ? safe.substring(0, 60) : safe);
    }
}
