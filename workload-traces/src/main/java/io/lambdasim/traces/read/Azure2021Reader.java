package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Reads the Azure Functions Invocation Trace 2021: {@code app,func,end_timestamp,duration}, one
 * row per invocation, seconds as decimals, ordered by end time. The function is {@code app/func}
 * ({@code func} is unique only within its app); start = end_timestamp − duration, reordered to
 * start order by {@link ReorderingCursor}. Seconds are parsed to µs (6 decimals, half-up).
 * The source carries no memory, INIT or status: those stay MISSING / unknown.
 */
public final class Azure2021Reader extends ReorderingCursor {

    static final String HEADER = "app,func,end_timestamp,duration";

    private final LineReader lines;
    private final CsvFields fields = new CsvFields();
    private final NameInterner names = new NameInterner(functions);
    private byte[] scratch = new byte[160];
    private final Runnable parseRow = this::parseRow;

    public Azure2021Reader(InputStream in, String file, ReadOptions options) {
        super(file, options, new TraceReport("azure2021", EnumSet.noneOf(TraceField.class)), false);
        this.lines = new LineReader(in, file);
        while (lines.next() && lines.blank()) {
            // skip leading blank lines
        }
        String header = lines.lineNumber() == 0 ? "" : lines.text().trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (!header.equals(HEADER)) {
            close();
            throw bad(Math.max(1, lines.lineNumber()), null, "expected the Azure 2021 header '" + HEADER
                    + "', found '" + header + "'");
        }
        invocationType = InvocationType.UNKNOWN;
        status = Status.UNKNOWN;
        payloadBytes = MISSING;
    }

    @Override
    protected boolean readSource() {
        return nextParsedLine(lines, parseRow);
    }

    private void parseRow() {
        byte[] b = lines.buffer();
        long line = lines.lineNumber();
        int n = fields.split(b, lines.start(), lines.end());
        if (n != 4) {
            throw bad(line, null, n < 0 ? "unterminated quote" : "expected 4 fields (" + HEADER + "), found " + n);
        }
        if (fields.empty(0) || fields.empty(1)) {
            throw bad(line, fields.empty(0) ? "app" : "func", "expected a name, found an empty field");
        }
        long end = Decimals.fixed(b, fields.start(2), fields.end(2), 6);
        if (end == Decimals.BAD) {
            throw bad(line, "end_timestamp", "expected seconds (decimals allowed), found '" + fields.text(2) + "'");
        }
        long dur = Decimals.fixed(b, fields.start(3), fields.end(3), 6);
        if (dur == Decimals.BAD || dur < 0) {
            throw bad(line, "duration", "expected seconds >= 0 (decimals allowed), found '" + fields.text(3) + "'");
        }
        int f = names.intern(scratch, 0, appSlashFunc(b));
        offer(line, f, end - dur, end, dur, memory(MISSING), MISSING, MISSING, MISSING, MISSING, Status.UNKNOWN, MISSING);
    }

    /** Copies {@code app/func} into the scratch buffer; returns its length. */
    private int appSlashFunc(byte[] b) {
        int la = fields.end(0) - fields.start(0);
        int lf = fields.end(1) - fields.start(1);
        int len = la + 1 + lf;
        if (scratch.length < len) {
            scratch = new byte[len * 2];
        }
        System.arraycopy(b, fields.start(0), scratch, 0, la);
        scratch[la] = '/';
        System.arraycopy(b, fields.start(1), scratch, la + 1, lf);
        return len;
    }

    @Override
    public void close() {
        lines.close();
        closeSpill();
    }

    @Override
    protected String describeSource() {
        long skipped = report.rowsSkipped();
        return "the Azure 2021 header and " + (lines.lineNumber() <= 1 ? "no rows"
                : skipped + " row(s), all skipped as bad (first: " + report.firstSkipped() + ")");
    }
}
