package io.lambdasim.reports.demo;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.lambdasim.reports.batch.ScenarioFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a scenario file holds, one line per row, for {@code demo --help}: the help lists the
 * scenarios the demo will run from the file itself, so it cannot fall behind the file. A row reads
 * {@code name: workload; key=value ...} with every non-empty cell; the {@code defaults} row comes
 * last as what every row shares.
 */
public final class ScenarioList {

    /** The cells that make up the workload, shown first rather than as key=value. */
    private static final Set<String> WORKLOAD = Set.of("name", "trace", "format", "generate", "function");

    private ScenarioList() {
    }

    /** The lines describing {@code scenariosCsv}; an unreadable file is one line saying why. */
    public static List<String> describe(Path scenariosCsv) {
        List<String[]> records;
        try (Reader in = Files.newBufferedReader(scenariosCsv, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            records = csv.readAll();
        } catch (IOException | CsvException e) {
            return List.of("(cannot read " + scenariosCsv + ": " + e.getMessage() + ")");
        }
        List<String> lines = new ArrayList<>();
        String[] header = null;
        String defaults = null;
        for (String[] r : records) {
            if (blank(r) || r[0].trim().startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = r;
                header[0] = header[0].replace("\uFEFF", "");
                continue;
            }
            String name = cell(header, r, "name");
            if (ScenarioFile.DEFAULTS_ROW.equalsIgnoreCase(name)) {
                defaults = settings(header, r);
            } else if (!name.isEmpty()) {
                String settings = settings(header, r);
                lines.add(name + ": " + workload(header, r) + (settings.isEmpty() ? "" : "; " + settings));
            }
        }
        if (defaults != null && !defaults.isEmpty()) {
            lines.add("every row (the defaults row): " + defaults);
        }
        return lines;
    }

    private static String workload(String[] header, String[] r) {
        String generate = cell(header, r, "generate");
        if (!generate.isEmpty()) {
            return "generated " + summary(generate);
        }
        String trace = cell(header, r, "trace");
        String format = cell(header, r, "format");
        String function = cell(header, r, "function");
        return "trace " + trace + (format.isEmpty() ? "" : " (" + format + ")")
                + (function.isEmpty() ? "" : ", function " + function);
    }

    /**
     * A spec's arrivals and function names and its horizon, without the rest (the durations are in
     * the file): {@code diurnal(0.3/s..6/s) (api), horizon 1d}. Display only: the spec is parsed
     * properly when the demo runs it.
     */
    static String summary(String spec) {
        List<String> functions = new ArrayList<>();
        String horizon = null;
        for (String part : spec.split(" \\+ ")) {
            String[] clauses = part.split(";");
            String name = null;
            for (int i = 1; i < clauses.length; i++) {
                String c = clauses[i].trim();
                if (c.startsWith("function=")) {
                    name = c.substring("function=".length());
                } else if (c.startsWith("horizon=")) {
                    horizon = c.substring("horizon=".length());
                }
            }
            functions.add(clauses[0].trim() + (name == null ? "" : " (" + name + ")"));
        }
        return String.join(" + ", functions) + (horizon == null ? "" : ", horizon " + horizon);
    }

    private static String settings(String[] header, String[] r) {
        List<String> kv = new ArrayList<>();
        for (int i = 0; i < header.length && i < r.length; i++) {
            String key = header[i].trim().toLowerCase(Locale.ROOT);
            if (!WORKLOAD.contains(key) && !r[i].trim().isEmpty()) {
                kv.add(key + "=" + r[i].trim());
            }
        }
        return String.join(", ", kv);
    }

    private static boolean blank(String[] r) {
        for (String c : r) {
            if (!c.trim().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(String[] header, String[] r, String key) {
        for (int i = 0; i < header.length && i < r.length; i++) {
            if (header[i].trim().equalsIgnoreCase(key)) {
                return r[i].trim();
            }
        }
        return "";
    }
}
