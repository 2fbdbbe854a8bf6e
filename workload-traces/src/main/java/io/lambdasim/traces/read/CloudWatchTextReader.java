package io.lambdasim.traces.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads CloudWatch logs exported, tailed or pasted as text, one log event per line. Before the
 * message comes a timestamp and, in some shapes, the log stream, in either order:
 * <pre>
 * 2024-03-01T12:00:00.123Z	REPORT RequestId: ...	Duration: 38.66 ms	...          (console, exports)
 * 2024-03-01T12:00:00.123000+00:00 2024/03/01/[$LATEST]abc REPORT ...             (aws logs tail)
 * 2024-03-01T12:00:00 REPORT RequestId: ...                                       (aws logs tail --format short)
 * 2023/06/02/[72]88ab21... 2023-06-02T11:27:25.060000 REPORT RequestId: ...        (sam logs)
 * "2023-12-07 14:12:39.966","REPORT RequestId: ..."                                (Logs Insights CSV)
 * | 2023-12-07 14:12:39.966 | REPORT RequestId: ... |                             (Logs Insights markdown)
 * </pre>
 * The first token that reads as a time is the end of the invocation; a token shaped like a
 * Lambda log stream ({@code YYYY/MM/DD/[VERSION]id}) names the execution environment. The REPORT
 * itself is parsed by field name ({@link ReportLine}), so tabs turned into spaces do not matter.
 * INIT_REPORT lines are observed INITs ({@link CloudWatchCursor}); the JSON records of a
 * LogFormat=JSON function printed by {@code aws logs tail} are read as such. Every other line
 * (START, END, application output, XRAY) is not an invocation and is passed over.
 */
public final class CloudWatchTextReader extends CloudWatchCursor {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final byte[] PLATFORM = "\"platform.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DURATION_COLUMN = "@duration".getBytes(StandardCharsets.US_ASCII);

    private final LineReader lines;
    private final NameInterner streams = new NameInterner(environments);
    private final PlatformRecord record = new PlatformRecord();
    /** The last JSON record read (time and requestId): a console copy shows each record twice. */
    private String lastRecord;
    /** Lines of a pretty-printed JSON record being collected ("{" alone on a line up to "}"). */
    private java.io.ByteArrayOutputStream block;
    private long blockLine;
    /** A Logs Insights table of REPORT fields, once its header was read. */
    private InsightsTable table;

    // The prefix of the current line: where its time and its log stream are.
    private int timeStart;
    private int timeEnd;
    private long timeUs;
    private int streamStart;
    private int streamEnd;

    public CloudWatchTextReader(InputStream in, String file, ReadOptions options) {
        super(file, options);
        this.lines = new LineReader(in, file);
    }

    @Override
    protected boolean readSource() {
        while (lines.next()) {
            byte[] b = lines.buffer();
            int s = lines.start();
            int e = lines.end();
            if (wantsFirst() && !lines.blank()) {
                saw(lines.text());
            } else {
                itemsSeen++;
            }
            if (block != null || (e - s == 1 && b[s] == '{')) {
                if (collect(b, s, e)) {
                    return true;
                }
                continue;
            }
            int at = ReportLine.find(b, s, e);
            try {
                if (at >= 0) {
                    parseReport(b, s, at, e);
                    return true;
                }
                int init = ReportLine.find(b, s, e, InitReportLine.MARKER);
                if (init >= 0) {
                    if (InitReportLine.parse(b, init, e, record)) {
                        prefix(b, s, init);
                        initReport(environment(b), record.initPhaseInvoke, record.initFailed, record.initDurationUs);
                    }
                    continue;
                }
                int json = ReportLine.find(b, s, e, PLATFORM);
                if (json >= 0 && jsonRecord(b, s, e, lines.lineNumber())) {
                    return true;
                }
                if (table != null && tableRow(b, s, e)) {
                    return true;
                }
                if (table == null && ReportLine.find(b, s, e, DURATION_COLUMN) >= 0) {
                    table = InsightsTable.header(b, s, e);
                }
            } catch (TraceException ex) {
                badRow(ex);
            }
        }
        return false;
    }

    private void parseReport(byte[] b, int s, int at, int e) {
        long line = lines.lineNumber();
        prefix(b, s, at);
        long end = timeStart >= 0 ? timeUs : IsoTime.BAD;
        if (end == IsoTime.BAD) {
            throw bad(line, "timestamp", "expected a timestamp (e.g. 2024-03-01T12:00:00.000Z) before REPORT, found '"
                    + new String(b, s, at - s, StandardCharsets.UTF_8).trim() + "'");
        }
        if (!reportLine.parse(b, at, e)) {
            throw bad(line, reportLine.errorField, reportLine.error);
        }
        emit(line, function(null), end, environment(b));
    }

    /**
     * Collects a pretty-printed JSON object ("{" alone on a line, up to "}" alone) and reads it as
     * a platform record; true when it was a platform.report.
     */
    private boolean collect(byte[] b, int s, int e) {
        if (block == null) {
            block = new java.io.ByteArrayOutputStream();
            blockLine = lines.lineNumber();
        }
        block.write(b, s, e - s);
        block.write('\n');
        boolean closed = e - s == 1 && b[s] == '}';
        if (!closed && block.size() < (1 << 20)) {
            return false;
        }
        byte[] json = block.toByteArray();
        block = null;
        timeStart = -1;
        streamStart = -1;
        try {
            return closed && jsonRecord(json, 0, json.length, blockLine);
        } catch (TraceException ex) {
            badRow(ex);
            return false;
        }
    }

