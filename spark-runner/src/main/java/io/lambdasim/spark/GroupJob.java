package io.lambdasim.spark;

import io.lambdasim.engine.GroupEnd;
import io.lambdasim.engine.GroupLog;
import io.lambdasim.engine.GroupRun;
import io.lambdasim.engine.GroupState;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One scenario's simulation split into function groups, as it travels to the executors: the
 * scenario's settings (the driver's, as given), the folder its relative paths resolve against, and
 * the number of groups. On an executor, {@link #group} simulates one group ({@link GroupRun}) with
 * exactly the driver's configuration ({@link ScenarioRunner#prepare}) and keeps it in this JVM for
 * the end of the run (the driver's rounds past the end of the trace, then the close).
 *
 * <p>A group kept here is a cache, never the only copy: a task that does not find its group (run
 * on another executor, or after a lost one) simulates it again from the trace and replays the
 * bounds the driver sent so far; the simulation is deterministic, so the state is the same.
 */
record GroupJob(String runId, LinkedHashMap<String, String> settings, String baseDir, int groups) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The groups this executor JVM holds, by run id and group. */
    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();

    /** What the first pass sends back: the trace log; group 0 adds the grouping and the trace report. */
    record FirstPass(int group, boolean empty, GroupLog traceLog, GroupState state, int[] groupOf, TraceReport report)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A group's state and its log since the end of the trace, after an advance. */
    record Advanced(int group, GroupState state, GroupLog endLog) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final class Held {
        final GroupRun run;
        final TraceReport report;
        int applied;
        GroupEnd end;

        Held(GroupRun run, TraceReport report) {
            this.run = run;
            this.report = report;
        }
    }

    /** The scenario's options, read from its settings as the driver reads them. */
    static ScenarioOptions options(Map<String, String> settings, Path baseDir) {
        ScenarioOptions.Builder b = ScenarioOptions.builder().baseDir(baseDir);
        settings.forEach(b::set);
        return b.build();
    }

    FirstPass first(int group) {
        Held h = simulate(group);
        HELD.put(key(group), h);
        return new FirstPass(group, h.run.empty(), h.run.traceLog(), h.run.state(), group == 0 ? h.run.groupOf() : null,
                group == 0 ? h.report : null);
    }

    /** Advances {@code group} to the last of {@code bounds} (each {time, kind}), replaying the earlier ones if it was lost. */
    Advanced advance(int group, List<long[]> bounds) {
        Held h = held(group, bounds);
        return new Advanced(group, h.run.state(), h.run.endLog());
    }

    GroupEnd close(int group, List<long[]> bounds, long horizon) {
        Held h = held(group, bounds);
        synchronized (h) {
            if (h.end == null) { // a retried close returns the first one's figures (closing twice would count twice)
                h.end = h.run.close(horizon);
            }
            return h.end;
        }
    }

    void release(int group) {
        HELD.remove(key(group));
    }

    private Held held(int group, List<long[]> bounds) {
        Held h = HELD.computeIfAbsent(key(group), k -> simulate(group));
        synchronized (h) {
            for (; h.applied < bounds.size(); h.applied++) {
                long[] b = bounds.get(h.applied);
                h.run.advanceTo(b[0], (int) b[1]);
            }
        }
        return h;
    }

    private String key(int group) {
        return runId + ":" + group;
    }

    private Held simulate(int group) {
        Map<String, String> local = HadoopInputs.localize(settings, baseDir);
        ScenarioOptions o = options(local, Path.of(HadoopInputs.isRemote(baseDir) ? System.getProperty("java.io.tmpdir") : baseDir));
        ScenarioRunner.Prepared p = new ScenarioRunner().prepare(o);
        try (InvocationCursor cursor = p.options().source().open()) {
            GroupRun run = GroupRun.simulate(cursor, p.config(), groups, group);
            return new Held(run, cursor.report());
        }
    }
}
