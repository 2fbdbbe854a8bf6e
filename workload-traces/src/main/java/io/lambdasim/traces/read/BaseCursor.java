package io.lambdasim.traces.read;

import io.lambdasim.traces.FunctionBudget;
import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceReport;

/**
 * The current invocation as plain fields, shared by every reader: a reader fills the fields, the
 * engine reads them through the {@link InvocationCursor} accessors. Also the one place that
 * decides whether a bad row stops the read or is skipped and counted.
 */
public abstract class BaseCursor implements InvocationCursor {

    protected final String file;
    protected final ReadOptions options;
    protected TraceReport report;
    protected final FunctionTable functions;
    protected final FunctionTable environments = new FunctionTable();

    protected int functionId;
    protected long startUs;
    protected long durationUs;
    protected int memoryMb = MISSING;
    protected int maxMemoryUsedMb = MISSING;
    protected long initUs = MISSING;
    protected long billedUs = MISSING;
    protected long initBilledUs = MISSING;
    protected int status = Status.UNKNOWN;
    protected int invocationType;
    protected long payloadBytes = MISSING;
    protected int environmentId = MISSING;
    protected long partitionKey = MISSING;

    protected BaseCursor(String file, ReadOptions options, TraceReport report) {
        this.file = file;
        this.options = options;
        this.report = report;
        this.functions = new FunctionTable(FunctionBudget.ofHeap(options.stateBytesPerFunction()));
    }

    /** For readers that learn what their source carries only after reading its header. */
    protected final void setReport(TraceReport r) {
        this.report = r;
    }

    /** A bad-row error at {@code line}, naming the field and what was expected. */
    protected final TraceException bad(long line, String field, String expected) {
        return new TraceException(file, line, field, expected);
    }

    /** Rethrows {@code e} unless bad rows are skipped, in which case it is counted. */
    protected final void badRow(TraceException e) {
        if (!options.skipBadRows()) {
            throw e;
        }
        report.skipped(e);
    }

    /**
     * Reads lines until one parses ({@code true}) or the input ends ({@code false}). Blank lines
     * are passed over; a row {@code parseRow} rejects goes through {@link #badRow}.
     */
    protected final boolean nextParsedLine(LineReader lines, Runnable parseRow) {
        while (lines.next()) {
            if (lines.blank()) {
                continue;
            }
            try {
                parseRow.run();
                return true;
            } catch (TraceException e) {
                badRow(e);
            } catch (FunctionBudget.TooManyFunctions e) {
                throw e.at(file, lines.lineNumber());
            }
        }
        return false;
    }

    /** Applies the memory override of {@link ReadOptions}. */
    protected final int memory(int sourceMb) {
        return options.memoryMbOverride() != MISSING ? options.memoryMbOverride() : sourceMb;
    }

    /**
     * A row's configured memory: the override when there is one, else the source's, which must lie
     * in the range of {@link ReadOptions} (the billing era's, when the caller knows it). A bogus
     * size would otherwise be replaced by a default and still scale the durations.
     */
    protected final int configuredMemory(int sourceMb, long line, String field) {
        if (options.memoryMbOverride() != MISSING) {
            return options.memoryMbOverride();
        }
        if (sourceMb != MISSING && (sourceMb < options.minMemoryMb() || sourceMb > options.maxMemoryMb())) {
            throw bad(line, field, "memory " + sourceMb + " MB is outside the billing rules' range "
                    + options.minMemoryMb() + ".." + options.maxMemoryMb() + " MB (--memory MB replaces the trace's memory)");
        }
        return sourceMb;
    }

    @Override
    public final FunctionTable functions() {
        return functions;
    }

    @Override
    public final FunctionTable environments() {
        return environments;
    }

    @Override
    public final TraceReport report() {
        return report;
    }

    @Override
    public final int functionId() {
        return functionId;
    }

    @Override
    public final long startUs() {
        return startUs;
    }

    @Override
    public final long durationUs() {
        return durationUs;
    }

    @Override
    public final int memoryMb() {
        return memoryMb;
    }

    @Override
    public final int maxMemoryUsedMb() {
        return maxMemoryUsedMb;
    }

    @Override
    public final long initUs() {
        return initUs;
    }

    @Override
    public final long billedUs() {
        return billedUs;
    }

    @Override
    public final long initBilledUs() {
        return initBilledUs;
    }

    @Override
    public final int status() {
        return status;
    }

    @Override
    public final int invocationType() {
        return invocationType;
    }

    @Override
    public final long payloadBytes() {
        return payloadBytes;
    }

    @Override
    public final int environmentId() {
        return environmentId;
    }

    @Override
    public final long partitionKey() {
        return partitionKey;
    }
}
