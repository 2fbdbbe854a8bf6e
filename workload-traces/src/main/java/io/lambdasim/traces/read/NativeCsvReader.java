package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.write.CsvCells;
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
    private final io.lambdasim.traces.PartitionKey keys = new io.lambdasim.traces.PartitionKey();
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
        if (n < 0) {
            b = joinQuotedLineBreaks(line);
            n = fields.count();
        }
        if (n != roles.length) {
            throw bad(line, null, "expected " + roles.length + " fields as in the header, found " + n);
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
        partitionKey = MISSING;
        long start = 0;
        for (int i = 0; i < n; i++) {
            int s = fields.start(i);
            int e = fields.end(i);
            switch (roles[i]) {
                case FUNCTION:
                    if (s == e) {
                        throw bad(line, "function", "expected a function name, found an empty field");
                    }
                    functionId = intern(names, i, b, s, e);
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
        memoryMb = configuredMemory(memoryMb, line, TraceField.MEMORY.column());
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
                environmentId = intern(envNames, column, b, s, e);
                break;
            case PARTITION_KEY:
                partitionKey = partitionKey(column, b, s, e);
                break;
            default:
                throw new AssertionError(field);
        }
    }

    /**
     * The id of the name in field {@code column} ({@code b[s..e)}): quotes and doubled quotes
     * undone, and a name guarded against spreadsheet formulas ('=x) read back as written (=x).
     */
    private int intern(NameInterner table, int column, byte[] b, int s, int e) {
        if (fields.quoted(column)) {
            byte[] name = scratch(e - s);
            int len = fields.unescape(column, name);
            return table.intern(name, CsvCells.unguardedStart(name, 0, len), len);
        }
        return table.intern(b, CsvCells.unguardedStart(b, s, e), e);
    }

    /** The key in field {@code column}, hashed as written (quotes undone, a formula guard removed). */
    private long partitionKey(int column, byte[] b, int s, int e) {
        if (fields.quoted(column)) {
            byte[] key = scratch(e - s);
            int len = fields.unescape(column, key);
            return keys.hash(key, CsvCells.unguardedStart(key, 0, len), len);
        }
        return keys.hash(b, CsvCells.unguardedStart(b, s, e), e);
    }

    /** A buffer for a quoted field without its escapes. */
    private byte[] scratch(int need) {
        if (scratch.length < need) {
            scratch = new byte[need];
        }
        return scratch;
    }

    /**
     * RFC 4180 lets a quoted field hold a line break: the row goes on on the next lines. Joins them
     * (with the line breaks they had) until the quote closes, and returns the joined row, already split into
     * {@link #fields}. Rare, so it may allocate; bounded by {@link LineReader#MAX_LINE}.
     */
    private byte[] joinQuotedLineBreaks(long firstLine) {
        byte[] b = lines.buffer();
        int len = lines.end() - lines.start();
        byte[] joined = java.util.Arrays.copyOfRange(b, lines.start(), lines.start() + Math.max(len, 16));
        while (true) {
            // the line break inside the field, as the file had it (\r\n or \n)
            boolean crlf = lines.crlf();
            if (!lines.next()) {
                throw bad(firstLine, null, "unterminated quote: a quoted field is never closed before the end of the file");
            }
            int add = lines.end() - lines.start();
            int brk = crlf ? 2 : 1;
            if (len + (long) brk + add > LineReader.MAX_LINE) {
                throw bad(firstLine, null, "unterminated quote: a quoted field runs on for more than "
                        + LineReader.MAX_LINE + " bytes");
            }
            if (joined.length < len + brk + add) {
                joined = java.util.Arrays.copyOf(joined, Math.max(joined.length * 2, len + brk + add));
            }
            if (crlf) {
                joined[len++] = '\r';
            }
            joined[len++] = '\n';
            System.arraycopy(lines.buffer(), lines.start(), joined, len, add);
            len += add;
            if (fields.split(joined, 0, len) >= 0) {
                return joined;
            }
        }
    }

    /** A non-negative time in ms with up to 3 decimals, as µs. */
    private long millis(byte[] b, int s, int e, long line, String field) {
        long v = Decimals.fixed(b, s, e, 3);
        if (v == Decimals.BAD || v < 0 || v > Decimals.MAX_MILLIS_US) {
            throw bad(line, field, Decimals.problem(b, s, e, "milliseconds >= 0 (decimals allowed)",
                    Decimals.MAX_MILLIS_US / 1000, "ms"));
        }
        return v;
    }

    private int positiveInt(byte[] b, int s, int e, long line, TraceField field) {
        int v = Decimals.natural(b, s, e);
        if (v <= 0) {
            throw bad(line, field.column(), Decimals.problem(b, s, e, "a whole number of MB > 0", Integer.MAX_VALUE, "MB"));
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
