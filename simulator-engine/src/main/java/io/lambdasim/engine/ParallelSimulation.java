package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.util.ArrayList;
import java.util.Arrays;
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
 * contention: the groups' states cannot be joined into one run's state).
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
    static String coupling(SimulationConfig cfg) {
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
                return new Outcome(merged, cursor.report(), attempt.empty ? Mode.SINGLE : Mode.PARALLEL, attempt.reason);
            }
            reason = attempt.reason;
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

    /** One group of functions: its own simulation, log and name table (the trace's ids). */
    private final class Group {
        final FunctionTable names = new FunctionTable();
        final Simulation sim = new Simulation(cfg, ProgressListener.NONE);
        final GroupLog log = new GroupLog(cfg.timelineBucketUs() > 0);
        final WindowCursor[] windows = {new WindowCursor(names), new WindowCursor(names)};
        long rows;
        /** Last window: false once the group fell idle after the end of the trace. */
        boolean paused;

        Group() {
            sim.logTo(log);
        }

        /**
         * An error (out of memory) in this group's window, or null. Why kept here rather than left
         * to the future: an OutOfMemoryError that escapes the task can strike again while the pool
         * records it, and a future never completed leaves the caller waiting for ever. Catching it
         * here frees the window's stack, and the task then ends normally without allocating.
         */
        volatile Error failure;

        void run(WindowCursor w) {
            try {
                for (String name : w.newNames) {
                    names.intern(name);
                }
                sim.begin(w);
                paused = sim.loop();
            } catch (Error e) {
                failure = e;
            }
        }

        /** Position (time, kind) of the last event handled, as one comparable pair. */
        boolean after(long timeUs, int kind) {
            return sim.lastEventUs() > timeUs || (sim.lastEventUs() == timeUs && sim.lastEventKind() > kind);
        }

        boolean at(long timeUs, int kind) {
            return sim.lastEventUs() == timeUs && sim.lastEventKind() == kind;
        }
    }

    /** One parallel attempt over a cursor. */
    private final class Attempt {
        private final InvocationCursor cursor;
        private final ExecutorService pool;
        private final Group[] groups = new Group[jobs];
        private final GroupLog[] logs = new GroupLog[jobs];
        /** Group of each function id (-1: not seen yet). */
        private int[] groupOf = new int[256];
        private final FunctionTable trace;
        private int namesSent;
        private boolean hasRow;
        private long lastStartUs = Long.MIN_VALUE;
        private long rowsRead;
        boolean empty;
        String reason;

        Attempt(InvocationCursor cursor, ExecutorService pool) {
            this.cursor = cursor;
            this.pool = pool;
            this.trace = cursor.functions();
            for (int g = 0; g < jobs; g++) {
                groups[g] = new Group();
                logs[g] = groups[g].log;
            }
            Arrays.fill(groupOf, -1);
        }

        /** The merged result, or null (then {@link #reason} says why the coupled run must decide). */
        SimulationResult run() {
            hasRow = cursor.next();
            if (!hasRow) {
                empty = true;
                reason = "empty trace";
                WindowCursor none = new WindowCursor(trace);
                return new Simulation(cfg, listener).run(none);
            }
            TimelineRecorder timeline = cfg.timelineBucketUs() > 0 ? new TimelineRecorder(cfg.timelineBucketUs()) : null;
            ConcurrencyMerger merger = new ConcurrencyMerger(jobs, cfg.accountConcurrency(), timeline);
            int current = 0;
            boolean last = fill(current);
            while (true) {
                List<Future<?>> running = submit(current);
                boolean nextLast = last || fill(1 - current);
                if (!await(running)) {
                    return null;
                }
                if (last) {
                    break; // the final window's logs are merged after the groups' last events (below)
                }
                merger.merge(logs);
                if (merger.contention()) {
                    reason = "the summed concurrency reached the account limit of " + cfg.accountConcurrency();
                    return null;
                }
                listener.onProgress(rowsRead, lastStartUs);
                if (listener.isCancelled()) {
                    throw new CancellationException("simulation cancelled after " + rowsRead + " invocations");
                }
                current = 1 - current;
                last = nextLast;
            }
            try {
                if (!stopTogether()) {
                    return null;
                }
            } catch (RuntimeException e) {
                reason = "a group failed: " + e;
                return null;
            }
            merger.merge(logs);
            if (merger.contention()) {
                reason = "the summed concurrency reached the account limit of " + cfg.accountConcurrency();
                return null;
            }
            long allocated = 0;
            for (Group g : groups) {
                allocated += g.sim.allocated();
            }
            if (allocated > cfg.accountConcurrency() - Limits.MIN_UNRESERVED) {
                reason = "reserved and provisioned concurrency above what the account allows";
                return null;
            }
            if (!merger.exact()) {
                reason = "groups' events tied at a peak, in an order only the coupled run knows";
                return null;
            }
            return result(merger, timeline);
        }

        /**
         * Reads the next window into buffer set {@code set}; true when the trace ended in it.
         * Windows end between two distinct start times, so no group's arrivals at one instant are
         * split across windows.
         */
        private boolean fill(int set) {
            for (Group g : groups) {
                g.windows[set].clear();
            }
            List<String> newNames = groups[0].windows[set].newNames;
            int n = 0;
            while (hasRow) {
                long t = cursor.startUs();
                if (n >= WINDOW_ROWS && t > lastStartUs) {
                    for (Group g : groups) {
                        g.windows[set].mark(WindowCursor.PAUSE, t);
                    }
                    return false;
                }
                int id = cursor.functionId();
                if (id >= namesSent) {
                    for (; namesSent < trace.size(); namesSent++) {
                        newNames.add(trace.name(namesSent));
                    }
                }
                groups[groupOf(id)].windows[set].add(cursor);
                n++;
                rowsRead++;
                lastStartUs = t;
                hasRow = cursor.next();
            }
            for (Group g : groups) {
                g.windows[set].mark(WindowCursor.END, lastStartUs);
            }
            return true;
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
                for (int i = 1; i < jobs; i++) {
                    if (groups[i].rows < groups[g].rows) {
                        g = i;
                    }
                }
                groupOf[id] = g;
            }
            groups[g].rows++;
            return g;
        }

        private List<Future<?>> submit(int set) {
            List<String> newNames = groups[0].windows[set].newNames;
            List<Future<?>> futures = new ArrayList<>(jobs);
            for (Group g : groups) {
                WindowCursor w = g.windows[set];
                if (w != groups[0].windows[set]) {
                    w.newNames.clear();
                    w.newNames.addAll(newNames);
                }
                futures.add(pool.submit(() -> g.run(w)));
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
            for (Group g : groups) {
                Error e = g.failure;
                if (e != null) {
                    throw e; // out of memory in a group: the caller reports it in one line
                }
            }
            if (failed != null) {
                reason = "a group failed: " + failed;
                return false;
            }
            return true;
        }

        /**
         * After the trace: the coupled run stops once every group is idle, at the last group's
         * last event. Each other group handles its events before that point; one made busy again
         * (a warmer ping) runs on to a later point, and the rounds repeat. False on a tie at the
         * stopping point (the coupled order there is unknown).
         */
        private boolean stopTogether() {
            for (Group g : groups) {
                if (g.paused) {
                    throw new IllegalStateException("a group did not reach the end of the trace");
                }
            }
            long stopUs;
            int stopKind;
            while (true) {
                Group lastOne = groups[0];
                for (Group g : groups) {
                    if (g.after(lastOne.sim.lastEventUs(), lastOne.sim.lastEventKind())) {
                        lastOne = g;
                    }
                }
                stopUs = lastOne.sim.lastEventUs();
                stopKind = lastOne.sim.lastEventKind();
                boolean moved = false;
                for (Group g : groups) {
                    if (!g.at(stopUs, stopKind)) {
                        g.sim.advanceTo(stopUs, stopKind);
                        moved |= g.after(stopUs, stopKind);
                    }
                }
                if (!moved) {
                    break;
                }
            }
            int owners = 0;
            for (Group g : groups) {
                if (g.at(stopUs, stopKind)) {
                    owners++;
                }
            }
            for (Group g : groups) {
                if (g.at(stopUs, stopKind)) {
                    if (owners > 1) {
                        g.sim.advanceTo(stopUs, stopKind);
                        if (g.sim.boundTied()) {
                            reason = "groups' last events tied at the end of the run";
                            return false;
                        }
                    }
                } else if (g.sim.boundTied()) {
                    reason = "groups' last events tied at the end of the run";
                    return false;
                }
            }
            this.stopUs = stopUs;
            return true;
        }

        private long stopUs;

        private SimulationResult result(ConcurrencyMerger merger, TimelineRecorder timeline) {
            long horizon = stopUs;
            for (Group g : groups) {
                horizon = Math.max(horizon, g.sim.lastActivityUs());
            }
            List<List<UsageStats>> parts = new ArrayList<>(jobs);
            Histogram latency = new Histogram(3);
            Histogram queueAge = new Histogram(3);
            for (Group g : groups) {
                parts.add(g.sim.close(horizon));
                latency.add(g.sim.latencyHistogram());
                queueAge.add(g.sim.queueAgeHistogram());
                if (timeline != null) {
                    timeline.addCounters(g.sim.timelineRecorder());
                }
            }
            // Functions in id order, as the coupled run lists them: each group's list is in id order.
            List<UsageStats> stats = new ArrayList<>();
            int[] next = new int[jobs];
            for (int id = 0; id < groupOf.length; id++) {
                int g = groupOf[id];
                if (g >= 0) {
                    stats.add(parts.get(g).get(next[g]++));
                }
            }
            UsageStats total = UsageStats.total(stats, horizon, merger.peakAlive(), merger.peakInflight(),
                    LatencySummary.of(latency), LatencySummary.of(queueAge));
            return new SimulationResult(total, stats, horizon, latency, timeline == null ? null : timeline.finish(horizon), cfg);
        }
    }
}
