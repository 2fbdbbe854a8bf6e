package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Status;

/**
 * The fields of one Lambda {@code REPORT RequestId: ...} log line, parsed from bytes by field
 * name, not by position: {@code Duration}, {@code Billed Duration}, {@code Memory Size},
 * {@code Max Memory Used}, {@code Init Duration} (only on cold starts), {@code Restore Duration}
 * and {@code Billed Restore Duration} (SnapStart restores) and {@code Status} (timeouts and
 * platform errors).
 *
 * <p>Why by name: Lambda separates the fields with tabs, but a line pasted from a terminal or a
 * web page has spaces instead, older lines put a space before some tabs, and exports wrap the
 * message in quotes or table bars. Each field is found by its key ("Duration:" only where a word
 * starts, so "Billed Duration:" is not read as "Duration:"), and its value is the number that
 * follows with its unit. Unknown fields (XRAY, Error Type) are passed over.
 *
 * <p>A restored SnapStart environment has no INIT: its restore is the cold-start phase, so
 * {@code Restore Duration} becomes the observed INIT, and {@code Billed Restore Duration} the part
 * of it AWS billed (the docs: "You are not charged for the time it takes to restore a snapshot").
 * A REPORT without {@code Status} says nothing about success, so status stays unknown.
 */
final class ReportLine {

    static final byte[] MARKER = "REPORT RequestId:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    // Keys, longest first where one ends another ("Billed Restore Duration" before "Restore Duration").
    private static final byte[][] KEYS = {
        bytes("Billed Restore Duration:"), bytes("Restore Duration:"), bytes("Billed Duration:"),
        bytes("Init Duration:"), bytes("Max Memory Used:"), bytes("Memory Size:"), bytes("Duration:"),
        bytes("Status:")};
    private static final String[] NAMES = {"Billed Restore Duration", "Restore Duration", "Billed Duration",
        "Init Duration", "Max Memory Used", "Memory Size", "Duration", "Status"};
    private static final int BILLED_RESTORE = 0;
    private static final int RESTORE = 1;
    private static final int BILLED = 2;
    private static final int INIT = 3;
    private static final int MAX_MEMORY = 4;
    private static final int MEMORY = 5;
    private static final int DURATION = 6;
    private static final int STATUS = 7;

    long durationUs;
    long billedUs;
    int memoryMb;
    int maxMemoryMb;
    long initUs;
    /** The billed part of {@link #initUs} when the source says (SnapStart), else MISSING. */
    long initBilledUs;
    int status;
    /** After a failed {@link #parse}: the field at fault and what was expected. */
    String errorField;
    String error;

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    void clear() {
        durationUs = InvocationCursor.MISSING;
        billedUs = InvocationCursor.MISSING;
        memoryMb = InvocationCursor.MISSING;
        maxMemoryMb = InvocationCursor.MISSING;
        initUs = InvocationCursor.MISSING;
        initBilledUs = InvocationCursor.MISSING;
        status = Status.UNKNOWN;
    }

