package io.lambdasim.spark;

import io.lambdasim.engine.GroupEnd;
import io.lambdasim.engine.GroupLog;
import io.lambdasim.engine.GroupSet;
import io.lambdasim.engine.GroupState;
import io.lambdasim.engine.ParallelSimulation;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.Simulator;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One huge scenario on Spark: the function groups of the exact parallel simulation
 * ({@code --jobs}) become Spark tasks, with the engine's own grouping, merge and fallback. Each
 * task reads the whole trace (a local path or any Hadoop-compatible URI, copied to the executor),
 * keeps its group's functions and simulates them to the end of the trace ({@link GroupJob}); the
 * driver merges the groups' logs with {@link ParallelSimulation#merge}, which asks this
 * {@link GroupSet} (a small Spark job each time) to take the groups past the end of the trace and
 * to close them; when the summed concurrency reached the account limit (or the groups may
 * otherwise have interacted, or a group failed) the driver runs the coupled simulation itself,
 * from the start, as {@code --jobs} does. The result is the single-threaded one byte for byte.
 *
 * <p>The scenario's first simulation runs on Spark; further ones the same runner asks for (the
 * uncertainty ranges' reruns, with changed settings) run on the driver's threads.
 */
final class SparkSimulation implements ScenarioRunner.Engine {

    private final JavaSparkContext spark;
    private final LinkedHashMap<String, String> settings;
    private final String baseDir;
    private boolean used;
    private ParallelSimulation.Mode lastMode;

    /** {@code settings}: the scenario's, as given (paths may be Hadoop URIs); {@code baseDir} resolves relative ones. */
    SparkSimulation(JavaSparkContext spark, Map<String, String> settings, String baseDir) {
        this.spark = spark;
        this.settings = new LinkedHashMap<>(settings);
        this.baseDir = baseDir;
    }

    /** How the scenario's simulation ran (null before it ran). */
    ParallelSimulation.Mode mode() {
        return lastMode;
    }

    @Override
    public ParallelSimulation.Outcome run(ScenarioRunner.Prepared prepared, InvocationCursor cursor, ProgressListener listener,
                                          int jobs, Supplier<InvocationCursor> reopen) {
        if (used) {
            return Simulator.run(cursor, prepared.config(), listener, jobs, reopen);
        }
        used = true;
        ParallelSimulation.Outcome o = distributed(prepared, cursor, listener, jobs, reopen);
        lastMode = o.mode();
        return o;
    }

    private ParallelSimulation.Outcome distributed(ScenarioRunner.Prepared prepared, InvocationCursor cursor,
                                                   ProgressListener listener, int jobs, Supplier<InvocationCursor> reopen) {
        if (jobs == 1 || ParallelSimulation.coupling(prepared.config()) != null) {
            return Simulator.run(cursor, prepared.config(), listener, 1, reopen); // one job, or coupled: on the driver
        }
        GroupJob job = new GroupJob(UUID.randomUUID().toString(), settings, baseDir, jobs);
        List<Integer> groups = IntStream.range(0, jobs).boxed().toList();
        try {
            List<GroupJob.FirstPass> first;
            try {
                first = new ArrayList<>(spark.parallelize(groups, jobs).map(job::first).collect());
            } catch (RuntimeException e) {
                // A group failed (a bad setting met at a function's first invocation, a malformed
                // row): the coupled run fails, or not, as the single-threaded one does.
                if (!isSparkFailure(e)) {
                    throw e;
                }
                return coupled(prepared, listener, reopen, "a group failed: " + e.getMessage());
            }
            first.sort(java.util.Comparator.comparingInt(GroupJob.FirstPass::group));
            GroupJob.FirstPass zero = first.get(0);
            if (zero.empty()) {
                return Simulator.run(cursor, prepared.config(), listener, 1, reopen);
            }
            GroupLog[] logs = new GroupLog[jobs];
            GroupState[] states = new GroupState[jobs];
            for (GroupJob.FirstPass f : first) {
                logs[f.group()] = f.traceLog();
                states[f.group()] = f.state();
            }
            return ParallelSimulation.merge(prepared.config(), logs, zero.groupOf(), zero.report(),
                    new Groups(job, states), reopen, listener);
        } finally {
            try {
                spark.parallelize(groups, jobs).foreach(job::release); // best effort: an executor's JVM may be gone
            } catch (RuntimeException ignored) {
                // the held groups are a cache; a lost release costs memory on that executor only
            }
        }
    }

