package io.lambdasim.gui.scenarios;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;
import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.SafeFiles;
import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioColumn;
import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.batch.ScenarioStore;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.html.ReportWriter;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scenarios: a scenario CSV as an editable table, run as a batch by the library's
 * {@link BatchRunner} (the engine of {@code lambdasim batch}) with progress per row; the results as a
 * table, results.csv and the HTML report. Cells are checked as typed by the library's own
 * {@link ScenarioColumn} rules.
 */
public final class ScenariosViewModel {
    private final ScenarioExecutor executor;
    private final Executor ui;
    private final BackgroundRunner runner;
    private boolean dirty;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringProperty outDir = new SimpleStringProperty(this, "outDir", "");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> resultHeader = FXCollections.observableArrayList();
    private final ObservableList<List<String>> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Path> resultsCsv = new ReadOnlyObjectWrapper<>(this, "resultsCsv");

    public ScenariosViewModel(ScenarioExecutor executor, Executor ui) {
        this.executor = executor;
        this.ui = ui;
        this.runner = new BackgroundRunner(ui);
    }

    public void remember(AppPrefs prefs) {
        prefs.bind("file", file);
        prefs.bind("outDir", outDir);
    }

    /** Loads a scenario CSV into the table; a file that is not CSV is reported with its line. */
    public boolean open(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            List<String[]> all = csv.readAll();
            if (all.isEmpty() || Arrays.stream(all.get(0)).noneMatch(h -> h.trim().equalsIgnoreCase("name"))) {
                throw new IllegalArgumentException(path + ":1: no header row with a 'name' column");
            }
            List<ScenarioRow> rs = new ArrayList<>();
            for (String[] line : all.subList(1, all.size())) {
                // Pad short lines to the header, so every column has a cell to edit.
                rs.add(new ScenarioRow(Arrays.asList(Arrays.copyOf(line, Math.max(line.length, all.get(0).length)))));
            }
            rows.setAll(rs);
            header.setAll(all.get(0)); // after the rows: the view sizes its columns from both
            dirty = false;
            file.set(path.toAbsolutePath().toString());
            if (outDir.get() == null || outDir.get().isBlank()) {
                outDir.set(path.toAbsolutePath().resolveSibling("lambdasim-out").toString());
            }
            error.set("");
            results.clear();
            resultHeader.clear();
            summary.set(rows.size() + " rows from " + path.getFileName());
            return true;
        } catch (CsvException e) {
            error.set(path + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (IOException e) {
            error.set(path + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
        return false;
    }

    /** Why the cell at (row, column) is not acceptable, or null; the library's per-column check. */
    public String cellProblem(int column, String value) {
        if (column >= header.size() || value == null || value.isBlank()) {
            return null;
        }
        var c = ScenarioColumn.of(header.get(column));
        if (c.isEmpty()) {
            return "unknown column '" + header.get(column) + "'";
        }
        return value.contains("|") ? null : ScenarioColumn.problem(c.get(), value); // a|b|c sweeps are checked per value at run
    }

    public void addRow() {
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            blank.add(i == 0 ? "scenario-" + (rows.size() + 1) : "");
        }
        rows.add(new ScenarioRow(blank));
        dirty = true;
    }

    /** An edit from the table; the file is rewritten before the next run. */
    public void edit(ScenarioRow row, int column, String value) {
        row.setCell(column, value);
        dirty = true;
    }

    /** Writes the table as CSV. */
    public void save(Path to) {
        saveAs(to);
        if (to.toAbsolutePath().toString().equals(file.get())) {
            dirty = false;
        }
    }

    /** Written whole to a temporary file and moved into place: a failed save leaves the file as it was. */
    private void saveAs(Path to) {
        OutputTarget.check(to, null, OutputTarget.Replace.YES, true).writeText(w -> {
            CSVWriter csv = new CSVWriter(w, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
            csv.writeNext(header.toArray(String[]::new), false);
            for (ScenarioRow r : rows) {
                String[] line = new String[header.size()];
                Arrays.setAll(line, i -> CsvCells.guard(r.cell(i)));
                csv.writeNext(line, false);
            }
            csv.flush();
        });
    }

    /**
     * Runs the table as it is on screen: edits are first saved to the scenario file (the previous
     * version kept as FILE.bak), so relative trace paths resolve as on the command line and every
     * message names the user's own file and row.
     */
    public void run() {
        if (runner.runningProperty().get()) {
            return;
        }
        if (rows.isEmpty()) {
            error.set("Open a scenario CSV first");
            return;
        }
        Path src = Path.of(file.get());
        Path out = Path.of(outDir.get());
        ScenarioFile.Batch batch;
        try {
            if (dirty) {
                byte[] previous = Files.readAllBytes(src);
                OutputTarget.check(src.resolveSibling(src.getFileName() + ".bak"), null, OutputTarget.Replace.YES, true,
                        List.of(src)).write(bak -> bak.write(previous));
                save(src);
            }
            batch = ScenarioFile.read(src, Map.of(), List.of());
        } catch (IOException | RuntimeException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        rows.forEach(r -> {
            // The defaults row is no scenario: it fills the empty cells of every other row.
            boolean defaults = ScenarioFile.DEFAULTS_ROW.equalsIgnoreCase(r.cell(nameColumn()).trim());
            r.progressProperty().set(defaults ? 1 : 0);
            r.statusProperty().set(defaults ? "defaults for every row" : "queued");
        });
        int total = batch.scenarios().size();
        runner.start("Batch", p -> BatchRunner.run(batch, executor, new BatchRunner.Options(out, 0, false, false, false),
                new BatchProgress() {
                    @Override
                    public void started(Scenario s) {
                        onRow(s, -1, "running");
                    }

                    @Override
                    public void advanced(Scenario s, double fraction) {
                        onRow(s, fraction, null);
                    }

                    @Override
                    public void finished(Scenario s, ScenarioRecord r, int done, int all, long ms) {
                        onRow(s, 1, r.ok() ? "ok" : "error: " + r.message());
                        p.update(done / (double) total, done + " of " + total + " scenarios done");
                    }
                }), this::showResults, e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private int nameColumn() {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(ResultColumns.NAME)) {
                return i;
            }
        }
        return 0;
    }

    /** Called from batch threads: the row's properties change on the UI thread via the runner's executor. */
    private void onRow(Scenario s, double fraction, String status) {
        int i = s.row() - 2; // spreadsheet row: the header is row 1
        if (i < 0) {
            return;
        }
        ui.execute(() -> {
            if (i < rows.size()) {
                ScenarioRow r = rows.get(i);
                if (fraction >= 0 || status != null) {
                    r.progressProperty().set(fraction);
                }
                if (status != null) {
                    r.statusProperty().set(status);
                }
            }
        });
    }

    private void showResults(BatchRunner.Result r) {
        resultsCsv.set(r.resultsCsv());
        try (Reader in = Files.newBufferedReader(r.resultsCsv(), StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            List<String> head = all.isEmpty() ? List.of() : Arrays.asList(all.get(0));
            List<List<String>> body = new ArrayList<>();
            for (String[] line : all.subList(Math.min(1, all.size()), all.size())) {
                // shown as the values they are, without the guard quote the CSV carries for spreadsheets
                body.add(Arrays.stream(line).map(CsvCells::unguard).toList());
            }
            List<Integer> shown = shownColumns(head, body);
            results.setAll(body.stream().map(row -> shown.stream().map(i -> i < row.size() ? row.get(i) : "").toList()).toList());
            resultHeader.setAll(shown.stream().map(head::get).toList());
        } catch (IOException | CsvException e) {
            error.set(r.resultsCsv() + ": " + e.getMessage());
        }
        summary.set(r.records().size() + " scenarios, " + r.failed() + " failed; results in " + r.resultsCsv());
    }

    /**
     * The results.csv columns worth a column on screen (results.csv itself keeps them all): not one
     * that no scenario filled (no message when all ran, no break-even factor when none asked for it),
     * nor the event sources' figures when no scenario had a queue or a stream (their zeros say nothing),
     * nor the bill around the function when no scenario priced any of it.
     */
    static List<Integer> shownColumns(List<String> head, List<List<String>> body) {
        java.util.Set<String> sources = new java.util.HashSet<>();
        ResultColumns.SOURCE_COLUMNS.forEach(c -> sources.add(c.column()));
        boolean anySource = anyNonZero(head.indexOf("messages"), body);
        boolean anyAround = ResultColumns.AROUND.stream().anyMatch(c -> anyNonZero(head.indexOf(c), body));
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            String key = head.get(i);
            final int col = i;
            boolean filled = body.stream().anyMatch(r -> col < r.size() && !r.get(col).isBlank());
            if (!filled || sources.contains(key) && !anySource || ResultColumns.AROUND.contains(key) && !anyAround) {
                continue;
            }
            shown.add(i);
        }
        return shown;
    }

    private static boolean anyNonZero(int col, List<List<String>> body) {
        if (col < 0) {
            return false;
        }
        for (List<String> r : body) {
            String v = col < r.size() ? r.get(col).trim() : "";
            try {
                if (!v.isEmpty() && new java.math.BigDecimal(v).signum() != 0) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return true; // not a number: something to show
            }
        }
        return false;
    }

    /** Copies results.csv to {@code to} (written beside it and moved into place). */
    public void exportResults(Path to) throws IOException {
        if (resultsCsv.get() == null) {
            throw new IllegalStateException("run the batch first");
        }
        Path from = resultsCsv.get();
        OutputTarget.check(to, null, OutputTarget.Replace.YES, true, List.of(from)).write(out -> Files.copy(from, out));
    }

    /** The last batch's scenario records (as the report writer reads them), empty before a run. */
    public List<ScenarioRecord> analysis() {
        if (resultsCsv.get() == null) {
            return List.of();
        }
        try {
            return new ScenarioStore(io.lambdasim.reports.io.OutputFolder.open(resultsCsv.get().getParent(), List.of())).loadEarlier();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Writes report.html into the output folder (as {@code lambdasim report}) and returns it. */
    public Path writeReport() throws IOException {
        if (resultsCsv.get() == null) {
            throw new IllegalStateException("run the batch first");
        }
        return ReportWriter.write(resultsCsv.get().getParent());
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty outDirProperty() {
        return outDir;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<ScenarioRow> rows() {
        return rows;
    }

    public ObservableList<String> resultHeader() {
        return resultHeader;
    }

    public ObservableList<List<String>> results() {
        return results;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> resultsCsvProperty() {
        return resultsCsv.getReadOnlyProperty();
    }

    public BackgroundRunner runner() {
        return runner;
    }
}
