package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationCursor;
import java.nio.charset.StandardCharsets;

/**
 * Lambda's text INIT_REPORT line, written when INIT did not simply succeed before a request:
 * {@code INIT_REPORT Init Duration: 1670.77 ms Phase: init Status: error Error Type: Runtime.Unknown}
 * (the INIT phase crashed or timed out; Lambda retries INIT inside the next request) and
 * {@code ... Phase: invoke Status: error ...} (that retry, the "suppressed init", inside the
 * request). Fields are found by name, like {@link ReportLine}'s.
 */
final class InitReportLine {

    static final byte[] MARKER = "INIT_REPORT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DURATION = "Init Duration:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHASE = "Phase:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS = "Status:".getBytes(StandardCharsets.US_ASCII);

    private InitReportLine() {
    }

    /** Parses the line from {@code s} (at INIT_REPORT) into {@code into}; false when it has no duration. */
    static boolean parse(byte[] b, int s, int e, PlatformRecord into) {
        into.initDurationUs = InvocationCursor.MISSING;
        into.initPhaseInvoke = false;
        into.initFailed = false;
        int d = ReportLine.find(b, s, e, DURATION);
        if (d < 0) {
            return false;
        }
        int v = skip(b, d + DURATION.length, e);
        int end = v;
        while (end < e && ((b[end] >= '0' && b[end] <= '9') || b[end] == '.')) {
            end++;
        }
        long us = end > v ? Decimals.fixed(b, v, end, 3) : Decimals.BAD;
        if (us == Decimals.BAD) {
            return false;
        }
        into.initDurationUs = us;
        int p = ReportLine.find(b, s, e, PHASE);
        if (p >= 0) {
            int w = skip(b, p + PHASE.length, e);
            into.initPhaseInvoke = w + 6 <= e && Decimals.equalsIgnoreCase(b, w, w + 6, "invoke");
        }
        int st = ReportLine.find(b, s, e, STATUS);
        if (st >= 0) {
            int w = skip(b, st + STATUS.length, e);
            into.initFailed = !(w + 7 <= e && Decimals.equalsIgnoreCase(b, w, w + 7, "success"));
        }
        return true;
    }

    private static int skip(byte[] b, int i, int e) {
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }
}
