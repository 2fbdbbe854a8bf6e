package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * What the CloudWatch shapes share: a REPORT ends at its log timestamp, so start = end −
 * duration − INIT (the INIT phase runs before the handler); the log stream names the execution
 * environment; the function comes from {@code --function}, else the log group
 * ({@code /aws/lambda/NAME}), else the file name.
 *
 * <p>INIT_REPORT lines (text) and {@code platform.initReport} records (JSON) of a failed INIT are
 * observed cold starts: Lambda writes them when INIT crashed or timed out ({@code Phase: init},
 * before any request) and when it re-ran INIT inside the first request and that failed too
 * ({@code Phase: invoke}, the "suppressed init"). The next REPORT of the same log stream gets them:
 * the failed {@code Phase: init} time is INIT that ran before the request; a {@code Phase: invoke}
 * re-initialisation ran inside the request's reported Duration, so it moves from the duration to
 * INIT (the handler's own time is what is left). A successful INIT_REPORT (provisioned
 * concurrency, SnapStart snapshots, JSON logs' every init) says nothing about the next request.
 */
abstract class CloudWatchCursor extends ReorderingCursor {

    static final EnumSet<TraceField> FIELDS = EnumSet.of(TraceField.MEMORY, TraceField.INIT,
            TraceField.MAX_MEMORY, TraceField.STATUS, TraceField.BILLED, TraceField.ENVIRONMENT,
            TraceField.INIT_BILLED);

    protected final ReportLine reportLine = new ReportLine();
    private final String fallbackFunction;
    private String lastGroup;
    private int lastGroupId = -1;

    /** Per environment id + 1 (0 = no stream): failed INIT before the request, re-INIT inside it. */
    private long[] pendingInitUs = new long[16];
    private long[] pendingReinitUs = new long[16];

    /** What was seen, for the error when no invocation is found. */
    protected long itemsSeen;
    private String firstItem;

    CloudWatchCursor(String file, ReadOptions options) {
        super(file, options, new TraceReport("cloudwatch", FIELDS), true);
        this.fallbackFunction = options.function() != null ? options.function() : stem(file);
        invocationType = InvocationType.UNKNOWN;
        payloadBytes = MISSING;
        Arrays.fill(pendingInitUs, MISSING);
        Arrays.fill(pendingReinitUs, MISSING);
    }

    /** The file name without directories and extensions: {@code logs/api.json.gz} -> {@code api}. */
    static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Notes one line, event or record that was read, keeping the first for the error message. */
    protected final void saw(String what) {
        itemsSeen++;
        if (firstItem == null && what != null && !what.isBlank()) {
            String t = what.strip().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            firstItem = t.length() <= 100 ? t : t.substring(0, 97) + "...";
        }
    }

    /** Whether the first item is still to be kept (so the caller makes its text only once). */
    protected final boolean wantsFirst() {
        return firstItem == null;
    }

    /** "N lines, none ...; the first: '...'" for {@link #describeSource}. */
    protected final String sighting(String unit, String none) {
        StringBuilder sb = new StringBuilder();
        sb.append(itemsSeen).append(' ').append(unit).append(itemsSeen == 1 ? "" : "s").append(", ").append(none);
        if (firstItem != null) {
            sb.append("; the first: '").append(firstItem).append('\'');
        }
        if (report.rowsSkipped() > 0) {
            sb.append("; ").append(report.rowsSkipped()).append(" REPORT(s) skipped as bad: ").append(report.firstSkipped());
        }
        return sb.append(" (expected Lambda REPORT lines or platform.report records: see README, section Traces)").toString();
    }

    /** The function of a record from log group {@code group} (may be null). */
    protected final int function(String group) {
        if (options.function() != null || group == null || group.isEmpty()) {
            return functions.intern(fallbackFunction);
        }
        if (!group.equals(lastGroup)) {
            lastGroup = group;
            int slash = group.lastIndexOf('/');
            int colon = group.lastIndexOf(':'); // Logs Insights' @log is ACCOUNT:GROUP
            int cut = Math.max(slash, colon);
            lastGroupId = functions.intern(cut >= 0 && cut < group.length() - 1 ? group.substring(cut + 1) : group);
        }
        return lastGroupId;
    }

    /**
     * An INIT report of environment {@code environment}: {@code invokePhase} = the re-INIT inside
     * a request; {@code failed} = status error or timeout.
     */
    protected final void initReport(int environment, boolean invokePhase, boolean failed, long durationUs) {
        int slot = slot(environment);
        if (invokePhase) {
            pendingReinitUs[slot] = plus(pendingReinitUs[slot], durationUs);
        } else if (failed) {
            pendingInitUs[slot] = plus(pendingInitUs[slot], durationUs);
        }
    }

    private static long plus(long pending, long us) {
        return pending == MISSING ? us : pending + us;
    }

    private int slot(int environment) {
        int slot = environment + 1;
        if (slot >= pendingInitUs.length) {
            int len = Math.max(slot + 1, pendingInitUs.length * 2);
            int old = pendingInitUs.length;
            pendingInitUs = Arrays.copyOf(pendingInitUs, len);
            pendingReinitUs = Arrays.copyOf(pendingReinitUs, len);
            Arrays.fill(pendingInitUs, old, len, MISSING);
            Arrays.fill(pendingReinitUs, old, len, MISSING);
        }
        return slot;
    }

    /** Buffers the parsed {@link #reportLine} that ended at {@code endUs}. */
    protected final void emit(long line, int function, long endUs, int environment) {
        ReportLine r = reportLine;
        long duration = r.durationUs;
        long init = r.initUs;
        long initBilled = r.initBilledUs;
        int slot = slot(environment);
        long before = pendingInitUs[slot];
        long inside = pendingReinitUs[slot];
        if (before != MISSING || inside != MISSING) {
            pendingInitUs[slot] = MISSING;
            pendingReinitUs[slot] = MISSING;
            long moved = inside == MISSING ? 0 : Math.min(inside, duration);
            duration -= moved;
            init = (init == MISSING ? 0 : init) + (before == MISSING ? 0 : before) + moved;
            initBilled = MISSING; // a failed INIT is billed as the era bills INIT
        }
        long initPart = init == MISSING ? 0 : init;
        offer(line, function, endUs - duration - initPart, endUs, duration, memory(r.memoryMb),
                r.maxMemoryMb, init, initBilled, r.billedUs, r.status, environment);
    }
}
