package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationCursor;
import java.nio.charset.StandardCharsets;

/**
 * A CloudWatch Logs Insights result table exported as CSV or markdown whose columns are the
 * REPORT fields Insights discovers ({@code @timestamp, @duration, @billedDuration, @initDuration,
 * @memorySize, @maxMemoryUsed}, optionally {@code @logStream}) instead of {@code @message}: what
 * {@code fields @timestamp, @duration, ... | filter @message like /^REPORT/} exports. Insights
 * reports the two memory fields in bytes (a 1,024 MB function shows 1024000000), and an empty
 * {@code @initDuration} cell is a warm start.
 */
final class InsightsTable {

    private static final String[] COLUMNS = {"@timestamp", "@duration", "@billedduration", "@initduration",
        "@memorysize", "@maxmemoryused", "@logstream", "@log"};
    static final int TIMESTAMP = 0;
    static final int DURATION = 1;
    static final int BILLED = 2;
    static final int INIT = 3;
    static final int MEMORY = 4;
    static final int MAX_MEMORY = 5;
    static final int STREAM = 6;
    static final int GROUP = 7;

    /** Column index of each field, -1 when absent. */
    final int[] column = new int[COLUMNS.length];
    private final boolean markdown;
    private int[] cellStart = new int[32];
    private int[] cellEnd = new int[32];
    private int cells;

    private InsightsTable(boolean markdown) {
        this.markdown = markdown;
    }

    /** The table whose header is {@code b[s..e)}, or null when it is not one with @timestamp and @duration. */
    static InsightsTable header(byte[] b, int s, int e) {
        int first = s;
        while (first < e && (b[first] == ' ' || b[first] == '\t')) {
            first++;
        }
        InsightsTable t = new InsightsTable(first < e && b[first] == '|');
        t.split(b, s, e);
        java.util.Arrays.fill(t.column, -1);
        for (int c = 0; c < t.cells; c++) {
            String name = new String(b, t.cellStart[c], t.cellEnd[c] - t.cellStart[c], StandardCharsets.UTF_8)
                    .trim().toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < COLUMNS.length; k++) {
                if (COLUMNS[k].equals(name) && t.column[k] < 0) {
                    t.column[k] = c;
                }
            }
        }
        return t.column[TIMESTAMP] >= 0 && t.column[DURATION] >= 0 ? t : null;
    }

    /** Splits a row; the cells are then {@link #start}/{@link #end} of a column. */
    int split(byte[] b, int s, int e) {
        cells = 0;
        int i = s;
        if (markdown) {
            while (i < e && b[i] != '|') {
                i++;
            }
            i++;
            while (i < e) {
                int c = i;
                while (c < e && b[c] != '|') {
                    c++;
                }
                if (c == e && trimEnd(b, i, c) == trimStart(b, i, c)) {
                    break; // after the closing bar
                }
                add(b, i, c);
                i = c + 1;
            }
            return cells;
        }
        while (i <= e) {
            int c = i;
            if (c < e && b[c] == '"') {
                int q = c + 1;
                while (q < e && !(b[q] == '"' && (q + 1 >= e || b[q + 1] != '"'))) {
                    q += b[q] == '"' ? 2 : 1;
                }
                add(b, c + 1, Math.min(q, e));
                c = q + 1;
                while (c < e && b[c] != ',') {
                    c++;
                }
            } else {
                while (c < e && b[c] != ',') {
                    c++;
                }
                add(b, i, c);
            }
            i = c + 1;
        }
        return cells;
    }

    private void add(byte[] b, int s, int e) {
        if (cells == cellStart.length) {
            cellStart = java.util.Arrays.copyOf(cellStart, cells * 2);
            cellEnd = java.util.Arrays.copyOf(cellEnd, cells * 2);
        }
        cellStart[cells] = trimStart(b, s, e);
        cellEnd[cells] = trimEnd(b, cellStart[cells], e);
        cells++;
    }

    private static int trimStart(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        return s;
    }

    private static int trimEnd(byte[] b, int s, int e) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        return e;
    }

    boolean has(int field) {
        return column[field] >= 0 && column[field] < cells;
    }

    int start(int field) {
        return cellStart[column[field]];
    }

    int end(int field) {
        return cellEnd[column[field]];
    }

    boolean empty(int field) {
        return !has(field) || start(field) == end(field);
    }

    /** A markdown separator row ({@code | --- | --- |}). */
    boolean separatorRow(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != '|' && b[i] != '-' && b[i] != ' ' && b[i] != ':' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The row's fields into {@code r}; false with {@code r.errorField} set when a number is bad.
     * Milliseconds keep up to three decimals exactly; bytes become whole MB (Insights: MB × 10^6).
     */
    boolean read(byte[] b, ReportLine r) {
        r.clear();
        r.durationUs = ms(b, DURATION);
        if (r.durationUs == Decimals.BAD) {
            return fail(r, "@duration");
        }
        if (!empty(BILLED) && (r.billedUs = ms(b, BILLED)) == Decimals.BAD) {
            return fail(r, "@billedDuration");
        }
        if (!empty(INIT) && (r.initUs = ms(b, INIT)) == Decimals.BAD) {
            return fail(r, "@initDuration");
        }
        if (!empty(MEMORY) && (r.memoryMb = megabytes(b, MEMORY)) < 0) {
            return fail(r, "@memorySize");
        }
        if (!empty(MAX_MEMORY) && (r.maxMemoryMb = megabytes(b, MAX_MEMORY)) < 0) {
            return fail(r, "@maxMemoryUsed");
        }
        return true;
    }

    private long ms(byte[] b, int field) {
        if (empty(field)) {
            return Decimals.BAD;
        }
        long v = Decimals.fixed(b, start(field), end(field), 3);
        return v < 0 ? Decimals.BAD : v;
    }

    /** "1024000000" or "1.28E8" bytes (Insights' unit) as MB. */
    private int megabytes(byte[] b, int field) {
        String t = new String(b, start(field), end(field) - start(field), StandardCharsets.US_ASCII);
        try {
            double bytes = Double.parseDouble(t);
            long mb = Math.round(bytes / 1_000_000.0);
            return bytes >= 0 && mb <= Integer.MAX_VALUE ? (int) mb : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean fail(ReportLine r, String field) {
        r.errorField = field;
        r.error = "expected a number (ms for durations, bytes for memory) in the " + field + " column";
        r.durationUs = InvocationCursor.MISSING;
        return false;
    }
}