    /** Parses the REPORT message starting at {@code s} (at "REPORT"); {@code false} on a bad value. */
    boolean parse(byte[] b, int s, int e) {
        clear();
        long restoreUs = InvocationCursor.MISSING;
        long billedRestoreUs = InvocationCursor.MISSING;
        int i = s + MARKER.length;
        while (i < e) {
            // Keys start a word: after a blank, a tab or a quote; never inside "Billed Duration:".
            byte prev = b[i - 1];
            byte c = b[i];
            // Every key starts with one of these capitals: most bytes are passed with two compares.
            int k = (c == 'D' || c == 'B' || c == 'M' || c == 'I' || c == 'R' || c == 'S')
                    && (prev == ' ' || prev == '\t' || prev == '"' || prev == '|') ? keyAt(b, i, e) : -1;
            if (k < 0) {
                i++;
                continue;
            }
            int v = i + KEYS[k].length;
            if (k == STATUS) {
                int ws = skipBlanks(b, v, e);
                int we = ws;
                while (we < e && b[we] >= 'A' && (b[we] | 0x20) >= 'a' && (b[we] | 0x20) <= 'z') {
                    we++;
                }
                int st = Enums.status(b, ws, we);
                if (st < 0) {
                    return fail("Status", "expected success, error or timeout, found '" + text(b, ws, we) + "'");
                }
                status = st;
                i = we;
                continue;
            }
            boolean mb = k == MEMORY || k == MAX_MEMORY;
            int end = number(b, v, e);
            int unit = skipBlanks(b, end, e);
            long value;
            if (mb) {
                value = end > v && hasUnit(b, unit, e, 'M', 'B') ? Decimals.natural(b, skipBlanks(b, v, end), end) : -1;
                if (value < 0) {
                    return fail(NAMES[k], "expected 'N MB' with a whole N >= 0, found '" + valueText(b, v, e) + "'");
                }
            } else {
                value = end > v && hasUnit(b, unit, e, 'm', 's') ? Decimals.fixed(b, skipBlanks(b, v, end), end, 3) : Decimals.BAD;
                if (value == Decimals.BAD || value < 0) {
                    return fail(NAMES[k], "expected 'N ms' with N >= 0, found '" + valueText(b, v, e) + "'");
                }
            }
            switch (k) {
                case DURATION: durationUs = value; break;
                case BILLED: billedUs = value; break;
                case INIT: initUs = value; break;
                case RESTORE: restoreUs = value; break;
                case BILLED_RESTORE: billedRestoreUs = value; break;
                case MEMORY: memoryMb = (int) value; break;
                default: maxMemoryMb = (int) value;
            }
            i = unit + 2;
        }
        if (durationUs == InvocationCursor.MISSING) {
            return fail("Duration", "the REPORT line has no 'Duration: N ms' field");
        }
        if (initUs == InvocationCursor.MISSING && restoreUs != InvocationCursor.MISSING) {
            initUs = restoreUs;
            initBilledUs = billedRestoreUs == InvocationCursor.MISSING ? 0 : billedRestoreUs;
        }
        return true;
    }

    private static int keyAt(byte[] b, int i, int e) {
        outer:
        for (int k = 0; k < KEYS.length; k++) {
            byte[] key = KEYS[k];
            if (e - i < key.length) {
                continue;
            }
            for (int j = 0; j < key.length; j++) {
                if (b[i + j] != key[j]) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    /** The end of the number (digits, '.', blanks before it) starting at {@code s}. */
    private static int number(byte[] b, int s, int e) {
        int i = skipBlanks(b, s, e);
        while (i < e && ((b[i] >= '0' && b[i] <= '9') || b[i] == '.' || b[i] == '-')) {
            i++;
        }
        return i;
    }

    private static boolean hasUnit(byte[] b, int i, int e, char u1, char u2) {
        return i + 2 <= e && (b[i] | 0x20) == (u1 | 0x20) && (b[i + 1] | 0x20) == (u2 | 0x20)
                && (i + 2 == e || !Character.isLetterOrDigit(b[i + 2]));
    }

    private static int skipBlanks(byte[] b, int i, int e) {
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The value as written, up to the next tab (at most 20 characters), for messages. */
    private static String valueText(byte[] b, int v, int e) {
        int end = v;
        while (end < e && b[end] != '\t' && end - v < 20) {
            end++;
        }
        return text(b, v, end).trim();
    }

    private static String text(byte[] b, int s, int e) {
        return new String(b, s, Math.max(0, e - s), java.nio.charset.StandardCharsets.UTF_8);
    }

    private boolean fail(String field, String message) {
        errorField = field;
        error = message;
        return false;
    }

    /** Where the REPORT marker starts in {@code b[s..e)}, or -1. */
    static int find(byte[] b, int s, int e) {
        return find(b, s, e, MARKER);
    }

    /** Where {@code marker} starts in {@code b[s..e)}, or -1. */
    static int find(byte[] b, int s, int e, byte[] marker) {
        byte first = marker[0];
        outer:
        for (int i = s; i <= e - marker.length; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < marker.length; k++) {
                if (b[i + k] != marker[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
