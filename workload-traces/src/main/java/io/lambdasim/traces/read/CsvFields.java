package io.lambdasim.traces.read;

import java.nio.charset.StandardCharsets;

/**
 * The comma-separated fields of one line as offsets into the line's buffer; no String per field.
 * A field may be quoted ({@code "a,b"}, with {@code ""} for a quote inside); its offsets then
 * exclude the quotes and {@link #quoted(int)} says so.
 */
public final class CsvFields {

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] quoted = new boolean[16];
    private int count;
    private byte[] buf;

    /**
     * Splits {@code buf[start..end)}; returns the field count. An unterminated quote returns -1.
     */
    public int split(byte[] b, int start, int end) {
        this.buf = b;
        int n = 0;
        int i = start;
        while (true) {
            if (n == starts.length) {
                grow();
            }
            if (i < end && b[i] == '"') {
                int s = i + 1;
                int j = s;
                while (true) {
                    if (j >= end) {
                        count = n;
                        return -1;
                    }
                    if (b[j] == '"') {
                        if (j + 1 < end && b[j + 1] == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                starts[n] = s;
                ends[n] = j;
                quoted[n] = true;
                n++;
                i = j + 1;
                // Whatever sits between the closing quote and the comma is ignored.
                while (i < end && b[i] != ',') {
                    i++;
                }
            } else {
                int s = i;
                while (i < end && b[i] != ',') {
                    i++;
                }
                starts[n] = s;
                ends[n] = i;
                quoted[n] = false;
                n++;
            }
            if (i >= end) {
                break;
            }
            i++; // the comma
        }
        count = n;
        return n;
    }

    private void grow() {
        int len = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, len);
        ends = java.util.Arrays.copyOf(ends, len);
        quoted = java.util.Arrays.copyOf(quoted, len);
    }

    public int count() {
        return count;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    public boolean quoted(int field) {
        return quoted[field];
    }

    /** Whether the field is empty or blanks only (a missing value). */
    public boolean empty(int field) {
        for (int i = starts[field]; i < ends[field]; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Copies the field into {@code dst} with doubled quotes collapsed; returns the length. */
    public int unescape(int field, byte[] dst) {
        int n = 0;
        int e = ends[field];
        for (int i = starts[field]; i < e; i++) {
            dst[n++] = buf[i];
            if (buf[i] == '"' && i + 1 < e && buf[i + 1] == '"') {
                i++;
            }
        }
        return n;
    }

    /** The field as a String, unescaping doubled quotes (headers, names first seen, errors). */
    public String text(int field) {
        String s = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return quoted[field] ? s.replace("\"\"", "\"") : s.trim();
    }
}