    private static boolean isSparkFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparkException || t.getClass().getName().startsWith("org.apache.spark.")) {
                return true;
            }
        }
        return false;
    }

    private static ParallelSimulation.Outcome coupled(ScenarioRunner.Prepared prepared, ProgressListener listener,
                                                      Supplier<InvocationCursor> reopen, String reason) {
        try (InvocationCursor again = reopen.get()) {
            ParallelSimulation.Outcome o = Simulator.run(again, prepared.config(), listener, 1, reopen);
            return new ParallelSimulation.Outcome(o.result(), o.report(), ParallelSimulation.Mode.FALLBACK, reason);
        }
    }

    /** The groups in the executors, as {@link ParallelSimulation#merge} drives them. */
    private final class Groups implements GroupSet {
        private final GroupJob job;
        private final GroupState[] states;
        private final GroupLog[] endLogs;
        /** Bounds sent to each group so far, in order (a group simulated again replays them). */
        private final List<List<long[]>> bounds = new ArrayList<>();

        Groups(GroupJob job, GroupState[] states) {
            this.job = job;
            this.states = states;
            this.endLogs = new GroupLog[states.length];
            for (int g = 0; g < states.length; g++) {
                bounds.add(new ArrayList<>());
            }
        }

        @Override
        public int size() {
            return states.length;
        }

        @Override
        public GroupState state(int g) {
            return states[g];
        }

        @Override
        public void advance(boolean[] which, long timeUs, int kind) {
            List<Integer> chosen = new ArrayList<>();
            for (int g = 0; g < which.length; g++) {
                if (which[g]) {
                    bounds.get(g).add(new long[] {timeUs, kind});
                    chosen.add(g);
                }
            }
            for (GroupJob.Advanced a : advanced(chosen)) {
                states[a.group()] = a.state();
                endLogs[a.group()] = a.endLog();
            }
        }

        /** Runs {@code groups} to their last bound (a Spark job): their states and logs since the end of the trace. */
        private List<GroupJob.Advanced> advanced(List<Integer> groups) {
            if (groups.isEmpty()) {
                return List.of();
            }
            GroupJob j = job;
            Map<Integer, List<long[]>> sent = new LinkedHashMap<>();
            groups.forEach(g -> sent.put(g, new ArrayList<>(bounds.get(g))));
            return spark.parallelize(groups, groups.size()).map(g -> j.advance(g, sent.get(g))).collect();
        }

        @Override
        public GroupLog[] logs() {
            GroupLog[] out = new GroupLog[states.length];
            List<Integer> missing = new ArrayList<>();
            for (int g = 0; g < out.length; g++) {
                if (endLogs[g] == null) {
                    missing.add(g); // never advanced: its log since the end of the trace, asked once
                }
            }
            for (GroupJob.Advanced a : advanced(missing)) {
                endLogs[a.group()] = a.endLog();
            }
            System.arraycopy(endLogs, 0, out, 0, out.length);
            return out;
        }

        @Override
        public GroupEnd[] close(long horizon) {
            GroupJob j = job;
            Map<Integer, List<long[]>> sent = new LinkedHashMap<>();
            List<Integer> all = new ArrayList<>();
            for (int g = 0; g < states.length; g++) {
                all.add(g);
                sent.put(g, new ArrayList<>(bounds.get(g)));
            }
            GroupEnd[] ends = new GroupEnd[states.length];
            List<GroupEnd> collected = spark.parallelize(all, all.size()).map(g -> j.close(g, sent.get(g), horizon)).collect();
            for (int g = 0; g < ends.length; g++) {
                ends[g] = collected.get(g); // collect keeps partition order: partition g holds group g
            }
            return ends;
        }
    }
}
