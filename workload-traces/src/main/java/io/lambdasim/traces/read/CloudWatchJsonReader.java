package io.lambdasim.traces.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the two JSON shapes of CloudWatch logs, streaming (a large export is never held whole):
 * <ul>
 *   <li>{@code aws logs filter-log-events --output json}: {@code {"events":[{"timestamp": ms,
 *       "message": "REPORT RequestId: ...", "logStreamName": ...}, ...]}}; several pages may follow
 *       each other; the message may itself be a JSON record (functions with LogFormat=JSON);</li>
 *   <li>JSON log records / Telemetry API: {@code {"time": ISO, "type": "platform.report",
 *       "record": {"metrics": {"durationMs", "billedDurationMs", "memorySizeMB",
 *       "maxMemoryUsedMB", "initDurationMs"}, "status"}}}, one per line or in an array.</li>
 * </ul>
 * Other events and records (START, END, platform.start, application logs) are passed over.
 * Jackson allocates a String per field value, so this reader is slower than the CSV ones; CloudWatch
 * exports are small next to Azure traces.
 */
public final class CloudWatchJsonReader extends CloudWatchCursor {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Swapped for a nested parser while an event's message is itself a JSON record. */
    private JsonParser parser;
    private final InputStream in;

    // The item being read.
    private long timestampUs;
    private String message;
    private String stream;
    private String group;
    private String type;
    private boolean hasRecord;

    public CloudWatchJsonReader(InputStream in, String file, ReadOptions options) {
        super(file, options);
        this.in = in;
        try {
            this.parser = JSON.createParser(in);
        } catch (IOException e) {
            throw TraceException.cannotRead(file, 0, e);
        }
    }

