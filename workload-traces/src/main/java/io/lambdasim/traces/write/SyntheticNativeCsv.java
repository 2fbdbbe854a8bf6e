package io.lambdasim.traces.write;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An endless-looking native CSV generated on the fly, never stored: {@code rows} rows of
 * {@code fNN,start_ms,duration_ms,memory_mb} over {@code functions} functions, one every 1.5 ms,
 * durations cycling 1..999.125 ms. For the constant-memory tests and the reader benchmarks, so a
 * 50-million-row trace (about 1.4 GB of text) needs no disk.
 */
public final class SyntheticNativeCsv extends InputStream {

    private static final byte[] HEADER = "function,start_ms,duration_ms,memory_mb\n".getBytes(StandardCharsets.US_ASCII);

    private final long rows;
    private final int functions;
    private final byte[] line = new byte[96];
    private int lineLen;
    private int linePos;
    private long row = -1;

    public SyntheticNativeCsv(long rows, int functions) {
        this.rows = rows;
        this.functions = functions;
        System.arraycopy(HEADER, 0, line, 0, HEADER.length);
        lineLen = HEADER.length;
    }

    @Override
    public int read() {
        if (linePos == lineLen && !nextLine()) {
            return -1;
        }
        return line[linePos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
            if (linePos == lineLen && !nextLine()) {
                return n == 0 ? -1 : n;
            }
            int k = Math.min(len - n, lineLen - linePos);
            System.arraycopy(line, linePos, b, off + n, k);
            linePos += k;
            n += k;
        }
        return n;
    }

    private boolean nextLine() {
        if (++row >= rows) {
            return false;
        }
        int p = 0;
        line[p++] = 'f';
        p = digits(row % functions, p);
        line[p++] = ',';
        long startUs = row * 1500;
        p = digits(startUs / 1000, p);
        line[p++] = '.';
        p = digits3(startUs % 1000, p);
        line[p++] = ',';
        long durUs = 1000 + (row * 7919 % 998_125);
        p = digits(durUs / 1000, p);
        line[p++] = '.';
        p = digits3(durUs % 1000, p);
        line[p++] = ',';
        p = digits(128L << (row % 4), p);
        line[p++] = '\n';
        lineLen = p;
        linePos = 0;
        return true;
    }

    private int digits(long v, int p) {
        int start = p;
        do {
            line[p++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = p - 1; i < j; i++, j--) {
            byte t = line[i];
            line[i] = line[j];
            line[j] = t;
        }
        return p;
    }

    private int digits3(long v, int p) {
        line[p++] = (byte) ('0' + v / 100);
        line[p++] = (byte) ('0' + v / 10 % 10);
        line[p++] = (byte) ('0' + v % 10);
        return p;
    }

    /** The duration of row {@code i}, µs, so tests can check what they read. */
    public static long durationUs(long i) {
        return 1000 + (i * 7919 % 998_125);
    }
}
