package io.lambdasim.traces.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON shapes of CloudWatch logs, streaming (a large export is never held whole):
 * <ul>
 *   <li>{@code aws logs filter-log-events} / {@code get-log-events}: {@code {"events":[{"timestamp":
 *       ms, "message": "REPORT RequestId: ...", "logStreamName": ...}, ...]}}; several pages may
 *       follow each other; the message may itself be a JSON record (functions with LogFormat=JSON);</li>
 *   <li>subscription filter / Firehose payloads, decoded: {@code {"messageType": "DATA_MESSAGE",
 *       "logGroup", "logStream", "logEvents": [{id, timestamp, message}]}}, several concatenated or
 *       one per line (Firehose's S3 objects are concatenated gzip members: decompressed whole);</li>
 *   <li>Lambda JSON logs / Telemetry API: {@code {"time": ISO, "type": "platform.report",
 *       "record": {...}}}, one per line or in an array, mixed with the function's own JSON logs
 *       (whose {@code timestamp} is an ISO string), which are passed over;</li>
 *   <li>Logs Insights: the console's JSON export ({@code [{"@timestamp": "2023-12-07 14:12:39.966",
 *       "@message": "REPORT ...", "@logStream", "@log"}]}) and {@code aws logs get-query-results}
 *       ({@code {"results": [[{"field": "@timestamp", "value": ...}, ...], ...]}}).</li>
 * </ul>
 * Other events and records (START, END, platform.start, application logs) are passed over.
 * Jackson allocates a String per field value, so this reader is slower than the text one;
 * CloudWatch exports are small next to Azure traces.
 */
public final class CloudWatchJsonReader extends CloudWatchCursor {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Swapped for a nested parser while an event's message is itself a JSON record. */
    private JsonParser parser;
    private final InputStream in;
    private final PlatformRecord record = new PlatformRecord();

    // The item being read.
    private long timestampUs;
    private String timestampText;
    private String message;
    private String stream;
    private String group;
    private String type;
    private boolean hasRecord;
    private String fieldName;
    private String fieldValue;

    // Context of the envelope whose events are being read (subscription payloads).
    private String containerGroup;
    private String containerStream;

    // A get-query-results row: one object per field.
    private boolean inFieldRow;
    private long rowLine;

    /** Keys of the first object that held no log event, to say what the file was. */
    private List<String> firstKeys;

    public CloudWatchJsonReader(InputStream in, String file, ReadOptions options) {
        super(file, options);
        this.in = in;
        try {
            this.parser = JSON.createParser(in);
        } catch (IOException e) {
            throw new TraceException(file, 0, null, "cannot read JSON: " + e.getMessage());
        }
    }

    private static final int NOTHING = 0;
    private static final int CONTAINER = 1;
    private static final int RECORD = 2;
    private static final int MESSAGE = 3;
    private static final int FIELD = 4;
    private static final int INIT_RECORD = 5;

