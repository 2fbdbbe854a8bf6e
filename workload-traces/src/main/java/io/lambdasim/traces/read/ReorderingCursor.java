package io.lambdasim.traces.read;

import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceReport;

/**
 * Turns a source ordered by end time into start order with a bounded {@link ReorderBuffer}.
 *
 * <p>Why it is safe: if every invocation lasts at most W (the window) and the source's rows
 * arrive in end order, then once a row ending at E has been read, no later row can start before
 * E − W. So every buffered row that starts at or before (latest end seen − W) is final and can be
 * emitted. W defaults to 900 s, Lambda's maximum timeout: a fixed bound rather than "longest
 * duration seen so far", because in an end-ordered file the first long invocation arrives after
 * shorter ones that started later; a window that only grew then would already have emitted them.
 * A row starting before something already emitted is out of order by more than W: an error, never
 * a silent reorder. Memory is the rows of one window, independent of trace length.
 *
 * <p>Newest first: CloudWatch Logs Insights exports its results newest first by default. The
 * first {@value #PROBE_ROWS} rows tell the direction (more steps down than up in their end times).
 * A descending source is spilled to a temporary file of fixed-width records as it is read and
 * then replayed from the last record to the first, i.e. in end order: memory stays one window
 * whatever the export's length, at the price of one pass through a temporary file (deleted on
 * close). A reverse line reader would avoid the copy but cannot run backwards through a gzip or
 * JSON stream.
 *
 * <p>Times are emitted relative to the first start, so the trace starts at 0. A source in which
 * no invocation was found is an error that says what the file looked like ({@link #describeSource}).
 */
abstract class ReorderingCursor extends BaseCursor {

    /** Rows looked at before deciding whether the source runs newest first. */
    static final int PROBE_ROWS = 64;

    private final ReorderBuffer buffer = new ReorderBuffer();
    private final long window;
    private long watermark = Long.MIN_VALUE;
    private long lastEmitted = Long.MIN_VALUE;
    private long origin = Long.MIN_VALUE;
    private boolean sourceDone;
    private long offered;

    /** The source clock's time of trace time 0 (the first start), once a row was emitted. */
    @Override
    public final long originUs() {
        return origin == Long.MIN_VALUE ? MISSING : origin;
    }

    // Direction detection, then either straight on or spilled and replayed backwards.
    private final RowBlock probe = new RowBlock(PROBE_ROWS);
    private boolean decided;
    private boolean descending;
    private SpillFile spill;
    private SpillFile.Reverse replay;

    /**
     * @param mayRunNewestFirst whether the source can come newest first (CloudWatch exports); a
     *                          source that is end-ordered by definition (Azure 2021) is not probed
     */
    protected ReorderingCursor(String file, ReadOptions options, TraceReport report, boolean mayRunNewestFirst) {
        super(file, options, report);
        this.window = options.reorderWindowUs();
        this.decided = !mayRunNewestFirst;
    }

    /**
     * Reads source rows until one invocation was {@link #offer offered} or the source is
     * exhausted ({@code false}). Bad rows go through {@link #badRow}.
     */
    protected abstract boolean readSource();

    /**
     * What the source turned out to hold when no invocation was found in it, for the error: e.g.
     * "412 lines, none a Lambda REPORT line; the first: 'START RequestId: ...'".
     */
    protected abstract String describeSource();

    /** Whether the source ran newest first (known once the first rows were read). */
    public final boolean newestFirst() {
        return descending;
    }

    /**
     * Buffers one invocation with absolute start {@code start} (µs, any epoch) that ended at
     * {@code end}; {@code line} names it in errors.
     */
    protected final void offer(long line, int f, long start, long end, long dur, int mem, int maxMem,
                               long init, long initBilled, long billed, int st, int env) {
        offered++;
        report.rowRead();
        if (!decided) {
            probe.add(line, f, start, end, dur, mem, maxMem, init, initBilled, billed, st, env);
            if (probe.size() == PROBE_ROWS) {
                decide();
            }
        } else if (descending) {
            spill.write(line, f, start, end, dur, mem, maxMem, init, initBilled, billed, st, env);
        } else {
            push(line, f, start, end, dur, mem, maxMem, init, initBilled, billed, st, env);
        }
    }

    private void push(long line, int f, long start, long end, long dur, int mem, int maxMem,
                      long init, long initBilled, long billed, int st, int env) {
        if (start < lastEmitted) {
            throw bad(line, "start", String.format(java.util.Locale.ROOT,
                    "starts %.6f s before an invocation already emitted: the source is out of start "
                            + "order by more than the reorder window of %.0f s (raise it if your "
                            + "invocations run longer)", (lastEmitted - start) / 1e6, window / 1e6));
        }
        buffer.push(f, start, dur, mem, maxMem, init, initBilled, billed, st, env);
        if (end > watermark) {
            watermark = end;
        }
        report.buffered(buffer.size());
    }

    /** Newest first when the probed end times step down more often than up. */
    private void decide() {
        decided = true;
        descending = probe.stepsDown() > probe.stepsUp();
        if (descending) {
            spill = SpillFile.create(file);
            for (int i = 0; i < probe.size(); i++) {
                probe.writeTo(i, spill);
            }
        } else {
            for (int i = 0; i < probe.size(); i++) {
                push(probe.line[i], probe.fid[i], probe.start[i], probe.end[i], probe.dur[i], probe.mem[i],
                        probe.maxMem[i], probe.init[i], probe.initBilled[i], probe.billed[i], probe.status[i], probe.env[i]);
            }
        }
        probe.clear();
    }

    private boolean drained() {
        return sourceDone && decided && (!descending || (replay != null && !replay.hasNext()));
    }

    @Override
    public final boolean next() {
        while (true) {
            if (buffer.size() > 0 && (drained() || buffer.minStart() <= watermark - window)) {
                buffer.popInto(this);
                lastEmitted = startUs;
                if (origin == Long.MIN_VALUE) {
                    origin = startUs;
                }
                startUs -= origin;
                return true;
            }
            if (replay != null && replay.hasNext()) {
                replay.next();
                push(replay.line, replay.fid, replay.start, replay.end, replay.dur, replay.mem, replay.maxMem,
                        replay.init, replay.initBilled, replay.billed, replay.status, replay.env);
                continue;
            }
            if (drained()) {
                if (offered == 0) {
                    throw bad(0, null, "no invocation found: " + describeSource());
                }
                return false;
            }
            if (sourceDone) {
                if (!decided) {
                    decide();
                } else if (descending && replay == null) {
                    replay = spill.reverse();
                }
                continue;
            }
            sourceDone = !readSource();
        }
    }

    /** Deletes the spill file, if any; readers call it from close(). */
    protected final void closeSpill() {
        if (replay != null) {
            replay.close();
        }
        if (spill != null) {
            spill.delete();
        }
    }
}
