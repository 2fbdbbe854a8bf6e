package io.lambdasim.traces.read;

import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without creating a String: after {@link #next()} the current
 * line is {@code buffer()[start() .. end())}, valid until the next call. {@code \n} and
 * {@code \r\n} both end a line; a last line without a newline is still a line (real exports often
 * end that way).
 *
 * <p>The buffer grows only when a single line is longer than it (an Azure 2019 row of 1,440
 * minute counts is a few KB), up to {@link #MAX_LINE}; memory never depends on the number of lines.
 */
public final class LineReader implements AutoCloseable {

    /** A longer line is not a trace line: stop with an error instead of eating the heap. */
    static final int MAX_LINE = 16 << 20;

    private final InputStream in;
    private final String file;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;
    private long lineNumber;
    private long bytesConsumed;
    private boolean started;
    private boolean crlf;

    public LineReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Advances to the next line; {@code false} at the end of the input. */
    public boolean next() {
        int scan = pos;
        while (true) {
            // The scan is the hot loop of every CSV reader: one byte compare per input byte.
            byte[] b = buf;
            for (int i = scan; i < limit; i++) {
                if (b[i] == '\n') {
                    setLine(pos, i);
                    bytesConsumed += i + 1 - pos;
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    bytesConsumed += limit - pos;
                    pos = limit;
                    return true;
                }
                return false;
            }
            scan = limit - pos;
            fill();
        }
    }

    private void setLine(int s, int e) {
        crlf = e > s && buf[e - 1] == '\r';
        if (crlf) {
            e--;
        }
        start = s;
        end = e;
        lineNumber++;
    }

    /** Moves the unread tail to the front (growing the buffer if one line fills it) and reads more. */
    private void fill() {
        int tail = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, tail);
        } else if (tail == buf.length) {
            if (buf.length >= MAX_LINE) {
                throw new TraceException(file, lineNumber + 1, null,
                        "line longer than " + MAX_LINE + " bytes: not a trace file?");
            }
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, tail);
            buf = bigger;
        }
        pos = 0;
        limit = tail;
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
            if (!started && (limit >= 3 || eof)) {
                started = true;
                // A UTF-8 byte order mark (spreadsheet exports) is not part of the header.
                if (limit >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf) {
                    pos = 3;
                    bytesConsumed = 3;
                }
            }
        } catch (IOException e) {
            throw TraceException.cannotRead(file, lineNumber + 1, e);
        }
    }

    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Whether the current line ended with {@code \r\n} (the {@code \r} is not part of the line). */
    public boolean crlf() {
        return crlf;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Decompressed bytes consumed so far, including line ends. */
    public long bytesConsumed() {
        return bytesConsumed;
    }

    /** Whether the current line holds only blanks. */
    public boolean blank() {
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The current line as a String (for headers and error messages only). */
    public String text() {
        return new String(buf, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing a read-only stream cannot lose data.
        }
    }
}
