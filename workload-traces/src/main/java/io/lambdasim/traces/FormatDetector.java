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
        if (f == null) {
            throw new TraceException(file.toString(), 1, null, "unknown trace format: first line '"
                    + abbreviate(firstLine(head, head.length)) + "'; expected one of " + TraceFormat.ids()
                    + " (see README, section Traces), or name it with --format");
        }
        return f;
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
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        if (text.contains("REPORT RequestId:")) {
            return TraceFormat.CLOUDWATCH;
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
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
