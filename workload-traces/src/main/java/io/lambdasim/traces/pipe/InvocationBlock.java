package io.lambdasim.traces.pipe;

import io.lambdasim.traces.InvocationColumns;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * Up to {@link #CAPACITY} consecutive invocations as primitive columns, the unit the reader thread
 * hands to the engine thread. Blocks are recycled through the pipeline, so after warm-up nothing is
 * allocated per invocation; the only objects are the names first seen in a block (once per
 * function or environment over the whole trace).
 */
final class InvocationBlock {

    /** Invocations per block: large enough that a hand-off costs next to nothing per invocation. */
    static final int CAPACITY = 4096;

    /** The invocations: a fixed capacity, so the columns never grow. */
    final InvocationColumns rows = new InvocationColumns(CAPACITY);
    /** Function and environment names first seen while filling this block, in id order. */
    final List<String> newFunctions = new ArrayList<>();
    final List<String> newEnvironments = new ArrayList<>();
    /** The source has no more invocations after these. */
    boolean last;
    /** What stopped the reader after these invocations, or null. */
    Throwable error;

    void clear() {
        rows.clear();
        last = false;
        error = null;
        newFunctions.clear();
        newEnvironments.clear();
    }

    int size() {
        return rows.size();
    }

    boolean full() {
        return rows.size() == CAPACITY;
    }

    /** Copies the cursor's current invocation. */
    void add(InvocationCursor c) {
        rows.add(c);
    }
}
