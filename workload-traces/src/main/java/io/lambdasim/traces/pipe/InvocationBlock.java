package io.lambdasim.traces.pipe;

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

    final int[] function = new int[CAPACITY];
    final long[] start = new long[CAPACITY];
    final long[] duration = new long[CAPACITY];
    final int[] memory = new int[CAPACITY];
    final int[] maxMemory = new int[CAPACITY];
    final long[] init = new long[CAPACITY];
    final long[] billed = new long[CAPACITY];
    /** The part of the INIT AWS billed (SnapStart's Billed Restore Duration), or MISSING. */
    final long[] initBilled = new long[CAPACITY];
    final byte[] status = new byte[CAPACITY];
    final byte[] type = new byte[CAPACITY];
    final long[] payload = new long[CAPACITY];
    final int[] environment = new int[CAPACITY];
    final long[] partitionKey = new long[CAPACITY];
    /** Function and environment names first seen while filling this block, in id order. */
    final List<String> newFunctions = new ArrayList<>();
    final List<String> newEnvironments = new ArrayList<>();
    int size;
    /** The source has no more invocations after these. */
    boolean last;
    /** What stopped the reader after these invocations, or null. */
    Throwable error;

    void clear() {
        size = 0;
        last = false;
        error = null;
        newFunctions.clear();
        newEnvironments.clear();
    }

    boolean full() {
        return size == CAPACITY;
    }

    /** Copies the cursor's current invocation. */
    void add(InvocationCursor c) {
        int i = size++;
        function[i] = c.functionId();
        start[i] = c.startUs();
        duration[i] = c.durationUs();
        memory[i] = c.memoryMb();
        maxMemory[i] = c.maxMemoryUsedMb();
        init[i] = c.initUs();
        billed[i] = c.billedUs();
        initBilled[i] = c.initBilledUs();
        status[i] = (byte) c.status();
        type[i] = (byte) c.invocationType();
        payload[i] = c.payloadBytes();
        environment[i] = c.environmentId();
        partitionKey[i] = c.partitionKey();
    }
}