    @Override
    protected boolean readSource() {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return false;
                }
                if (t == JsonToken.FIELD_NAME) {
                    // A field of a container object after its list ({"events": [...], "nextToken": ...}).
                    String name = parser.currentName();
                    JsonToken v = parser.nextToken();
                    if (!(isList(name) && v == JsonToken.START_ARRAY)) {
                        parser.skipChildren();
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    long line = parser.currentLocation().getLineNr();
                    try {
                        int kind = readItem(line);
                        if (kind == FIELD) {
                            if (fromField(line)) {
                                return true;
                            }
                        } else if (kind == RECORD ? offerItem(line) : kind == MESSAGE && fromMessage(line)) {
                            return true;
                        } else if (kind == INIT_RECORD) {
                            initFromRecord();
                        }
                    } catch (TraceException e) {
                        badRow(e);
                    }
                } else if (t == JsonToken.START_ARRAY) {
                    inFieldRow = false;
                    clearRow();
                } else if (t == JsonToken.END_ARRAY) {
                    if (inFieldRow) {
                        inFieldRow = false;
                        if (endFieldRow()) {
                            return true;
                        }
                    }
                } else if (t != JsonToken.END_OBJECT) {
                    saw(parser.getText());
                    throw bad(parser.currentLocation().getLineNr(), null,
                            "expected CloudWatch JSON (log events or platform.report records), found " + t);
                }
            }
        } catch (IOException e) {
            throw bad(parser.currentLocation().getLineNr(), null, "malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    private static boolean isList(String name) {
        return "events".equals(name) || "logEvents".equals(name) || "results".equals(name);
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    private void clearRow() {
        timestampUs = IsoTime.BAD;
        timestampText = null;
        message = null;
        stream = null;
        group = null;
    }

    /**
     * Reads the object just opened into the item fields. If it turns out to be a container
     * ({@code "events": [...]}, {@code "logEvents": [...]}) the parser is left inside the list and
     * the caller's loop reads the events. Returns what the object was.
     */
    private int readItem(long line) throws IOException {
        clearRow();
        type = null;
        hasRecord = false;
        fieldName = null;
        fieldValue = null;
        List<String> keys = firstKeys == null ? new ArrayList<>() : null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if (keys != null && keys.size() < 8) {
                keys.add(name);
            }
            switch (name) {
                case "events":
                case "logEvents":
                case "results":
                    if (v == JsonToken.START_ARRAY) {
                        containerGroup = group;
                        containerStream = stream;
                        return CONTAINER;
                    }
                    parser.skipChildren();
                    break;
                case "timestamp":
                case "@timestamp":
                    readTimestamp(v, line);
                    break;
                case "time":
                    if (v.isScalarValue()) {
                        timestampText = parser.getValueAsString();
                        timestampUs = iso(timestampText);
                    } else {
                        parser.skipChildren();
                    }
                    break;
                case "message":
                case "@message":
                    message = scalar(v);
                    break;
                case "logStreamName":
                case "logStream":
                case "@logStream":
                    stream = scalar(v);
                    break;
                case "logGroupName":
                case "logGroup":
                case "@log":
                    group = scalar(v);
                    break;
                case "type":
                    type = scalar(v);
                    break;
                case "field":
                    fieldName = scalar(v);
                    break;
                case "value":
                    fieldValue = scalar(v);
                    break;
                case "record":
                    if (v == JsonToken.START_OBJECT) {
                        record.read(parser, reportLine, file, line);
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
            saw(type);
            return RECORD;
        }
        if ("platform.initReport".equals(type) && hasRecord) {
            saw(type);
            return INIT_RECORD;
        }
        if (fieldName != null) {
            return FIELD;
        }
        if (message != null) {
            saw(message);
            return MESSAGE;
        }
        if (keys != null && !keys.isEmpty()) {
            firstKeys = keys;
        }
        saw(null);
        return NOTHING;
    }

    /** A value that is a string or number; objects and arrays are skipped (null). */
    private String scalar(JsonToken v) throws IOException {
        if (v.isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }

    /** ms since the epoch (CloudWatch events) or an ISO string (application logs, Logs Insights). */
    private void readTimestamp(JsonToken v, long line) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            long ms = parser.getLongValue();
            if (Math.abs(ms) > Long.MAX_VALUE / 4000) {
                throw bad(line, "timestamp", "expected ms since the epoch, found " + ms);
            }
            timestampUs = ms * 1000L;
            timestampText = null;
        } else if (v.isScalarValue()) {
            // Application records (Powertools, Lambda's JSON app logs) write ISO strings; only a
            // REPORT needs its time, so a time that does not parse is an error only there.
            timestampText = parser.getValueAsString();
            timestampUs = isDigits(timestampText) && timestampText.length() <= 15
                    ? Long.parseLong(timestampText) * 1000L // "1723345218900": ms as a string
                    : iso(timestampText);
        } else {
            parser.skipChildren();
        }
    }

    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** One {field, value} object of a get-query-results row. */
    private boolean fromField(long line) {
        if (!inFieldRow) {
            inFieldRow = true;
            rowLine = line;
        }
        keepField();
        return false;
    }

    private String rowTimestamp;
    private String rowMessage;
    private String rowStream;
    private String rowGroup;

    /** Collects a field; called from readItem's FIELD branch through fromField. */
    private void keepField() {
        switch (fieldName) {
            case "@timestamp": rowTimestamp = fieldValue; break;
            case "@message": rowMessage = fieldValue; break;
            case "@logStream": rowStream = fieldValue; break;
            case "@log": rowGroup = fieldValue; break;
            default: break;
        }
    }

    private boolean endFieldRow() throws IOException {
        String ts = rowTimestamp;
        String msg = rowMessage;
        String st = rowStream;
        String gr = rowGroup;
        rowTimestamp = null;
        rowMessage = null;
        rowStream = null;
        rowGroup = null;
        if (msg == null) {
            return false;
        }
        saw(msg);
        timestampText = ts;
        timestampUs = ts == null ? IsoTime.BAD : iso(ts);
        message = msg;
        stream = st;
        group = gr;
        return fromMessage(rowLine);
    }

    /** An event's message: a REPORT or INIT_REPORT text line, or a JSON record (LogFormat=JSON). */
    private boolean fromMessage(long line) throws IOException {
        String m = message.trim();
        if (m.startsWith("{")) {
            long eventTime = timestampUs;
            String eventTimeText = timestampText;
            String eventStream = stream;
            String eventGroup = group;
            JsonParser outer = parser;
            int kind;
            try (JsonParser inner = JSON.createParser(m)) {
                parser = inner;
                kind = parser.nextToken() == JsonToken.START_OBJECT ? readItem(line) : NOTHING;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false; // an application message that only looks like JSON
            } finally {
                parser = outer;
            }
            if (kind != RECORD && kind != INIT_RECORD) {
                return false;
            }
            // The record's own time wins; else the event's timestamp.
            if (timestampUs == IsoTime.BAD && timestampText == null) {
                timestampUs = eventTime;
                timestampText = eventTimeText;
            }
            stream = stream != null ? stream : eventStream;
            group = group != null ? group : eventGroup;
            if (kind == INIT_RECORD) {
                initFromRecord();
                return false;
            }
            return offerItem(line);
        }
        byte[] b = m.getBytes(StandardCharsets.UTF_8);
        int at = ReportLine.find(b, 0, b.length);
        if (at < 0) {
            int init = ReportLine.find(b, 0, b.length, InitReportLine.MARKER);
            if (init >= 0 && InitReportLine.parse(b, init, b.length, record)) {
                initFromRecord();
            }
            return false;
        }
        if (!reportLine.parse(b, at, b.length)) {
            throw bad(line, reportLine.errorField, reportLine.error);
        }
        return offerItem(line);
    }

    private void initFromRecord() {
        if (record.initDurationUs == MISSING) {
            return;
        }
        initReport(environment(), record.initPhaseInvoke, record.initFailed, record.initDurationUs);
    }

    private int environment() {
        String s = stream != null ? stream : containerStream;
        return s == null ? MISSING : environments.intern(s);
    }

    private boolean offerItem(long line) {
        if (timestampUs == IsoTime.BAD) {
            throw bad(line, "timestamp", timestampText != null
                    ? "expected an ISO-8601 time (e.g. 2023-12-07T14:12:39.966Z), found '" + timestampText + "'"
                    : "expected a 'timestamp' (ms since epoch) or 'time' (ISO-8601) with the REPORT");
        }
        if (reportLine.durationUs == MISSING) {
            // a platform.report whose metrics object is missing or renamed: no duration to replay
            throw bad(line, "record.metrics.durationMs", "the platform.report has no durationMs");
        }
        emit(line, function(group != null ? group : containerGroup), timestampUs, environment());
        return true;
    }

    private long iso(String text) {
        if (text == null) {
            return IsoTime.BAD;
        }
        byte[] b = text.trim().getBytes(StandardCharsets.US_ASCII);
        return IsoTime.micros(b, 0, b.length);
    }

    @Override
    protected String describeSource() {
        String keys = firstKeys == null ? "" : "; its objects have keys " + String.join(", ", firstKeys);
        return "JSON with " + sighting("item", "no REPORT line and no platform.report record") + keys;
    }

    @Override
    public void close() {
        try {
            parser.close();
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
        closeSpill();
    }
}