    /** A row of a Logs Insights table of REPORT fields; false for separator and blank rows. */
    private boolean tableRow(byte[] b, int s, int e) {
        if (lines.blank() || table.separatorRow(b, s, e) || table.split(b, s, e) == 0 || table.empty(InsightsTable.TIMESTAMP)) {
            return false;
        }
        long line = lines.lineNumber();
        long end = IsoTime.micros(b, table.start(InsightsTable.TIMESTAMP), table.end(InsightsTable.TIMESTAMP));
        if (end == IsoTime.BAD) {
            throw bad(line, "@timestamp", "expected a time like 2023-12-07 14:12:39.966, found '"
                    + new String(b, table.start(InsightsTable.TIMESTAMP), table.end(InsightsTable.TIMESTAMP)
                    - table.start(InsightsTable.TIMESTAMP), StandardCharsets.UTF_8) + "'");
        }
        if (!table.read(b, reportLine)) {
            throw bad(line, reportLine.errorField, reportLine.error);
        }
        int env = table.empty(InsightsTable.STREAM) ? MISSING
                : streams.intern(b, table.start(InsightsTable.STREAM), table.end(InsightsTable.STREAM));
        String group = table.empty(InsightsTable.GROUP) ? null : new String(b, table.start(InsightsTable.GROUP),
                table.end(InsightsTable.GROUP) - table.start(InsightsTable.GROUP), StandardCharsets.UTF_8);
        emit(line, function(group), end, env);
        return true;
    }

    /**
     * A JSON system-log record after the timestamp and stream ({@code aws logs tail} of a
     * LogFormat=JSON function); true when it was a platform.report.
     */
    private boolean jsonRecord(byte[] b, int s, int e, long line) {
        int brace = s;
        while (brace < e && b[brace] != '{') {
            brace++;
        }
        if (brace == e) {
            return false;
        }
        prefix(b, s, brace);
        String type = null;
        long time = IsoTime.BAD;
        boolean hasRecord = false;
        try (JsonParser p = JSON.createParser(b, brace, e - brace)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("type".equals(name) && v.isScalarValue()) {
                    type = p.getValueAsString();
                } else if ("time".equals(name) && v.isScalarValue()) {
                    byte[] t = p.getValueAsString("").getBytes(StandardCharsets.US_ASCII);
                    time = IsoTime.micros(t, 0, t.length);
                } else if ("record".equals(name) && v == JsonToken.START_OBJECT) {
                    record.read(p, reportLine, file, line);
                    hasRecord = true;
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException ex) {
            return false; // application output that merely mentions "platform."
        }
        if (!hasRecord) {
            return false;
        }
        if (time == IsoTime.BAD && timeStart >= 0) {
            time = timeUs;
        }
        String key = time + "/" + record.requestId + "/" + type;
        if (record.requestId != null && key.equals(lastRecord)) {
            return false; // the same record again (a console copy shows it pretty and on one line)
        }
        lastRecord = key;
        if ("platform.initReport".equals(type)) {
            if (record.initDurationUs != MISSING) {
                initReport(environment(b), record.initPhaseInvoke, record.initFailed, record.initDurationUs);
            }
            return false;
        }
        if (!"platform.report".equals(type)) {
            return false;
        }
        if (time == IsoTime.BAD) {
            throw bad(line, "time", "expected the record's ISO-8601 'time' or a timestamp before it");
        }
        if (reportLine.durationUs == MISSING) {
            throw bad(line, "record.metrics.durationMs", "the platform.report has no durationMs");
        }
        emit(line, function(null), time, environment(b));
        return true;
    }

    /**
     * Finds the time and the log stream among the tokens of {@code b[s..e)}; tokens are separated
     * by blanks, commas, quotes and table bars. A date followed by a time token
     * ({@code 2023-12-07 14:12:39.966}) is one time.
     */
    private void prefix(byte[] b, int s, int e) {
        timeStart = -1;
        streamStart = -1;
        int i = s;
        while (i < e) {
            while (i < e && separator(b[i])) {
                i++;
            }
            int te = i;
            while (te < e && !separator(b[te])) {
                te++;
            }
            if (te == i) {
                break;
            }
            if (timeStart < 0 && te - i >= 10 && b[i + 4] == '-' && b[i + 7] == '-' && digit(b[i])) {
                int end = te;
                if (te - i == 10 && te < e && b[te] == ' ') {
                    // "2023-12-07 14:12:39.966": the time is the next token.
                    int ts = te + 1;
                    int tend = ts;
                    while (tend < e && !separator(b[tend])) {
                        tend++;
                    }
                    if (tend - ts >= 8 && b[ts + 2] == ':') {
                        end = tend;
                    }
                }
                long t = IsoTime.micros(b, i, end);
                if (t != IsoTime.BAD) {
                    timeStart = i;
                    timeEnd = end;
                    timeUs = t;
                    i = end;
                    continue;
                }
            }
            if (streamStart < 0 && isStream(b, i, te)) {
                streamStart = i;
                streamEnd = te;
            }
            i = te;
        }
    }

    /** Lambda's log stream names: {@code 2024/03/01/[$LATEST]abc...}. */
    private static boolean isStream(byte[] b, int s, int e) {
        return e - s > 12 && b[s + 4] == '/' && b[s + 7] == '/' && b[s + 10] == '/' && b[s + 11] == '[';
    }

    private int environment(byte[] b) {
        return streamStart >= 0 ? streams.intern(b, streamStart, streamEnd) : MISSING;
    }

    private static boolean separator(byte c) {
        return c == ' ' || c == '\t' || c == ',' || c == '"' || c == '|';
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    @Override
    protected String describeSource() {
        return "text with " + sighting("line", "none a Lambda REPORT line");
    }

    @Override
    public void close() {
        lines.close();
        closeSpill();
    }
}
