package io.lambdasim.traces;

import io.lambdasim.traces.bin.BinaryTraceReader;
import io.lambdasim.traces.read.TraceInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Recognises a trace's format from its first bytes (after decompression). */
final class FormatDetector {

    /** Enough for the header of any CSV format and a few CloudWatch lines. */
    static final int HEAD_BYTES = 64 * 1024;

    private FormatDetector() {
    }

    static TraceFormat detect(Path file) {
        byte[] head = TraceInput.head(file, HEAD_BYTES);
        TraceFormat f = detect(head, head.length);
        if (f == null && head.length == HEAD_BYTES && looksLikeText(head, head.length) && laterReport(file)) {
            // A long stretch of application output before the first REPORT line.
            f = TraceFormat.CLOUDWATCH;
        }
        if (f == null) {
            throw new TraceException(file.toString(), 1, null, "unknown trace format: " + describe(head, head.length)
                    + "; expected one of " + TraceFormat.ids()
                    + " (see README, section Traces), or name it with --format");
        }
        return f;
    }

    private static final byte[] INSIGHTS_TIMESTAMP = "@timestamp".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INSIGHTS_DURATION = "@duration".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] LATER_MARKERS = {
        "REPORT RequestId:".getBytes(StandardCharsets.US_ASCII),
        "\"platform.report\"".getBytes(StandardCharsets.US_ASCII)};

    /**
     * Whether a CloudWatch marker appears anywhere in the file: scanned in 1 MB blocks (with an
     * overlap for a marker cut in two), so memory stays flat whatever the file's size.
     */
    static boolean laterReport(Path file) {
        try (java.io.InputStream in = TraceInput.open(file)) {
            byte[] buf = new byte[1 << 20];
            int keep = 32;
            int n = 0;
            while (true) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return false;
                }
                n += r;
                for (byte[] m : LATER_MARKERS) {
                    if (indexOf(buf, n, m) >= 0) {
                        return true;
                    }
                }
                if (n > keep) {
                    System.arraycopy(buf, n - keep, buf, 0, keep);
                    n = keep;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static int indexOf(byte[] b, int n, byte[] m) {
        outer:
        for (int i = 0; i <= n - m.length; i++) {
            for (int k = 0; k < m.length; k++) {
                if (b[i + k] != m[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** No NUL and few control bytes: text, worth scanning for a REPORT line further on. */
    static boolean looksLikeText(byte[] b, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control * 100 < Math.max(1, n);
    }

    /** What the start of a file looks like, for the unknown-format error. */
    static String describe(byte[] head, int n) {
        if (n == 0) {
            return "the file is empty";
        }
        if (!looksLikeText(head, n)) {
            return "binary content (" + n + "+ bytes, not text, gzip, xz or zstd)";
        }
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        return (n < HEAD_BYTES ? "a " + lines + "-line text file" : "text") + " with no Lambda REPORT line and no "
                + "known header; first line '" + abbreviate(firstLine(head, n)) + "'";
    }

    /** The format of a file beginning with {@code head[0..n)}, or null. */
    static TraceFormat detect(byte[] head, int n) {
        if (BinaryTraceReader.isCache(head, n)) {
            return TraceFormat.LAMBDASIM_BIN;
        }
        if (startsJson(head, n)) {
            return TraceFormat.CLOUDWATCH;
        }
        String first = firstLine(head, n).trim().toLowerCase(Locale.ROOT).replace("\"", "").replace(" ", "");
        if (first.equals("app,func,end_timestamp,duration")) {
            return TraceFormat.AZURE2021;
        }
        if (first.startsWith("hashowner,hashapp,hashfunction,trigger,")) {
            return TraceFormat.AZURE2019;
        }
        String[] cols = first.split(",");
        if (java.util.Arrays.asList(cols).containsAll(java.util.List.of("function", "start_ms", "duration_ms"))) {
            return TraceFormat.LAMBDASIM_CSV;
        }
        for (byte[] m : LATER_MARKERS) {
            if (indexOf(head, n, m) >= 0) {
                return TraceFormat.CLOUDWATCH;
            }
        }
        if (indexOf(head, n, INSIGHTS_TIMESTAMP) >= 0 && indexOf(head, n, INSIGHTS_DURATION) >= 0) {
            return TraceFormat.CLOUDWATCH; // a Logs Insights table of REPORT fields
        }
        return null;
    }

    static boolean startsJson(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            byte c = head[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            if (c == (byte) 0xef && i + 2 < n) { // UTF-8 byte order mark
                i += 2;
                continue;
            }
            return c == '{' || c == '[';
        }
        return false;
    }

    private static String firstLine(byte[] head, int n) {
        int s = n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        while (true) {
            int e = s;
            while (e < n && head[e] != '\n') {
                e++;
            }
            String line = new String(head, s, e - s, StandardCharsets.UTF_8);
            if (!line.isBlank() || e >= n) {
                return line.replace("\r", "");
            }
            s = e + 1;
        }
    }

    private static String abbreviate(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c); // never echo control sequences to a terminal
        }
        return s.length() <= 80 ? sb.toString() : sb.substring(0, 77) + "...";
    }
}
