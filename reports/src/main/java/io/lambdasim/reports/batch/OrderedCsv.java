package io.lambdasim.reports.batch;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * results.csv written in batch order while scenarios finish in any order: a finished row waits in
 * its slot until every earlier row is written, then goes out and the stream is flushed. The bytes
 * therefore never depend on the thread count. The stream is a temporary file that replaces
 * results.csv when the batch ends ({@link io.lambdasim.reports.io.OutputFolder#begin}).
 */
final class OrderedCsv implements AutoCloseable {

    private final ICSVWriter csv;
    private final List<String> header;
    private final ScenarioRecord[] slots;
    private int next;

    OrderedCsv(OutputStream out, List<String> header, int rows) throws IOException {
        this.csv = writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.header = header;
        this.slots = new ScenarioRecord[rows];
        csv.writeNext(header.toArray(String[]::new), false);
        csv.flush();
    }

    /** A CSV writer that quotes only cells that need it and ends lines with '\n' on every OS. */
    static ICSVWriter writer(Writer w) {
        return new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    /** Text cells neutralised for spreadsheets ({@link CsvCells#guard}); numbers as they are. */
    static String[] safe(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = CsvCells.guard(cells[i]);
        }
        return cells;
    }

    synchronized void complete(int index, ScenarioRecord r) throws IOException {
        slots[index] = r;
        boolean wrote = false;
        while (next < slots.length && slots[next] != null) {
            ScenarioRecord row = slots[next];
            csv.writeNext(safe(header.stream().map(row::cell).toArray(String[]::new)), false);
            slots[next++] = null; // written; let the outcome be collected
            wrote = true;
        }
        if (wrote) {
            csv.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        csv.close();
    }
}
