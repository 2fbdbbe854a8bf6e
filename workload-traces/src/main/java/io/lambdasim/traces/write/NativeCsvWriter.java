package io.lambdasim.traces.write;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceField;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes invocations in the native {@code lambdasim-csv} format: the header, then one row per
 * invocation, times in ms with up to three decimals (µs exact, so reading back gives the same
 * numbers), missing values as empty cells, names that a spreadsheet would take for a formula
 * neutralised ({@link CsvCells}). Only the optional columns the source carries are
 * written, so "no INIT column" (source cannot tell) stays distinct from "empty INIT" (warm).
 * Formats numbers into its own byte buffer: no String per row.
 */
public final class NativeCsvWriter implements AutoCloseable {

    private final OutputStream out;
    private final FunctionTable functions;
    private final FunctionTable environments;
    private final TraceField[] columns;
    private byte[][] functionBytes = new byte[16][];
    private byte[][] environmentBytes = new byte[16][];
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private long rows;

    public NativeCsvWriter(OutputStream out, FunctionTable functions, FunctionTable environments, Set<TraceField> columns) {
        this.out = out;
        this.functions = functions;
        this.environments = environments;
        EnumSet<TraceField> set = columns.isEmpty() ? EnumSet.noneOf(TraceField.class) : EnumSet.copyOf(columns);
        // a partition key is carried as its hash, not its text: it cannot be written back (docs/traces.md)
        set.remove(TraceField.PARTITION_KEY);
        this.columns = set.toArray(new TraceField[0]);
        StringBuilder header = new StringBuilder("function,start_ms,duration_ms");
        for (TraceField f : this.columns) {
            header.append(',').append(f.column());
        }
        ascii(header.append('\n').toString());
    }

    /**
     * Writes every remaining invocation of {@code cursor} to {@code out} (gzip-compressed when
     * asked), with the columns the cursor's source carries; returns the row count. {@code out} is
     * flushed, not closed: the caller owns it (and decides when the file is complete).
     */
    public static long convert(InvocationCursor cursor, OutputStream out, boolean gzip) {
        try {
            GZIPOutputStream zip = gzip ? new GZIPOutputStream(new NonClosing(out), 1 << 16) : null;
            NativeCsvWriter w = new NativeCsvWriter(zip != null ? zip : out, cursor.functions(), cursor.environments(),
                    cursor.report().fields());
            while (cursor.next()) {
                w.write(cursor);
            }
            w.flush();
            if (zip != null) {
                zip.finish();
            }
            out.flush();
            return w.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file name asks for gzip ({@code .gz}). */
    public static boolean gzipped(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".gz");
    }

    /** Lets a compressor finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Appends the cursor's current invocation. */
    public void write(InvocationCursor c) {
        if (pos > buf.length - 4096) {
            flushBuffer();
        }
        name(bytesOf(c.functionId(), true));
        buf[pos++] = ',';
        millis(c.startUs());
        buf[pos++] = ',';
        millis(c.durationUs());
        for (TraceField f : columns) {
            buf[pos++] = ',';
            switch (f) {
                case MEMORY: optional(c.memoryMb()); break;
                case INIT: optionalMillis(c.initUs()); break;
                case MAX_MEMORY: optional(c.maxMemoryUsedMb()); break;
                case BILLED: optionalMillis(c.billedUs()); break;
                case INIT_BILLED: optionalMillis(c.initBilledUs()); break;
                case PAYLOAD: optional(c.payloadBytes()); break;
                case STATUS:
                    if (c.status() != Status.UNKNOWN) {
                        ascii(Status.name(c.status()));
                    }
                    break;
                case INVOCATION_TYPE:
                    if (c.invocationType() != InvocationType.UNKNOWN) {
                        ascii(InvocationType.name(c.invocationType()));
                    }
                    break;
                case ENVIRONMENT:
                    if (c.environmentId() != InvocationCursor.MISSING) {
                        name(bytesOf(c.environmentId(), false));
                    }
                    break;
                default:
                    throw new AssertionError(f);
            }
        }
        buf[pos++] = '\n';
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** The CSV-ready bytes of a name ({@link CsvCells#text}). */
    private byte[] bytesOf(int id, boolean function) {
        byte[][] cache = function ? functionBytes : environmentBytes;
        if (id >= cache.length) {
            cache = Arrays.copyOf(cache, Math.max(id + 1, cache.length * 2));
            if (function) {
                functionBytes = cache;
            } else {
                environmentBytes = cache;
            }
        }
        if (cache[id] == null) {
            // Quoted when needed; a name a spreadsheet would take for a formula gets a guard quote (readers drop it).
            cache[id] = CsvCells.text((function ? functions : environments).name(id)).getBytes(StandardCharsets.UTF_8);
        }
        return cache[id];
    }

    private void name(byte[] b) {
        if (pos + b.length > buf.length - 256) {
            flushBuffer();
        }
        if (b.length > buf.length - 256) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void optional(long v) {
        if (v != InvocationCursor.MISSING) {
            digits(v);
        }
    }

    private void optionalMillis(long us) {
        if (us != InvocationCursor.MISSING) {
            millis(us);
        }
    }

    /** µs as ms: "12", "12.5", "12.345"; trailing zeros dropped, the value exact. */
    private void millis(long us) {
        if (us < 0) {
            buf[pos++] = '-';
            us = -us;
        }
        digits(us / 1000);
        int frac = (int) (us % 1000);
        if (frac != 0) {
            buf[pos++] = '.';
            buf[pos++] = (byte) ('0' + frac / 100);
            if (frac % 100 != 0) {
                buf[pos++] = (byte) ('0' + frac / 10 % 10);
                if (frac % 10 != 0) {
                    buf[pos++] = (byte) ('0' + frac % 10);
                }
            }
        }
    }

    private void digits(long v) {
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        // Reverse the digits written least significant first.
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void ascii(String s) {
        name(s.getBytes(StandardCharsets.US_ASCII));
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, pos);
            pos = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is buffered (the stream stays open). */
    public void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
