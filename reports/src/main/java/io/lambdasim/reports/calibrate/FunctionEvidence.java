package io.lambdasim.reports.calibrate;

import java.util.Arrays;

/**
 * Everything one function's log lines say, gathered in one pass: invocations and observed cold
 * starts, its environments and when new ones started cold, the idle evidence, the INIT durations,
 * the durations per memory size and the billed duration. Memory: per environment and per memory
 * size, never per line.
 */
final class FunctionEvidence {

    final int id;
    final String name;
    long invocations;
    /** Lines that carried an INIT (observed cold starts, Logs Insights' definition). */
    long initLines;
    long billedUs;
    long billedLines;
    long firstStartUs = Long.MAX_VALUE;
    long lastEndUs = Long.MIN_VALUE;
    long linesWithoutEnvironment;

    /** Environments seen (log streams, or inferred where lines have none). */
    int environments;
    /** Environments whose first line had no INIT: alive before the logs began (or provisioned). */
    int preexisting;
    int inferredEnvironments;
    /** Starts of new environments that started cold, in time order: the moments idle ones are checked. */
    final LongList coldStartsUs = new LongList();

    final IdleEvidence idle = new IdleEvidence();
    final InitEvidence init = new InitEvidence();
    final MemoryEvidence memory = new MemoryEvidence();
    /** Per resample, the longest gap after which an environment of it was reused (-1: none). */
    long[] resampledMaxReuseUs;

    // Environments inferred for lines without a log stream: busy ones by end time, idle ones newest on top.
    long[] busyEndUs = new long[4];
    int[] busyEnv = new int[4];
    int busySize;
    int[] idleStack = new int[4];
    int idleSize;

    FunctionEvidence(int id, String name) {
        this.id = id;
        this.name = name;
    }

    void pushBusy(long endUs, int env) {
        if (busySize == busyEndUs.length) {
            busyEndUs = Arrays.copyOf(busyEndUs, busySize * 2);
            busyEnv = Arrays.copyOf(busyEnv, busySize * 2);
        }
        int k = busySize++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (busyEndUs[parent] <= endUs) {
                break;
            }
            busyEndUs[k] = busyEndUs[parent];
            busyEnv[k] = busyEnv[parent];
            k = parent;
        }
        busyEndUs[k] = endUs;
        busyEnv[k] = env;
    }

    /** Removes and returns the environment that ends first. */
    int popBusy() {
        int top = busyEnv[0];
        long lastEnd = busyEndUs[--busySize];
        int lastEnv = busyEnv[busySize];
        int k = 0;
        while (true) {
            int l = 2 * k + 1;
            if (l >= busySize) {
                break;
            }
            int c = l + 1 < busySize && busyEndUs[l + 1] < busyEndUs[l] ? l + 1 : l;
            if (busyEndUs[c] >= lastEnd) {
                break;
            }
            busyEndUs[k] = busyEndUs[c];
            busyEnv[k] = busyEnv[c];
            k = c;
        }
        busyEndUs[k] = lastEnd;
        busyEnv[k] = lastEnv;
        return top;
    }

    void pushIdle(int env) {
        if (idleSize == idleStack.length) {
            idleStack = Arrays.copyOf(idleStack, idleSize * 2);
        }
        idleStack[idleSize++] = env;
    }

    double observedBilledMs() {
        return billedUs / 1000.0;
    }
}
