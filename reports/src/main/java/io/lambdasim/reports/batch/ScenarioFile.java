package io.lambdasim.reports.batch;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.lambdasim.reports.io.InputProblem;
import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import io.lambdasim.reports.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario CSV (opencsv) into scenarios ready to run, applying the layers in this order,
 * later ones winning: the runner's built-in defaults, the {@code defaults} row, the row's own
 * non-empty cells, {@code --set}, and finally each {@code --sweep} combination.
 *
 * <p>A bad row does not stop the batch: it becomes a scenario with an {@link Scenario#error()}
 * naming its row, column and reason. Problems with the whole file (no {@code name} column, a
 * duplicate header, a bad {@code --set} or {@code --sweep}, a bad {@code defaults} row) are
 * thrown as {@link IllegalArgumentException}. Lines whose first cell starts with {@code #} are
 * comments.
 */
public final class ScenarioFile {

    public static final String DEFAULTS_ROW = "defaults";
    /** Separates the values of an in-cell sweep: {@code 256|512|1024}. */
    public static final String SWEEP_SEPARATOR = "|";

    private ScenarioFile() {
    }

    /** The expanded batch: scenarios in run order and the input columns results.csv repeats. */
    public record Batch(Path file, Path baseDir, List<Scenario> scenarios, List<String> inputColumns) {
        public Batch {
            scenarios = List.copyOf(scenarios);
            inputColumns = List.copyOf(inputColumns);
        }

        public long errors() {
            return scenarios.stream().filter(s -> !s.valid()).count();
        }
    }

    public static Batch read(Path file, Map<String, String> set, List<Sweep> sweeps) throws IOException {
        List<String[]> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            records = csv.readAll();
        } catch (CsvException | com.opencsv.exceptions.CsvMalformedLineException | java.nio.charset.CharacterCodingException e) {
            throw InputProblem.csv(file, e);
        }
        String where = file.getFileName().toString();
        int headerIndex = firstContentRow(records);
        if (headerIndex < 0) {
            throw new IllegalArgumentException(where + ": no header row (expected at least a 'name' column)");
        }
        String[] header = records.get(headerIndex);
        header[0] = header[0].replace("\uFEFF", ""); // a byte-order mark written by spreadsheet programs
        checkHeader(where, header);
        checkOverrides(set, sweeps);
        Path base = file.toAbsolutePath().getParent();

        Map<String, String> defaults = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            String[] r = records.get(i);
            if (isBlankOrComment(r)) {
                continue;
            }
            Row row = Row.of(where, i + 1, header, r);
            if (DEFAULTS_ROW.equalsIgnoreCase(row.name)) {
                if (row.error != null) {
                    throw new IllegalArgumentException(row.error);
                }
                defaults.putAll(row.cells);
            } else {
                rows.add(row);
            }
        }

        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Row row : rows) {
            Map<String, String> cells = new LinkedHashMap<>(defaults);
            cells.putAll(row.cells);
            for (List<String[]> combo : Sweep.crossProduct(withRowSweeps(cells, set, sweeps))) {
                Map<String, String> s = new LinkedHashMap<>(cells);
                s.putAll(set);
                StringBuilder name = new StringBuilder(row.name);
                for (String[] kv : combo) {
                    s.put(kv[0], kv[1]);
                    name.append(name.length() == row.name.length() ? " [" : ", ").append(kv[0]).append('=').append(kv[1]);
                }
                if (!combo.isEmpty()) {
                    name.append(']');
                }
                String error = row.error != null ? row.error : sourceProblem(where, row.number, s, base);
                if (error == null && !names.add(name.toString())) {
                    error = where + " row " + row.number + ", column name: '" + row.name + "' is used by an earlier row";
                }
                scenarios.add(new Scenario(scenarios.size(), row.number, name.toString(), s, error));
            }
        }
        return new Batch(file, base, scenarios, inputColumns(header, set, sweeps));
    }

    /**
     * A cell holding {@code 256|512|1024} sweeps that row over the values, as {@code --sweep} does
     * for every row; a {@code --sweep} of the same column wins.
     */
    private static List<Sweep> withRowSweeps(Map<String, String> cells, Map<String, String> set, List<Sweep> sweeps) {
        List<Sweep> all = new ArrayList<>();
        for (var e : cells.entrySet()) {
            boolean overridden = set.containsKey(e.getKey()) || sweeps.stream().anyMatch(s -> s.column().equals(e.getKey()));
            if (e.getValue().contains(SWEEP_SEPARATOR) && !overridden && !e.getKey().equals("generate")) {
                all.add(new Sweep(e.getKey(), List.of(e.getValue().split("\\s*\\|\\s*"))));
            }
        }
        all.addAll(sweeps);
        return all;
    }

    private static int firstContentRow(List<String[]> records) {
        for (int i = 0; i < records.size(); i++) {
            if (!isBlankOrComment(records.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlankOrComment(String[] r) {
        if (r.length == 0 || r[0].trim().startsWith("#")) {
            return true;
        }
        for (String c : r) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void checkHeader(String where, String[] header) {
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            String k = h.trim().toLowerCase(java.util.Locale.ROOT);
            if (!k.isEmpty() && !seen.add(k)) {
                throw new IllegalArgumentException(where + " row 1: column '" + h.trim() + "' appears twice");
            }
        }
        if (!seen.contains("name")) {
            throw new IllegalArgumentException(where + " row 1: no 'name' column; the header must name every column, e.g. "
                    + "name,generate,memory_mb");
        }
    }

    private static void checkOverrides(Map<String, String> set, List<Sweep> sweeps) {
        for (var e : set.entrySet()) {
            String problem = cellProblem(e.getKey(), e.getValue());
            if (problem != null) {
                throw new IllegalArgumentException("--set " + e.getKey() + "=" + e.getValue() + ": " + problem);
            }
        }
        for (Sweep s : sweeps) {
            if (s.values().isEmpty()) {
                throw new IllegalArgumentException("--sweep " + s.column() + ": no values");
            }
            for (String v : s.values()) {
                String problem = cellProblem(s.column(), v);
                if (problem != null) {
                    throw new IllegalArgumentException("--sweep " + s.column() + "=" + v + ": " + problem);
                }
            }
        }
    }

    /** Null when {@code value} is acceptable in {@code column}, else the reason. */
    static String cellProblem(String column, String value) {
        Optional<Setting<?>> c = ScenarioColumn.of(column);
        if (c.isEmpty()) {
            return "unknown column" + suggestion(column);
        }
        if (column.equals("generate")) {
            return ScenarioColumn.problem(c.get(), value); // a generator spec uses '|' for nothing, but keep it whole
        }
        for (String part : value.split("\\|")) {
            String problem = part.isBlank() ? "empty value in '" + value + "'" : ScenarioColumn.problem(c.get(), part);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String suggestion(String column) {
        String best = null;
        int bestDistance = 3;
        for (Setting<?> c : ScenarioColumn.all()) {
            String typed = column.toLowerCase(java.util.Locale.ROOT);
            // also against the name without its unit, so "memroy" finds memory_mb
            int d = Math.min(editDistance(typed, c.key()), editDistance(typed, c.key().replaceAll("_(mb|ms)$", "")));
            if (d < bestDistance) {
                bestDistance = d;
                best = c.key();
            }
        }
        return best == null ? " (see docs/settings.md for the columns)" : " (did you mean " + best + "?)";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Exactly one of trace and generate, and the trace file exists. */
    private static String sourceProblem(String where, int row, Map<String, String> s, Path base) {
        String trace = s.get("trace");
        String generate = s.get("generate");
        String at = where + " row " + row + ", column ";
        if (trace == null && generate == null) {
            return at + "trace: empty; give a trace file or a generate spec";
        }
        if (trace != null && generate != null) {
            return at + "generate: give either trace or generate, not both";
        }
        if (trace != null && !Files.isRegularFile(base.resolve(trace))) {
            return at + "trace: no such file: " + trace + " (relative to " + base + ")";
        }
        return null;
    }

    private static List<String> inputColumns(String[] header, Map<String, String> set, List<Sweep> sweeps) {
        Set<String> cols = new LinkedHashSet<>();
        for (String h : header) {
            String k = h.trim().toLowerCase(java.util.Locale.ROOT);
            if (!k.isEmpty() && !k.equals("name") && ScenarioColumn.of(k).isPresent()) {
                cols.add(k);
            }
        }
        cols.addAll(set.keySet());
        sweeps.forEach(s -> cols.add(s.column()));
        return new ArrayList<>(cols);
    }

    /** One data row: its non-empty cells by column, or the first problem found in it. */
    private record Row(int number, String name, Map<String, String> cells, String error) {

        static Row of(String where, int number, String[] header, String[] r) {
            Map<String, String> cells = new LinkedHashMap<>();
            String name = "";
            String error = null;
            if (r.length > header.length && !allBlank(r, header.length)) {
                error = where + " row " + number + ": " + r.length + " cells but the header has " + header.length + " columns";
            }
            for (int i = 0; i < Math.min(header.length, r.length); i++) {
                String column = header[i].trim().toLowerCase(java.util.Locale.ROOT);
                // A cell guarded against spreadsheet formulas ('=x, as lambdasim writes it) reads as =x.
                String value = CsvCells.unguard(r[i].trim());
                if (column.equals("name")) {
                    name = value;
                    continue;
                }
                if (value.isEmpty()) {
                    continue;
                }
                String problem = column.isEmpty() ? "a value under an empty header" : cellProblem(column, value);
                if (problem != null && error == null) {
                    error = where + " row " + number + ", column " + (column.isEmpty() ? "#" + (i + 1) : column) + ": " + problem;
                }
                cells.put(column, value);
            }
            if (name.isEmpty()) {
                name = "row " + number;
                if (error == null) {
                    error = where + " row " + number + ", column name: empty; every scenario needs a name";
                }
            }
            return new Row(number, name, cells, error);
        }

        private static boolean allBlank(String[] r, int from) {
            for (int i = from; i < r.length; i++) {
                if (!r[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
