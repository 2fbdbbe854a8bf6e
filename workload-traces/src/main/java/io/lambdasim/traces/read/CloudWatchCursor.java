package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * What the CloudWatch shapes share: a REPORT ends at its log timestamp, so start = end −
 * duration − INIT (the INIT phase runs before the handler); the log stream names the execution
 * environment; the function comes from {@code --function}, else the log group
 * ({@code /aws/lambda/NAME}), else the file name.
 */
abstract class CloudWatchCursor extends ReorderingCursor {

    static final EnumSet<TraceField> FIELDS = EnumSet.of(TraceField.MEMORY, TraceField.INIT,
            TraceField.MAX_MEMORY, TraceField.STATUS, TraceField.BILLED, TraceField.ENVIRONMENT);

    protected final ReportLine reportLine = new ReportLine();
    private final String fallbackFunction;
    private String lastGroup;
    private int lastGroupId = -1;

    CloudWatchCursor(String file, ReadOptions options) {
        super(file, options, new TraceReport("cloudwatch", FIELDS));
        this.fallbackFunction = options.function() != null ? options.function() : stem(file);
        invocationType = InvocationType.UNKNOWN;
        payloadBytes = MISSING;
    }

    /** The file name without directories and extensions: {@code logs/api.json.gz} -> {@code api}. */
    static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The function of a record from log group {@code group} (may be null). */
    protected final int function(String group) {
        if (options.function() != null || group == null || group.isEmpty()) {
            return functions.intern(fallbackFunction);
        }
        if (!group.equals(lastGroup)) {
            lastGroup = group;
            int slash = group.lastIndexOf('/');
            lastGroupId = functions.intern(slash >= 0 && slash < group.length() - 1 ? group.substring(slash + 1) : group);
        }
        return lastGroupId;
    }

    /** Buffers the parsed {@link #reportLine} that ended at {@code endUs}. */
    protected final void emit(long line, int function, long endUs, int environment) {
        ReportLine r = reportLine;
        long init = r.initUs == MISSING ? 0 : r.initUs;
        offer(line, function, endUs - r.durationUs - init, endUs, r.durationUs, configuredMemory(r.memoryMb, line, "Memory Size"),
                r.maxMemoryMb, r.initUs, r.billedUs, r.status, environment);
    }
}
