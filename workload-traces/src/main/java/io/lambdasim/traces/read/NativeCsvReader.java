package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads the project's own format, {@code lambdasim-csv}: a header naming the columns, then one
 * invocation per row in start order.
 *
 * <pre>function,start_ms,duration_ms[,memory_mb,init_ms,max_memory_mb,status,invocation_type,billed_ms,payload_bytes,environment]</pre>
 *
 * The three first columns are required, the others optional and in any order; times are
 * milliseconds with up to three decimals (µs exact), start relative to the trace start. An empty
 * cell is a missing value ({@code init_ms} empty = warm start). Rows must be in start order: the
 * format is written by {@code trace convert}, which sorts; an earlier row is an error.
 *
 * <p>The hot loop parses each field straight from the line buffer; the function name becomes an
 * id through {@link NameInterner}; nothing is allocated per row.
 */
public final class NativeCsvReader extends BaseCursor {

    /** Column order of the header {@code trace convert} writes. */
    public static final List<String> REQUIRED = List.of("function", "start_ms", "duration_ms");

    private static final int FUNCTION = 0;
    private static final int START = 1;
    private static final int DURATION = 2;
    private static final int FIRST_OPTIONAL = 3;
    /** {@code TraceField.values()} clones its array on every call: keep one. */
    private static final TraceField[] OPTIONAL = TraceField.values();

    private final LineReader lines;
    private final CsvFields fields = new CsvFields();
    private final NameInterner names = new NameInterner(functions);
    private final NameInterner envNames = new NameInterner(environments);
    /** column index -> role: FUNCTION, START, DURATION, or FIRST_OPTIONAL + TraceField.ordinal(). */
    private final int[] roles;
    private final String[] headers;
    private long previousStart = Long.MIN_VALUE;
    private byte[] scratch = new byte[64];
    /** Created once: a method reference evaluated per row would be an object per row. */
    private final Runnable parseRow = this::parseRow;

    public NativeCsvReader(InputStream in, String file, ReadOptions options) {
        this(new LineReader(in, file), file, options);
    }

