package io.lambdasim.traces.read;

import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import java.io.InputStream;

/**
 * Reads CloudWatch REPORT lines exported or tailed as text: an ISO-8601 timestamp, optionally the
 * log stream name (as {@code aws logs tail} prints it), then the message. Lines that are not
 * REPORT lines (START, END, application output, XRAY) are not invocations and are passed over.
 *
 * <pre>2024-03-01T12:00:00.123Z	REPORT RequestId: ...	Duration: 38.66 ms	Billed Duration: 39 ms	...
 * 2024-03-01T12:00:00.123000+00:00 2024/03/01/[$LATEST]abc REPORT RequestId: ...</pre>
 */
public final class CloudWatchTextReader extends CloudWatchCursor {

    private final LineReader lines;
    private final NameInterner streams = new NameInterner(environments);

    public CloudWatchTextReader(InputStream in, String file, ReadOptions options) {
        super(file, options);
        this.lines = new LineReader(in, file);
    }

    @Override
    protected boolean readSource() {
        while (lines.next()) {
            byte[] b = lines.buffer();
            int at = ReportLine.find(b, lines.start(), lines.end());
            if (at < 0) {
                continue;
            }
            try {
                parse(b, lines.start(), at, lines.end());
                return true;
            } catch (TraceException e) {
                badRow(e);
            }
        }
        return false;
    }

    private void parse(byte[] b, int s, int at, int e) {
        long line = lines.lineNumber();
        // Prefix: timestamp [log stream]; tokens split on blanks.
        int ts = skipBlanks(b, s, at);
        int te = token(b, ts, at);
        long end = ts < te ? IsoTime.micros(b, ts, te) : IsoTime.BAD;
        if (end == IsoTime.BAD) {
            throw bad(line, "timestamp", "expected an ISO-8601 timestamp (e.g. 2024-03-01T12:00:00.000Z) "
                    + "before REPORT, found '" + new String(b, s, at - s, java.nio.charset.StandardCharsets.UTF_8).trim() + "'");
        }
        int ss = skipBlanks(b, te, at);
        int se = token(b, ss, at);
        int env = ss < se ? streams.intern(b, ss, se) : MISSING;
        if (!reportLine.parse(b, at, e)) {
            throw bad(line, reportLine.errorField, reportLine.error);
        }
        emit(line, function(null), end, env);
    }

    private static int skipBlanks(byte[] b, int i, int e) {
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int token(byte[] b, int i, int e) {
        while (i < e && b[i] != ' ' && b[i] != '\t') {
            i++;
        }
        return i;
    }

    @Override
    public void close() {
        lines.close();
    }
}
