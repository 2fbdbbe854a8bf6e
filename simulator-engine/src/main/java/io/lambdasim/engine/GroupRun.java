package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One group of a {@link ParallelSimulation} simulated on its own, for a group that runs in a task
 * of its own (a Spark task): it reads the whole trace, cut into the same windows and dealt to the
 * same groups as the threads' run ({@link WindowSplitter}), keeps its own group's rows, and
 * simulates them window by window to the end of the trace. What the threads' run merges window by
 * window it keeps whole: the log of its counts over the trace ({@link #traceLog}), which the driver
 * merges with the other groups' in {@link ParallelSimulation#merge}; then, as the driver asks, it
 * goes on past the end of the trace ({@link #advanceTo}) and ends ({@link #close}).
 *
 * <p>Memory: the group's functions and live environments, one window of rows, and its trace log
 * (one entry per event that changed its counts: it grows with the trace).
 */
public final class GroupRun {

    private final SimulationGroup group;
    private final GroupLog traceLog;
    private final int[] groupOf;
    private final boolean empty;
    private final long rowsRead;

    private GroupRun(SimulationGroup group, GroupLog traceLog, int[] groupOf, boolean empty, long rowsRead) {
        this.group = group;
        this.traceLog = traceLog;
        this.groupOf = groupOf;
        this.empty = empty;
        this.rowsRead = rowsRead;
    }

    /**
     * Simulates group {@code group} of {@code groups} over {@code cursor} (read to its end, not
     * closed) up to the point where it falls idle after the end of the trace.
     */
    public static GroupRun simulate(InvocationCursor cursor, SimulationConfig cfg, int groups, int group) {
        if (group < 0 || group >= groups) {
            throw new IllegalArgumentException("group " + group + " of " + groups);
        }
        if (ParallelSimulation.coupling(cfg) != null) {
            throw new IllegalArgumentException("this configuration runs coupled: " + ParallelSimulation.coupling(cfg));
        }
        SimulationGroup g = new SimulationGroup(cfg);
        WindowSplitter splitter = new WindowSplitter(cursor, groups);
        if (!splitter.start()) {
            return new GroupRun(g, g.log.copy(), new int[0], true, 0);
        }
        WindowCursor[] targets = new WindowCursor[groups];
        targets[group] = g.window();
        List<String> newNames = new ArrayList<>();
        boolean last;
        do {
            last = splitter.fill(targets, newNames);
            g.run(targets[group], newNames);
            if (g.failure != null) {
                throw g.failure; // out of memory: this task fails (Spark retries it or the job reports it)
            }
        } while (!last);
        GroupLog traceLog = g.log.copy();
        g.log.clear(); // from here on: the events after the trace, merged at the end
        int[] of = splitter.groupOf();
        int n = splitter.trace().size();
        return new GroupRun(g, traceLog, Arrays.copyOf(of, Math.min(n, of.length)), false, splitter.rowsRead());
    }

    /** True when the trace had no invocation (the run is then the single-threaded one). */
    public boolean empty() {
        return empty;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** The group's counts after each of its events up to the end of the trace (where it fell idle). */
    public GroupLog traceLog() {
        return traceLog;
    }

    /** Group of each function id of the trace (the same in every group's run). */
    public int[] groupOf() {
        return groupOf.clone();
    }

    public GroupState state() {
        return group.state();
    }

    /** See {@link GroupSet#advance}. */
    public void advanceTo(long timeUs, int kind) {
        group.sim.advanceTo(timeUs, kind);
    }

    /** The counts after each event since the end of the trace (every {@link #advanceTo} so far). */
    public GroupLog endLog() {
        return group.log.copy();
    }

    public GroupEnd close(long horizon) {
        return group.close(horizon);
    }
}