    private NativeCsvReader(LineReader lines, String file, ReadOptions options) {
        super(file, options, null);
        this.lines = lines;
        // Header: required, so a file of numbers is never silently read with guessed columns.
        while (lines.next() && lines.blank()) {
            // leading blank lines are harmless
        }
        if (lines.lineNumber() == 0 || lines.blank()) {
            close();
            throw bad(1, null, "empty file: expected the lambdasim-csv header " + String.join(",", REQUIRED));
        }
        int n = fields.split(lines.buffer(), lines.start(), lines.end());
        headers = new String[Math.max(n, 0)];
        roles = new int[headers.length];
        Arrays.fill(roles, -1);
        EnumSet<TraceField> present = EnumSet.noneOf(TraceField.class);
        for (int i = 0; i < headers.length; i++) {
            String name = fields.text(i).trim().toLowerCase(Locale.ROOT);
            headers[i] = name;
            int required = REQUIRED.indexOf(name);
            TraceField optional = TraceField.ofColumn(name);
            if (required >= 0) {
                roles[i] = required;
            } else if (optional != null) {
                roles[i] = FIRST_OPTIONAL + optional.ordinal();
                present.add(optional);
            } else {
                close();
                throw bad(lines.lineNumber(), name, "unknown lambdasim-csv column; expected "
                        + String.join(",", REQUIRED) + " and optionally memory_mb,init_ms,max_memory_mb,"
                        + "status,invocation_type,billed_ms,payload_bytes,environment");
            }
            for (int j = 0; j < i; j++) {
                if (headers[j].equals(name)) {
                    close();
                    throw bad(lines.lineNumber(), name, "column appears twice in the header");
                }
            }
        }
        for (int r = 0; r < REQUIRED.size(); r++) {
            if (!contains(roles, r)) {
                close();
                throw bad(lines.lineNumber(), REQUIRED.get(r), "missing required column; the header must name "
                        + String.join(",", REQUIRED));
            }
        }
        setReport(new TraceReport("lambdasim-csv", present));
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean next() {
        return nextParsedLine(lines, parseRow);
    }

    private void parseRow() {
        byte[] b = lines.buffer();
        long line = lines.lineNumber();
        int n = fields.split(b, lines.start(), lines.end());
        if (n != roles.length) {
            throw bad(line, null, n < 0 ? "unterminated quote"
                    : "expected " + roles.length + " fields as in the header, found " + n);
        }
        memoryMb = MISSING;
        maxMemoryUsedMb = MISSING;
        initUs = MISSING;
        billedUs = MISSING;
        initBilledUs = MISSING;
        status = Status.UNKNOWN;
        invocationType = InvocationType.UNKNOWN;
        payloadBytes = MISSING;
        environmentId = MISSING;
        long start = 0;
        for (int i = 0; i < n; i++) {
            int s = fields.start(i);
            int e = fields.end(i);
            switch (roles[i]) {
                case FUNCTION:
                    if (s == e) {
                        throw bad(line, "function", "expected a function name, found an empty field");
                    }
                    if (fields.quoted(i)) {
                        byte[] name = scratch();
                        functionId = names.intern(name, 0, fields.unescape(i, name));
                    } else {
                        functionId = names.intern(b, s, e);
                    }
                    break;
                case START:
                    start = millis(b, s, e, line, "start_ms");
                    break;
                case DURATION:
                    durationUs = millis(b, s, e, line, "duration_ms");
                    break;
                default:
                    optional(roles[i] - FIRST_OPTIONAL, b, s, e, i, line);
            }
        }
        if (start < previousStart) {
            throw bad(line, "start_ms", String.format(Locale.ROOT,
                    "expected rows in start order: %.3f ms is before the previous row's %.3f ms",
                    start / 1e3, previousStart / 1e3));
        }
        previousStart = start;
        startUs = start;
        memoryMb = memory(memoryMb);
        report.rowRead();
    }

    private void optional(int ordinal, byte[] b, int s, int e, int column, long line) {
        if (fields.empty(column)) {
            return;
        }
        TraceField field = OPTIONAL[ordinal];
        switch (field) {
            case MEMORY:
                memoryMb = positiveInt(b, s, e, line, field);
                break;
            case MAX_MEMORY:
                maxMemoryUsedMb = positiveInt(b, s, e, line, field);
                break;
            case INIT:
                initUs = millis(b, s, e, line, field.column());
                break;
            case BILLED:
                billedUs = millis(b, s, e, line, field.column());
                break;
            case INIT_BILLED:
                initBilledUs = millis(b, s, e, line, field.column());
                break;
            case PAYLOAD: {
                long v = Decimals.fixed(b, s, e, 0);
                if (v == Decimals.BAD || v < 0 || Decimals.fixed(b, s, e, 1) != v * 10) {
                    throw bad(line, field.column(), "expected a whole number of bytes >= 0, found '"
                            + fields.text(column) + "'");
                }
                payloadBytes = v;
                break;
            }
            case STATUS:
                status = Enums.status(b, s, e);
                if (status < 0) {
                    throw bad(line, field.column(), "expected success, error or timeout, found '"
                            + fields.text(column) + "'");
                }
                break;
            case INVOCATION_TYPE:
                invocationType = Enums.invocationType(b, s, e);
                if (invocationType < 0) {
                    throw bad(line, field.column(), "expected sync, async or poll, found '"
                            + fields.text(column) + "'");
                }
                break;
            case ENVIRONMENT:
                environmentId = envNames.intern(b, s, e);
                break;
            default:
                throw new AssertionError(field);
        }
    }

    /** A buffer for a quoted name without its escapes, as long as the current line. */
    private byte[] scratch() {
        int need = lines.end() - lines.start();
        if (scratch.length < need) {
            scratch = new byte[need];
        }
        return scratch;
    }

    /** A non-negative time in ms with up to 3 decimals, as µs. */
    private long millis(byte[] b, int s, int e, long line, String field) {
        long v = Decimals.fixed(b, s, e, 3);
        if (v == Decimals.BAD || v < 0) {
            throw bad(line, field, "expected milliseconds >= 0 (decimals allowed), found '"
                    + new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8).trim() + "'");
        }
        return v;
    }

    private int positiveInt(byte[] b, int s, int e, long line, TraceField field) {
        int v = Decimals.natural(b, s, e);
        if (v <= 0) {
            throw bad(line, field.column(), "expected a whole number of MB > 0, found '"
                    + new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8).trim() + "'");
        }
        return v;
    }

    /** Decompressed bytes read so far (for benchmarks). */
    public long bytesRead() {
        return lines.bytesConsumed();
    }

    @Override
    public void close() {
        lines.close();
    }
}
