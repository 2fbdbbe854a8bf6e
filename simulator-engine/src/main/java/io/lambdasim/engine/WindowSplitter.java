package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the trace of a {@link ParallelSimulation} into windows and deals each window's rows to
 * their function's group: the one place that decides groups and window ends, whether the groups
 * run on threads here or each in its own Spark task (which keeps its own group's rows and drops
 * the others', so every task sees the same windows). Windows end between two distinct start
 * times, so no group's arrivals at one instant are split across windows.
 */
final class WindowSplitter {

    private final InvocationCursor cursor;
    private final FunctionTable trace;
    private final long[] rows;
    /** Group of each function id (-1: not seen yet). */
    private int[] groupOf = new int[256];
    private int namesSent;
    private boolean hasRow;
    private long lastStartUs = Long.MIN_VALUE;
    private long rowsRead;

    WindowSplitter(InvocationCursor cursor, int groups) {
        this.cursor = cursor;
        this.trace = cursor.functions();
        this.rows = new long[groups];
        Arrays.fill(groupOf, -1);
    }

    /** Reads the first row; false when the trace is empty. */
    boolean start() {
        hasRow = cursor.next();
        return hasRow;
    }

    FunctionTable trace() {
        return trace;
    }

    long rowsRead() {
        return rowsRead;
    }

    long lastStartUs() {
        return lastStartUs;
    }

    /** Group of each function id the trace named so far, -1 where none (ids are the trace's). */
    int[] groupOf() {
        return groupOf;
    }

    /**
     * Reads the next window into {@code targets} (one per group; null: that group's rows are
     * dropped), the names the trace first mentions in it into {@code newNames}; true when the trace
     * ended in it (every target then ends in {@link WindowCursor#END}, else in {@link WindowCursor#PAUSE}).
     */
    boolean fill(WindowCursor[] targets, List<String> newNames) {
        for (WindowCursor w : targets) {
            if (w != null) {
                w.clear();
            }
        }
        newNames.clear();
        int n = 0;
        while (hasRow) {
            long t = cursor.startUs();
            if (n >= ParallelSimulation.WINDOW_ROWS && t > lastStartUs) {
                mark(targets, WindowCursor.PAUSE, t);
                return false;
            }
            int id = cursor.functionId();
            if (id >= namesSent) {
                for (; namesSent < trace.size(); namesSent++) {
                    newNames.add(trace.name(namesSent));
                }
            }
            WindowCursor w = targets[groupOf(id)];
            if (w != null) {
                w.add(cursor);
            }
            n++;
            rowsRead++;
            lastStartUs = t;
            hasRow = cursor.next();
        }
        mark(targets, WindowCursor.END, lastStartUs);
        return true;
    }

    private static void mark(WindowCursor[] targets, int marker, long timeUs) {
        for (WindowCursor w : targets) {
            if (w != null) {
                w.mark(marker, timeUs);
            }
        }
    }

    /** A function's group: the one with the fewest invocations so far when it first appears (deterministic). */
    private int groupOf(int id) {
        if (id >= groupOf.length) {
            int old = groupOf.length;
            groupOf = Arrays.copyOf(groupOf, Math.max(id + 1, old * 2));
            Arrays.fill(groupOf, old, groupOf.length, -1);
        }
        int g = groupOf[id];
        if (g < 0) {
            g = 0;
            for (int i = 1; i < rows.length; i++) {
                if (rows[i] < rows[g]) {
                    g = i;
                }
            }
            groupOf[id] = g;
        }
        rows[g]++;
        return g;
    }
}
