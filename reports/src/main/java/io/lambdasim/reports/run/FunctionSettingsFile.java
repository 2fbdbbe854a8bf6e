package io.lambdasim.reports.run;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.FunctionSettings;
import io.lambdasim.engine.source.SourceSettings;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code --functions FILE}: per-function settings, one row (CSV) or entry (YAML) per function
 * name or glob, the first match winning; empty cells inherit the command-line values. The keys are
 * the settings the registry marks as functions-file keys ({@link Setting.Scope#FUNCTION}), parsed
 * with their own grammar and range.
 *
 * <pre>
 * function,memory_mb,timeout,runtime,reserved,provisioned,keep_alive
 * checkout,1024,30s,java21,50,10@08:00-20:00,
 * report-*,2048,900s,python3.12,,,fixed:30m
 * </pre>
 * The keys are the settings the registry marks for functions files ({@code Settings}, scope
 * FUNCTION): besides those above the async settings and the event source's ({@code source},
 * {@code batch_size}, ... docs/event-sources.md).
 * YAML: a list of maps with the same keys, or a map from function name/glob to such a map:
 * <pre>
 * checkout: {memory_mb: 1024, timeout: 30s, runtime: java21, provisioned: "10@08:00-20:00"}
 * "report-*": {memory_mb: 2048, keep_alive: "fixed:30m"}
 * </pre>
 */
public final class FunctionSettingsFile {

    static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("function");
        c.addAll(Settings.keys(Setting.Scope.FUNCTION));
        return List.copyOf(c);
    }

    private FunctionSettingsFile() {
    }

    public static List<FunctionRule> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return readYaml(file);
            }
            return readCsv(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FunctionRule> readCsv(Path file) throws IOException {
        List<FunctionRule> rules = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            if (rows.isEmpty()) {
                return rules;
            }
            String[] header = rows.get(0);
            for (int c = 0; c < header.length; c++) {
                header[c] = header[c].trim().toLowerCase(Locale.ROOT);
                if (c == 0 && header[c].equals("name")) {
                    header[c] = "function";
                }
                if (!COLUMNS.contains(header[c])) {
                    throw new IllegalArgumentException(file + ":1: unknown column '" + header[c] + "' (allowed: " + String.join(", ", COLUMNS) + ")");
                }
            }
            for (int r = 1; r < rows.size(); r++) {
                String[] row = rows.get(r);
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.length && c < row.length; c++) {
                    values.put(header[c], row[c]);
                }
                rules.add(rule(values, file + ":" + (r + 1)));
            }
        } catch (CsvException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        return rules;
    }

    private static List<FunctionRule> readYaml(Path file) throws IOException {
        Object doc;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<FunctionRule> rules = new ArrayList<>();
        if (doc instanceof List<?> list) {
            int i = 0;
            for (Object entry : list) {
                i++;
                rules.add(rule(strings(entry, file + " entry " + i), file + " entry " + i));
            }
        } else if (doc instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String where = file + " '" + e.getKey() + "'";
                Map<String, String> values = e.getValue() == null ? new LinkedHashMap<>() : strings(e.getValue(), where);
                values.put("function", String.valueOf(e.getKey()));
                rules.add(rule(values, where));
            }
        } else if (doc != null) {
            throw new IllegalArgumentException(file + ": expected a list of functions or a map from function name to settings");
        }
        return rules;
    }

    private static Map<String, String> strings(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a map of settings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).trim().toLowerCase(Locale.ROOT);
            if (key.equals("name")) {
                key = "function";
            }
            if (!COLUMNS.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (allowed: " + String.join(", ", COLUMNS) + ")");
            }
            out.put(key, e.getValue() == null ? "" : String.valueOf(e.getValue()));
        }
        return out;
    }

    private static FunctionRule rule(Map<String, String> v, String where) {
        String pattern = blankToNull(v.get("function"));
        if (pattern == null) {
            throw new IllegalArgumentException(where + ": missing function name or glob");
        }
        try {
            return new FunctionRule(pattern, new FunctionSettings(
                    value(v, Settings.MEMORY_MB),
                    value(v, Settings.TIMEOUT),
                    value(v, Settings.RUNTIME),
                    value(v, Settings.RESERVED),
                    value(v, Settings.PROVISIONED),
                    value(v, Settings.KEEP_ALIVE),
                    sources(v, pattern)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** The row's event-source settings, each parsed by its setting; an error names the function. */
    private static SourceSettings sources(Map<String, String> v, String pattern) {
        SourceSettings.Builder b = SourceSettings.builder();
        try {
            for (Setting<?> s : Settings.in(Setting.Scope.FUNCTION)) {
                Object value = value(v, s);
                if (value != null) {
                    EventSourceKeys.apply(b, s.key(), value); // false for the settings read above
                }
            }
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("function '" + pattern + "': " + ex.getMessage(), ex);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The typed value of a cell, or null when it is empty (the function inherits the run's value). */
    private static <T> T value(Map<String, String> v, Setting<T> s) {
        String t = blankToNull(v.get(s.key()));
        return t == null ? null : s.parse(t);
    }
}
