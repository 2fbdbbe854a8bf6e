package io.lambdasim.traces.scale;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;

/**
 * A cursor that answers from another one: subclasses override just what they change (the start
 * time of a shifted copy, the duration at another memory). No allocation per row.
 */
public abstract class ForwardingCursor implements InvocationCursor {

    /** The cursor the current row comes from. */
    protected abstract InvocationCursor delegate();

    @Override
    public boolean next() {
        return delegate().next();
    }

    @Override
    public FunctionTable functions() {
        return delegate().functions();
    }

    @Override
    public int functionId() {
        return delegate().functionId();
    }

    @Override
    public long startUs() {
        return delegate().startUs();
    }

    @Override
    public long durationUs() {
        return delegate().durationUs();
    }

    @Override
    public int memoryMb() {
        return delegate().memoryMb();
    }

    @Override
    public int maxMemoryUsedMb() {
        return delegate().maxMemoryUsedMb();
    }

    @Override
    public long initUs() {
        return delegate().initUs();
    }

    @Override
    public long billedUs() {
        return delegate().billedUs();
    }

    @Override
    public long initBilledUs() {
        return delegate().initBilledUs();
    }

    @Override
    public int status() {
        return delegate().status();
    }

    @Override
    public int invocationType() {
        return delegate().invocationType();
    }

    @Override
    public long payloadBytes() {
        return delegate().payloadBytes();
    }

    @Override
    public int environmentId() {
        return delegate().environmentId();
    }

    /** A copy of a record (traffic scaling) keeps its key: more traffic of the same keys. */
    @Override
    public long partitionKey() {
        return delegate().partitionKey();
    }

    @Override
    public FunctionTable environments() {
        return delegate().environments();
    }

    @Override
    public TraceReport report() {
        return delegate().report();
    }

    @Override
    public void close() {
        delegate().close();
    }
}
