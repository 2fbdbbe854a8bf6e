package io.lambdasim.traces.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code record} object of Lambda's JSON system logs (LogFormat=JSON, the Telemetry API):
 * {@code platform.report} ({@code metrics.durationMs, billedDurationMs, memorySizeMB,
 * maxMemoryUsedMB, initDurationMs, restoreDurationMs, billedRestoreDurationMs}, {@code status})
 * into a {@link ReportLine}, and {@code platform.initReport} ({@code phase}, {@code status},
 * {@code metrics.durationMs}) into {@link #initPhaseInvoke}, {@link #initFailed},
 * {@link #initDurationUs}.
 */
final class PlatformRecord {

    boolean initPhaseInvoke;
    boolean initFailed;
    long initDurationUs;
    /** The record's requestId, or null. */
    String requestId;

    /** Reads the record object whose START_OBJECT is the current token, into {@code r}. */
    void read(JsonParser parser, ReportLine r, String file, long line) throws IOException {
        r.clear();
        initPhaseInvoke = false;
        initFailed = false;
        initDurationUs = InvocationCursor.MISSING;
        requestId = null;
        long restore = InvocationCursor.MISSING;
        long billedRestore = InvocationCursor.MISSING;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if ("metrics".equals(name) && v == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String metric = parser.currentName();
                    parser.nextToken();
                    switch (metric) {
                        case "durationMs":
                            r.durationUs = millis(parser, file, line, metric);
                            initDurationUs = r.durationUs;
                            break;
                        case "billedDurationMs":
                            r.billedUs = millis(parser, file, line, metric);
                            break;
                        case "initDurationMs":
                            r.initUs = millis(parser, file, line, metric);
                            break;
                        case "restoreDurationMs":
                            restore = millis(parser, file, line, metric);
                            break;
                        case "billedRestoreDurationMs":
                            billedRestore = millis(parser, file, line, metric);
                            break;
                        case "memorySizeMB":
                            r.memoryMb = (int) Math.min(Integer.MAX_VALUE, millis(parser, file, line, metric) / 1000);
                            break;
                        case "maxMemoryUsedMB":
                            r.maxMemoryMb = (int) Math.min(Integer.MAX_VALUE, millis(parser, file, line, metric) / 1000);
                            break;
                        default:
                            parser.skipChildren();
                    }
                }
            } else if ("status".equals(name) && v.isScalarValue()) {
                String s = parser.getValueAsString();
                int st = s == null ? -1 : Status.parse(s);
                initFailed = st == Status.ERROR || st == Status.TIMEOUT || "failure".equalsIgnoreCase(s);
                if (st < 0) {
                    throw new TraceException(file, line, "record.status", "expected success, error or timeout, found " + s);
                }
                r.status = st;
            } else if ("requestId".equals(name) && v.isScalarValue()) {
                requestId = parser.getValueAsString();
            } else if ("phase".equals(name) && v.isScalarValue()) {
                initPhaseInvoke = "invoke".equalsIgnoreCase(parser.getValueAsString());
            } else {
                parser.skipChildren();
            }
        }
        if (r.initUs == InvocationCursor.MISSING && restore != InvocationCursor.MISSING) {
            r.initUs = restore;
            r.initBilledUs = billedRestore == InvocationCursor.MISSING ? 0 : billedRestore;
        }
    }

    /** A JSON number of ms as µs, exactly (decimal text, not via double). */
    static long millis(JsonParser parser, String file, long line, String field) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw new TraceException(file, line, field, "expected a number of ms, found " + parser.getText());
        }
        byte[] text = parser.getText().getBytes(StandardCharsets.US_ASCII);
        long v = Decimals.fixed(text, 0, text.length, 3);
        if (v == Decimals.BAD || v < 0) {
            throw new TraceException(file, line, field, "expected a number of ms >= 0, found " + parser.getText());
        }
        return v;
    }
}