    @Override
    protected boolean readSource() {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return false;
                }
                if (t == JsonToken.FIELD_NAME) {
                    // A field of a container object ({"events": [...], "nextToken": ...}).
                    String name = parser.currentName();
                    JsonToken v = parser.nextToken();
                    if (!("events".equals(name) && v == JsonToken.START_ARRAY)) {
                        parser.skipChildren();
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    long line = parser.currentLocation().getLineNr();
                    try {
                        int kind = readItem(line);
                        if (kind == RECORD ? offerItem(line) : kind == MESSAGE && fromMessage(line)) {
                            return true;
                        }
                    } catch (TraceException e) {
                        badRow(e);
                    }
                } else if (t != JsonToken.START_ARRAY && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                    throw bad(parser.currentLocation().getLineNr(), null,
                            "expected CloudWatch JSON (log events or platform.report records), found " + t);
                }
            }
        } catch (IOException e) {
            throw bad(parser.currentLocation().getLineNr(), null, "malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    private static final int NOTHING = 0;
    private static final int CONTAINER = 1;
    private static final int RECORD = 2;
    private static final int MESSAGE = 3;

    /**
     * Reads the object just opened into the item fields. If it turns out to be a container
     * ({@code "events": [...]}) the parser is left inside the array and the caller's loop reads the
     * events. Returns what the object was: a platform.report RECORD, an event with a MESSAGE, a
     * CONTAINER, or NOTHING of interest.
     */
    private int readItem(long line) throws IOException {
        timestampUs = IsoTime.BAD;
        message = null;
        stream = null;
        group = null;
        type = null;
        hasRecord = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (name) {
                case "events":
                    if (v == JsonToken.START_ARRAY) {
                        return CONTAINER;
                    }
                    parser.skipChildren();
                    break;
                case "timestamp":
                    if (v == JsonToken.VALUE_NUMBER_INT) {
                        long ms = parser.getLongValue();
                        if (Math.abs(ms) > Long.MAX_VALUE / 4000) {
                            throw bad(line, "timestamp", "expected ms since the epoch, found " + ms);
                        }
                        timestampUs = ms * 1000L;
                    } else {
                        throw bad(line, "timestamp", "expected ms since the epoch, found " + parser.getText());
                    }
                    break;
                case "time":
                    timestampUs = iso(parser.getValueAsString(), line);
                    break;
                case "message":
                    message = parser.getValueAsString();
                    break;
                case "logStreamName":
                    stream = parser.getValueAsString();
                    break;
                case "logGroupName":
                    group = parser.getValueAsString();
                    break;
                case "type":
                    type = parser.getValueAsString();
                    break;
                case "record":
                    if (v == JsonToken.START_OBJECT) {
                        readRecord(line);
                        hasRecord = true;
                    } else {
                        parser.skipChildren();
                    }
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if ("platform.report".equals(type) && hasRecord) {
            return RECORD;
        }
        return message != null ? MESSAGE : NOTHING;
    }

    /** An event's message: a REPORT text line, or a JSON record (LogFormat=JSON). */
    private boolean fromMessage(long line) throws IOException {
        String m = message.trim();
        if (m.startsWith("{")) {
            long eventTime = timestampUs;
            String eventStream = stream;
            String eventGroup = group;
            JsonParser outer = parser;
            try (JsonParser inner = JSON.createParser(m)) {
                parser = inner;
                if (parser.nextToken() != JsonToken.START_OBJECT || readItem(line) != RECORD) {
                    return false;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw bad(line, "message", "malformed JSON record in the message: " + firstLine(e.getOriginalMessage()));
            } finally {
                parser = outer;
            }
            // The record's own time wins; else the event's timestamp.
            if (timestampUs == IsoTime.BAD) {
                timestampUs = eventTime;
            }
            stream = stream != null ? stream : eventStream;
            group = group != null ? group : eventGroup;
            return offerItem(line);
        }
        byte[] b = m.getBytes(StandardCharsets.UTF_8);
        int at = ReportLine.find(b, 0, b.length);
        if (at < 0) {
            return false;
        }
        if (!reportLine.parse(b, at, b.length)) {
            throw bad(line, reportLine.errorField, reportLine.error);
        }
        return offerItem(line);
    }

    private boolean offerItem(long line) {
        if (reportLine.durationUs == InvocationCursor.MISSING) {
            throw bad(line, "record.metrics.durationMs", "expected the duration of the platform.report");
        }
        if (timestampUs == IsoTime.BAD) {
            throw bad(line, "timestamp", "expected a 'timestamp' (ms since epoch) or 'time' (ISO-8601) "
                    + "with the REPORT");
        }
        int env = stream == null ? MISSING : environments.intern(stream);
        emit(line, function(group), timestampUs, env);
        return true;
    }

    /** {@code "record": {"requestId", "metrics": {...}, "status"}} into {@link #reportLine}. */
    private void readRecord(long line) throws IOException {
        ReportLine r = reportLine;
        r.durationUs = InvocationCursor.MISSING;
        r.billedUs = InvocationCursor.MISSING;
        r.memoryMb = InvocationCursor.MISSING;
        r.maxMemoryMb = InvocationCursor.MISSING;
        r.initUs = InvocationCursor.MISSING;
        r.status = Status.UNKNOWN;
        long restore = InvocationCursor.MISSING;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if ("metrics".equals(name) && v == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String metric = parser.currentName();
                    parser.nextToken();
                    switch (metric) {
                        case "durationMs":
                            r.durationUs = millis(line, metric);
                            break;
                        case "billedDurationMs":
                            r.billedUs = millis(line, metric);
                            break;
                        case "initDurationMs":
                            r.initUs = millis(line, metric);
                            break;
                        case "restoreDurationMs":
                            restore = millis(line, metric);
                            break;
                        case "memorySizeMB":
                            r.memoryMb = (int) Math.min(Integer.MAX_VALUE, millis(line, metric) / 1000);
                            break;
                        case "maxMemoryUsedMB":
                            r.maxMemoryMb = (int) Math.min(Integer.MAX_VALUE, millis(line, metric) / 1000);
                            break;
                        default:
                            parser.skipChildren();
                    }
                }
            } else if ("status".equals(name)) {
                String s = parser.getValueAsString();
                int st = s == null ? -1 : Status.parse(s);
                if (st < 0) {
                    throw bad(line, "record.status", "expected success, error or timeout, found " + s);
                }
                r.status = st;
            } else {
                parser.skipChildren();
            }
        }
        if (r.initUs == InvocationCursor.MISSING) {
            r.initUs = restore;
        }
    }

    /** A JSON number of ms as µs, exactly (decimal text, not via double). */
    private long millis(long line, String field) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw bad(line, field, "expected a number of ms, found " + parser.getText());
        }
        byte[] text = parser.getText().getBytes(StandardCharsets.US_ASCII);
        long v = Decimals.fixed(text, 0, text.length, 3);
        if (v == Decimals.BAD || v < 0) {
            throw bad(line, field, "expected a number of ms >= 0, found " + parser.getText());
        }
        return v;
    }

    private long iso(String text, long line) {
        if (text == null) {
            return IsoTime.BAD;
        }
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        long v = IsoTime.micros(b, 0, b.length);
        if (v == IsoTime.BAD) {
            throw bad(line, "time", "expected an ISO-8601 time, found '" + text + "'");
        }
        return v;
    }

    @Override
    public void close() {
        try {
            parser.close();
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
