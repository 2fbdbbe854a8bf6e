package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import java.util.List;

/** One group of functions of a {@link ParallelSimulation}: its own simulation, log and name table (the trace's ids). */
final class SimulationGroup {

    final FunctionTable names = new FunctionTable();
    final Simulation sim;
    final GroupLog log;
    /** Last window: false once the group fell idle after the end of the trace. */
    boolean paused;

    SimulationGroup(SimulationConfig cfg) {
        sim = new Simulation(cfg, ProgressListener.NONE);
        log = new GroupLog(cfg.timelineBucketUs() > 0);
        sim.logTo(log);
    }

    /** A window cursor reading into this group's name table. */
    WindowCursor window() {
        return new WindowCursor(names);
    }

    /**
     * An error (out of memory) in this group's last window, or null. Why kept here rather than left
     * to the window's future: an OutOfMemoryError that escapes the task can strike again while the
     * pool records it, and a future never completed leaves the caller waiting for ever. Caught here,
     * the window's stack is freed and the task ends normally without allocating.
     */
    volatile Error failure;

    /** Simulates window {@code w}, whose trace first named {@code newNames} (every group interns them, in id order). */
    void run(WindowCursor w, List<String> newNames) {
        try {
            for (String name : newNames) {
                names.intern(name);
            }
            sim.begin(w);
            paused = sim.loop();
        } catch (Error e) {
            failure = e;
        }
    }

    GroupState state() {
        return new GroupState(sim.lastEventUs(), sim.lastEventKind(), paused, sim.boundTied(), sim.lastActivityUs(),
                sim.allocated());
    }

    /** The group's figures at the run's end {@code horizon}. */
    GroupEnd close(long horizon) {
        List<UsageStats> stats = sim.close(horizon);
        return new GroupEnd(stats, sim.latencyHistogram(), sim.queueAgeHistogram(), sim.timelineRecorder());
    }
}
