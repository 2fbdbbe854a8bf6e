package io.lambdasim.engine;

import java.io.Serializable;

/**
 * Where one group of a parallel run stands: the position (time, kind) of its last event, whether
 * it paused at a window's end (still inside the trace), whether an event of its sat exactly at the
 * last bound it was advanced to, its last activity and its reserved and provisioned allocations.
 */
public record GroupState(long lastEventUs, int lastEventKind, boolean paused, boolean boundTied, long lastActivityUs,
                         int allocated) implements Serializable {

    private static final long serialVersionUID = 1L;

    boolean after(long timeUs, int kind) {
        return lastEventUs > timeUs || (lastEventUs == timeUs && lastEventKind > kind);
    }

    boolean at(long timeUs, int kind) {
        return lastEventUs == timeUs && lastEventKind == kind;
    }
}
