package io.lambdasim.cli;

import io.lambdasim.engine.ProgressListener;
import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;

/**
 * A cursor that tells a {@link ProgressListener} how far it has got (every 65,536 invocations),
 * for the commands that read a workload without the engine ({@code trace generate}, {@code convert},
 * {@code stats}). Everything else is the wrapped cursor's.
 */
final class ProgressCursor implements InvocationCursor {

    private final InvocationCursor in;
    private final ProgressListener listener;
    private long count;

    ProgressCursor(InvocationCursor in, ProgressListener listener) {
        this.in = in;
        this.listener = listener;
    }

    @Override
    public boolean next() {
        boolean more = in.next();
        if (more && (++count & 0xffff) == 0) {
            listener.onProgress(count, in.startUs());
        }
        return more;
    }

    @Override public FunctionTable functions() { return in.functions(); }
    @Override public int functionId() { return in.functionId(); }
    @Override public long startUs() { return in.startUs(); }
    @Override public long durationUs() { return in.durationUs(); }
    @Override public int memoryMb() { return in.memoryMb(); }
    @Override public int maxMemoryUsedMb() { return in.maxMemoryUsedMb(); }
    @Override public long initUs() { return in.initUs(); }
    @Override public long billedUs() { return in.billedUs(); }
    @Override public int status() { return in.status(); }
    @Override public int invocationType() { return in.invocationType(); }
    @Override public long payloadBytes() { return in.payloadBytes(); }
    @Override public int environmentId() { return in.environmentId(); }
    @Override public long partitionKey() { return in.partitionKey(); }
    @Override public FunctionTable environments() { return in.environments(); }
    @Override public TraceReport report() { return in.report(); }
    @Override public void close() { in.close(); }
}
