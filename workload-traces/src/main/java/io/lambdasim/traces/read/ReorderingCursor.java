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
 * <p>Times are emitted relative to the first start, so the trace starts at 0.
 */
abstract class ReorderingCursor extends BaseCursor {

    private final ReorderBuffer buffer = new ReorderBuffer();
    private final long window;
    private long watermark = Long.MIN_VALUE;
    private long lastEmitted = Long.MIN_VALUE;
    private long origin = Long.MIN_VALUE;
    private boolean sourceDone;

    /** The source clock's time of trace time 0 (the first start), once a row was emitted. */
    @Override
    public final long originUs() {
        return origin == Long.MIN_VALUE ? MISSING : origin;
    }

    protected ReorderingCursor(String file, ReadOptions options, TraceReport report) {
        super(file, options, report);
        this.window = options.reorderWindowUs();
    }

    /**
     * Reads source rows until one invocation was {@link #offer offered} or the source is
     * exhausted ({@code false}). Bad rows go through {@link #badRow}.
     */
    protected abstract boolean readSource();

    /**
     * Buffers one invocation with absolute start {@code start} (µs, any epoch) that ended at
     * {@code end}; {@code line} names it in errors.
     */
    protected final void offer(long line, int f, long start, long end, long dur, int mem, int maxMem,
                               long init, long billed, int st, int env) {
        if (start < lastEmitted) {
            throw bad(line, "start", String.format(java.util.Locale.ROOT,
                    "starts %.6f s before an invocation already emitted: the source is out of start "
                            + "order by more than the reorder window of %.0f s (raise it if your "
                            + "invocations run longer)", (lastEmitted - start) / 1e6, window / 1e6));
        }
        buffer.push(f, start, dur, mem, maxMem, init, billed, st, env);
        if (end > watermark) {
            watermark = end;
        }
        report.rowRead();
        report.buffered(buffer.size());
    }

    @Override
    public final boolean next() {
        while (true) {
            if (buffer.size() > 0 && (sourceDone || buffer.minStart() <= watermark - window)) {
                buffer.popInto(this);
                lastEmitted = startUs;
                if (origin == Long.MIN_VALUE) {
                    origin = startUs;
                }
                startUs -= origin;
                return true;
            }
            if (sourceDone) {
                return false;
            }
            sourceDone = !readSource();
        }
    }
}
