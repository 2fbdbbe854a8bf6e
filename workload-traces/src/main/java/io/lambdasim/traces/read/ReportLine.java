package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Status;

/**
 * The fields of one Lambda {@code REPORT RequestId: ...} log line, parsed from bytes:
 * {@code Duration}, {@code Billed Duration}, {@code Memory Size}, {@code Max Memory Used},
 * {@code Init Duration} (only on cold starts), {@code Restore Duration} (SnapStart restores, the
 * cold-start phase of a SnapStart function; kept as INIT when there is no Init Duration) and
 * {@code Status} (timeouts and platform errors). Segments are tab separated; blanks around them
 * are ignored (older lines have a space before some tabs); unknown segments (XRAY, Error Type)
 * are skipped. A REPORT without {@code Status} says nothing about success, so status stays
 * unknown.
 */
final class ReportLine {

    static final byte[] MARKER = "REPORT RequestId:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    long durationUs;
    long billedUs;
    int memoryMb;
    int maxMemoryMb;
    long initUs;
    int status;
    /** After a failed {@link #parse}: the segment at fault and what was expected. */
    String errorField;
    String error;

    /** Parses the REPORT message starting at {@code s} (at "REPORT"); {@code false} on a bad value. */
    boolean parse(byte[] b, int s, int e) {
        durationUs = InvocationCursor.MISSING;
        billedUs = InvocationCursor.MISSING;
        memoryMb = InvocationCursor.MISSING;
        maxMemoryMb = InvocationCursor.MISSING;
        initUs = InvocationCursor.MISSING;
        long restoreUs = InvocationCursor.MISSING;
        status = Status.UNKNOWN;
        int i = s;
        while (i < e) {
            int segEnd = i;
            while (segEnd < e && b[segEnd] != '\t') {
                segEnd++;
            }
            int colon = i;
            while (colon < segEnd && b[colon] != ':') {
                colon++;
            }
            if (colon < segEnd) {
                int ks = trimStart(b, i, colon);
                int vs = colon + 1;
                if (key(b, ks, colon, "duration")) {
                    if ((durationUs = millis(b, vs, segEnd, "Duration")) == Decimals.BAD) {
                        return false;
                    }
                } else if (key(b, ks, colon, "billed duration")) {
                    if ((billedUs = millis(b, vs, segEnd, "Billed Duration")) == Decimals.BAD) {
                        return false;
                    }
                } else if (key(b, ks, colon, "init duration")) {
                    if ((initUs = millis(b, vs, segEnd, "Init Duration")) == Decimals.BAD) {
                        return false;
                    }
                } else if (key(b, ks, colon, "restore duration")) {
                    if ((restoreUs = millis(b, vs, segEnd, "Restore Duration")) == Decimals.BAD) {
                        return false;
                    }
                } else if (key(b, ks, colon, "memory size")) {
                    if ((memoryMb = megabytes(b, vs, segEnd, "Memory Size")) < 0) {
                        return false;
                    }
                } else if (key(b, ks, colon, "max memory used")) {
                    if ((maxMemoryMb = megabytes(b, vs, segEnd, "Max Memory Used")) < 0) {
                        return false;
                    }
                } else if (key(b, ks, colon, "status")) {
                    int st = Enums.status(b, vs, segEnd);
                    if (st < 0) {
                        return fail("Status", "expected success, error or timeout");
                    }
                    status = st;
                }
            }
            i = segEnd + 1;
        }
        if (durationUs == InvocationCursor.MISSING) {
            return fail("Duration", "expected a 'Duration: X ms' segment in the REPORT line");
        }
        if (initUs == InvocationCursor.MISSING) {
            initUs = restoreUs;
        }
        return true;
    }

    private static int trimStart(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        return s;
    }

    /** Whether the segment key is {@code lowerName} (given in lower case: no String per compare). */
    private static boolean key(byte[] b, int s, int e, String lowerName) {
        return Decimals.equalsIgnoreCase(b, s, e, lowerName);
    }

    /** "395.99 ms" -> 395990 µs. */
    private long millis(byte[] b, int s, int e, String field) {
        int end = unit(b, s, e, 'm', 's');
        long v = end < 0 ? Decimals.BAD : Decimals.fixed(b, s, end, 3);
        if (v == Decimals.BAD || v < 0) {
            fail(field, "expected 'N ms' with N >= 0");
            return Decimals.BAD;
        }
        return v;
    }

    /** "128 MB" -> 128. */
    private int megabytes(byte[] b, int s, int e, String field) {
        int end = unit(b, s, e, 'M', 'B');
        int v = end < 0 ? -1 : Decimals.natural(b, s, end);
        if (v < 0) {
            fail(field, "expected 'N MB' with a whole N >= 0");
        }
        return v;
    }

    /** The end of the number before a two-letter unit at the end of {@code b[s..e)}, or -1. */
    private static int unit(byte[] b, int s, int e, char u1, char u2) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (e - s < 3 || (b[e - 2] | 0x20) != (u1 | 0x20) || (b[e - 1] | 0x20) != (u2 | 0x20)) {
            return -1;
        }
        return e - 2;
    }

    private boolean fail(String field, String message) {
        errorField = field;
        error = message;
        return false;
    }

    /** Where the REPORT marker starts in {@code b[s..e)}, or -1. */
    static int find(byte[] b, int s, int e) {
        byte first = MARKER[0];
        outer:
        for (int i = s; i <= e - MARKER.length; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < MARKER.length; k++) {
                if (b[i + k] != MARKER[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
