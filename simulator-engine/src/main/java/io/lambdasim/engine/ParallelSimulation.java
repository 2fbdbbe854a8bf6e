package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Exact parallel simulation: disjoint groups of functions simulated on separate threads, merged
 * into the single-threaded (coupled) result byte for byte, or, when the groups may have interacted,
 * the coupled simulation run again.
 *
 * <h2>What couples functions in the engine (each is handled or forces the coupled run)</h2>
 * <ul>
 *   <li><b>Account concurrency</b> ({@link Limits#admits}): unreserved functions share the account
 *       limit less reservations and enabled provisioned concurrency. Each group logs its
 *       {@link Limits#claim}; the {@link ConcurrencyMerger} adds them up in event order. If the sum
 *       ever reaches the limit (or may have, at a tie of equal times) nothing proves the groups'
 *       admissions equal the coupled ones: <b>coupled rerun</b>.</li>
 *   <li><b>AWS keeps 100 unreserved</b> ({@link Limits#register}): an error in the coupled run when
 *       the allocations of all functions seen so far exceed the limit less 100. Allocations only
 *       grow, so the groups' final sum decides: above it, <b>coupled rerun</b> (which reports the error
 *       the single-threaded run reports).</li>
 *   <li><b>Legacy scaling</b> ({@link ScalingRule#legacy}): one account-wide token bucket on new
 *       environments: <b>coupled run</b> from the start. The standard rule is per function: fine.</li>
 *   <li><b>Random numbers</b>: each function draws from its own stream ({@link FunctionState#random});
 *       there is no run-wide stream any more (it made every function's draws depend on all the others).</li>
 *   <li><b>The end of the trace</b>: provisioned-concurrency and warmer timers stop being re-armed
 *       once the last arrival of the whole trace is behind, and the run stops when, after it, nothing
 *       runs or waits in any group. Groups get the trace's last start ({@link WindowCursor#END}); an
 *       idle group then handles its own events up to the point where the last group fell idle
 *       (rounds, since a warmer ping may make a group busy again). A tie at that exact point:
 *       <b>coupled rerun</b>.</li>
 *   <li><b>The horizon</b> (the last event or invocation end of the whole run): environments alive
 *       at the end count until then. Groups are closed with the run's horizon, not their own.</li>
 *   <li><b>Run-wide figures</b>: peak concurrency and peak live environments (and the timeline's
 *       per-bucket peaks) are maxima of sums: merged in event order by the {@link ConcurrencyMerger}
 *       (an unsettled tie above the maximum: <b>coupled rerun</b>). Latency and queue-age histograms,
 *       timeline counters and integrals are sums. Per-function figures are the groups' own.</li>
 *   <li>Per-function reserved concurrency, the standard scaling rule, keep-alive policies (state per
 *       function id), event sources (a stage per function; the async, SQS and stream tables only hold
 *       slots), provisioned schedules: per function, no coupling. EC2 fleets and Lambda Managed
 *       Instances are separate replays of the trace (scenario extensions), not part of this run.</li>
 *   <li>An exception in a group (a bad setting met at a function's first invocation, the trace going
 *       back in time): <b>coupled rerun</b>, which fails the way the single-threaded run fails. An
 *       error reading the trace stops the run with the reader's message (it is read once, here).</li>
 * </ul>
 * The coupled rerun is a full rerun from the start of the trace (not from the point of first
 * contention: the groups' states cannot be joined into one run's state; docs/simulate.md says why).
 *
 * <h2>Where the groups run</h2>
 * Here, on threads, window by window. In spark-runner each group is a Spark task
 * ({@link GroupRun}: the same {@link WindowSplitter}, so the same groups and windows) and the driver
 * merges the groups' whole logs at once ({@link #merge}); both end the run through one
 * {@link #finish} over a {@link GroupSet}.
 *
 * <h2>Streaming: one reader pass, demultiplexed by windows</h2>
 * The trace is read once, on the calling thread (behind the pipelined reader's own thread), and
 * cut into windows of about {@value #WINDOW_ROWS} invocations, always between two distinct start
 * times; each window's rows go to their function's group. Groups simulate a window in parallel up
 * to its end and pause; their logs are merged, then the next window runs, while the calling
 * thread reads the window after it (two sets of buffers). Why windows and not one long-running
 * queue per group: the merge needs every group's counts up to a time before it may add them, and
 * a group only knows its next arrival once the reader has reached it; free-running groups behind
 * bounded queues deadlock (a group waiting for input, the reader blocked on another group's full
 * queue, that group blocked on a full log). A window bounds everything: memory is functions, live
 * environments and two windows of rows and logs, whatever the trace's length. One pass per group
 * over a binary cache would read the trace as many times as there are groups, and not work for
 * text traces or generators.
 */
public final class ParallelSimulation {

    /** Invocations per window: large enough that a hand-off costs nothing per invocation, small enough to stay in cache. */
    static final int WINDOW_ROWS = 1 << 15;

    /** How a run was simulated. */
    public enum Mode {
        /** On one thread from the start (one job, a coupling such as the legacy scaling rule, or an empty trace). */
        SINGLE,
        /** In groups, merged: the groups never interacted. */
        PARALLEL,
        /** In groups first, then (contention, a tie, an error in a group) the coupled simulation again from the start. */
        FALLBACK
    }

    /** A run's result, the report of the cursor that was read to its end, and how it was simulated. */
    public record Outcome(SimulationResult result, TraceReport report, Mode mode, String reason) {
    }

    private final SimulationConfig cfg;
    private final ProgressListener listener;
    private final int jobs;

    ParallelSimulation(SimulationConfig cfg, ProgressListener listener, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs " + jobs + " must be at least 1");
        }
        this.cfg = cfg;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.jobs = jobs;
    }

    /** Why {@code cfg} forces the coupled run from the start, or null. */
    public static String coupling(SimulationConfig cfg) {
        if (!cfg.scaling().perFunction()) {
            return "the legacy scaling rule is one account-wide burst";
        }
        return null;
    }

    Outcome run(InvocationCursor cursor, Supplier<InvocationCursor> reopen) {
        String coupled = jobs == 1 ? "one job" : coupling(cfg);
        if (coupled != null) {
            return new Outcome(new Simulation(cfg, listener).run(cursor), cursor.report(), Mode.SINGLE, coupled);
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        String reason;
        try {
            Attempt attempt = new Attempt(cursor, pool);
            SimulationResult merged = attempt.run();
            if (merged != null) {
                return new Outcome(merged, cursor.report(), attempt.empty ? Mode.SINGLE : Mode.PARALLEL, attempt.reason[0]);
            }
            reason = attempt.reason[0];
        } finally {
            pool.shutdownNow();
        }
        try (InvocationCursor again = reopen.get()) {
            return new Outcome(new Simulation(cfg, listener).run(again), again.report(), Mode.FALLBACK, reason);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lambdasim-group-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final String CONTENTION = "the summed concurrency reached the account limit of ";

    /**
     * The driver's side of a run whose groups ran elsewhere (Spark tasks, each a {@link GroupRun}):
     * merges their trace logs in event order, ends the run over {@code groups} and returns the
     * merged result, or, when the groups may have interacted, the coupled simulation run again on
     * {@code reopen}'s cursor (which this method closes): the outcome of
     * {@link Simulator#run(InvocationCursor, SimulationConfig, ProgressListener, int, Supplier)}, byte for byte.
     *
     * @param traceLogs each group's {@link GroupRun#traceLog}, in group order
     * @param groupOf   {@link GroupRun#groupOf} (the same from every group)
     * @param report    the trace report of a cursor read to its end
     */
    public static Outcome merge(SimulationConfig cfg, GroupLog[] traceLogs, int[] groupOf, TraceReport report, GroupSet groups,
                                Supplier<InvocationCursor> reopen, ProgressListener listener) {
        if (traceLogs.length != groups.size()) {
            throw new IllegalArgumentException(traceLogs.length + " logs for " + groups.size() + " groups");
        }
        TimelineRecorder timeline = cfg.timelineBucketUs() > 0 ? new TimelineRecorder(cfg.timelineBucketUs()) : null;
        ConcurrencyMerger merger = new ConcurrencyMerger(groups.size(), cfg.accountConcurrency(), timeline);
        merger.merge(traceLogs);
        String[] reason = new String[1];
        SimulationResult merged = null;
        if (merger.contention()) {
            reason[0] = CONTENTION + cfg.accountConcurrency();
        } else {
            merged = finish(groups, merger, timeline, groupOf, cfg, reason);
        }
        if (merged != null) {
            return new Outcome(merged, report, Mode.PARALLEL, reason[0]);
        }
        try (InvocationCursor again = reopen.get()) {
            return new Outcome(new Simulation(cfg, listener).run(again), again.report(), Mode.FALLBACK, reason[0]);
        }
    }

    /**
     * The end of a parallel run whose trace logs are merged: the groups stop together, their last
     * logs are merged, the checks that the coupled run would have given the same figures, and the
     * merged result; null (with {@code reason[0]} saying why) when the coupled run must decide.
     */
    static SimulationResult finish(GroupSet groups, ConcurrencyMerger merger, TimelineRecorder timeline, int[] groupOf,
                                   SimulationConfig cfg, String[] reason) {
        long stopUs;
        try {
            stopUs = stopTogether(groups, reason);
        } catch (RuntimeException e) {
            reason[0] = "a group failed: " + e;
            return null;
        }
        if (stopUs == Long.MIN_VALUE) {
            return null;
        }
        merger.merge(groups.logs());
        if (merger.contention()) {
            reason[0] = CONTENTION + cfg.accountConcurrency();
            return null;
        }
        long allocated = 0;
        for (int g = 0; g < groups.size(); g++) {
            allocated += groups.state(g).allocated();
        }
        if (allocated > cfg.accountConcurrency() - Limits.MIN_UNRESERVED) {
            reason[0] = "reserved and provisioned concurrency above what the account allows";
            return null;
        }
        if (!merger.exact()) {
            reason[0] = "groups' events tied at a peak, in an order only the coupled run knows";
            return null;
        }
        return result(groups, merger, timeline, groupOf, cfg, stopUs);
    }

    /**
     * After the trace: the coupled run stops once every group is idle, at the last group's
     * last event. Each other group handles its events before that point; one made busy again
     * (a warmer ping) runs on to a later point, and the rounds repeat. Returns the stopping time,
     * or Long.MIN_VALUE on a tie at the stopping point (the coupled order there is unknown).
     */
    private static long stopTogether(GroupSet groups, String[] reason) {
        int n = groups.size();
        for (int g = 0; g < n; g++) {
            if (groups.state(g).paused()) {
                throw new IllegalStateException("a group did not reach the end of the trace");
            }
        }
        long stopUs;
        int stopKind;
        boolean[] which = new boolean[n];
        while (true) {
            GroupState lastOne = groups.state(0);
            for (int g = 1; g < n; g++) {
                if (groups.state(g).after(lastOne.lastEventUs(), lastOne.lastEventKind())) {
                    lastOne = groups.state(g);
                }
            }
            stopUs = lastOne.lastEventUs();
            stopKind = lastOne.lastEventKind();
            for (int g = 0; g < n; g++) {
                which[g] = !groups.state(g).at(stopUs, stopKind);
            }
            groups.advance(which, stopUs, stopKind);
            boolean moved = false;
            for (int g = 0; g < n; g++) {
                moved |= which[g] && groups.state(g).after(stopUs, stopKind);
            }
            if (!moved) {
                break;
            }
        }
        int owners = 0;
        for (int g = 0; g < n; g++) {
            which[g] = groups.state(g).at(stopUs, stopKind);
            owners += which[g] ? 1 : 0;
        }
        if (owners > 1) {
            groups.advance(which, stopUs, stopKind);
        }
        for (int g = 0; g < n; g++) {
            // A non-owner's flag is from the last round's advance, to this same point.
            if ((owners > 1 || !which[g]) && groups.state(g).boundTied()) {
                reason[0] = "groups' last events tied at the end of the run";
                return Long.MIN_VALUE;
            }
        }
        return stopUs;
    }

    private static SimulationResult result(GroupSet groups, ConcurrencyMerger merger, TimelineRecorder timeline,
                                           int[] groupOf, SimulationConfig cfg, long stopUs) {
        int n = groups.size();
        long horizon = stopUs;
        for (int g = 0; g < n; g++) {
            horizon = Math.max(horizon, groups.state(g).lastActivityUs());
        }
        GroupEnd[] ends = groups.close(horizon);
        Histogram latency = new Histogram(3);
        Histogram queueAge = new Histogram(3);
        for (GroupEnd e : ends) {
            latency.add(e.latency());
            queueAge.add(e.queueAge());
            if (timeline != null) {
                timeline.addCounters(e.timeline());
            }
        }
        // Functions in id order, as the coupled run lists them: each group's list is in id order.
        List<UsageStats> stats = new ArrayList<>();
        int[] next = new int[n];
        for (int g : groupOf) {
            if (g >= 0) {
                stats.add(ends[g].stats().get(next[g]++));
            }
        }
        UsageStats total = UsageStats.total(stats, horizon, merger.peakAlive(), merger.peakInflight(),
                LatencySummary.of(latency), LatencySummary.of(queueAge));
        return new SimulationResult(total, stats, horizon, latency, timeline == null ? null : timeline.finish(horizon), cfg);
    }

    /** One parallel attempt over a cursor, its groups on the pool's threads. */
    private final class Attempt implements GroupSet {
        private final ExecutorService pool;
        private final SimulationGroup[] groups = new SimulationGroup[jobs];
        private final GroupLog[] logs = new GroupLog[jobs];
        /** Two buffer sets: one window simulated while the next is read. */
        private final WindowCursor[][] windows = new WindowCursor[2][jobs];
        @SuppressWarnings("unchecked")
        private final List<String>[] newNames = new List[] {new ArrayList<String>(), new ArrayList<String>()};
        private final WindowSplitter splitter;
        boolean empty;
        final String[] reason = new String[1];

        Attempt(InvocationCursor cursor, ExecutorService pool) {
            this.pool = pool;
            this.splitter = new WindowSplitter(cursor, jobs);
            for (int g = 0; g < jobs; g++) {
                groups[g] = new SimulationGroup(cfg);
                logs[g] = groups[g].log;
                windows[0][g] = groups[g].window();
                windows[1][g] = groups[g].window();
            }
        }

        /** The merged result, or null (then {@link #reason} says why the coupled run must decide). */
        SimulationResult run() {
            if (!splitter.start()) {
                empty = true;
                reason[0] = "empty trace";
                WindowCursor none = new WindowCursor(splitter.trace());
                return new Simulation(cfg, listener).run(none);
            }
            TimelineRecorder timeline = cfg.timelineBucketUs() > 0 ? new TimelineRecorder(cfg.timelineBucketUs()) : null;
            ConcurrencyMerger merger = new ConcurrencyMerger(jobs, cfg.accountConcurrency(), timeline);
            int current = 0;
            boolean last = splitter.fill(windows[current], newNames[current]);
            while (true) {
                List<Future<?>> running = submit(current);
                boolean nextLast = last || splitter.fill(windows[1 - current], newNames[1 - current]);
                if (!await(running)) {
                    return null;
                }
                if (last) {
                    break; // the final window's logs are merged after the groups' last events (finish)
                }
                merger.merge(logs);
                if (merger.contention()) {
                    reason[0] = CONTENTION + cfg.accountConcurrency();
                    return null;
                }
                listener.onProgress(splitter.rowsRead(), splitter.lastStartUs());
                if (listener.isCancelled()) {
                    throw new CancellationException("simulation cancelled after " + splitter.rowsRead() + " invocations");
                }
                current = 1 - current;
                last = nextLast;
            }
            return finish(this, merger, timeline, splitter.groupOf(), cfg, reason);
        }

        private List<Future<?>> submit(int set) {
            List<Future<?>> futures = new ArrayList<>(jobs);
            List<String> names = newNames[set];
            for (int g = 0; g < jobs; g++) {
                SimulationGroup group = groups[g];
                WindowCursor w = windows[set][g];
                futures.add(pool.submit(() -> group.run(w, names)));
            }
            return futures;
        }

        /** Waits for a window's groups; false (with the reason) when one failed. */
        private boolean await(List<Future<?>> futures) {
            RuntimeException failed = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("simulation interrupted");
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    if (failed == null) {
                        failed = (RuntimeException) cause;
                    }
                }
            }
            for (SimulationGroup g : groups) {
                Error e = g.failure;
                if (e != null) {
                    throw e; // out of memory in a group: the caller reports it in one line
                }
            }
            if (failed != null) {
                reason[0] = "a group failed: " + failed;
                return false;
            }
            return true;
        }

        @Override
        public int size() {
            return jobs;
        }

        @Override
        public GroupState state(int g) {
            return groups[g].state();
        }

        @Override
        public void advance(boolean[] which, long timeUs, int kind) {
            for (int g = 0; g < jobs; g++) {
                if (which[g]) {
                    groups[g].sim.advanceTo(timeUs, kind);
                }
            }
        }

        @Override
        public GroupLog[] logs() {
            return logs;
        }

        @Override
        public GroupEnd[] close(long horizon) {
            GroupEnd[] ends = new GroupEnd[jobs];
            for (int g = 0; g < jobs; g++) {
                ends[g] = groups[g].close(horizon);
            }
            return ends;
        }
    }
}
