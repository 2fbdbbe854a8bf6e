package io.lambdasim.engine;

import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/**
 * The engine's entry point: replays a time-ordered invocation stream through a modelled Lambda
 * pool and measures usage (never prices).
 *
 * <pre>{@code
 * SimulationResult r = Simulator.run(cursor, SimulationConfig.builder().keepAlive(KeepAlive.parse("fixed:10m")).build());
 * r.total().coldStartRatio();
 * }</pre>
 *
 * <p>Deterministic: the same cursor contents, configuration and seed give the same result on any
 * machine. Single-threaded per run; runs are independent, so callers parallelise across runs. The
 * cursor is read to its end but not closed (its owner closes it).
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * Bytes of heap a run keeps per distinct function, besides the reader's (its name, its table):
     * {@code FunctionState} with its cold counters, deques and random stream, the function's
     * {@link UsageStats} in the result and what the scenario layer keeps beside them, plus the
     * per-function latency histogram when the run keeps one. Measured (benchmarks/RESULTS.md, "Heap
     * per function"); readers use it to refuse, up front, a trace with more functions than the heap
     * holds ({@code io.lambdasim.traces.FunctionBudget}).
     */
    public static int stateBytesPerFunction(SimulationConfig config) {
        return STATE_BYTES + (config.perFunctionPercentiles() ? LatencyBuckets.SIZE * Integer.BYTES + 16 : 0);
    }

    /**
     * The state per function without a latency histogram. Measured: {@code simulate} needs about
     * 4,100 B per function (smallest -Xmx for 10,000 and 40,000 functions: 47 and 170 MB), of which
     * 240 B are the reader's and 1,968 B the histogram; rounded up.
     */
    static final int STATE_BYTES = 2000;

    public static SimulationResult run(InvocationCursor cursor, SimulationConfig config) {
        return run(cursor, config, ProgressListener.NONE);
    }

    /**
     * @throws java.util.concurrent.CancellationException when {@code listener} cancels the run
     * @throws io.lambdasim.traces.TraceException         when the cursor meets a malformed row
     * @throws IllegalArgumentException                   when the configuration cannot apply to the trace
     *                                                    (e.g. reservations above the account limit)
     */
    public static SimulationResult run(InvocationCursor cursor, SimulationConfig config, ProgressListener listener) {
        return new Simulation(config, listener, InvocationObserver.NONE).run(cursor);
    }

    /** As {@link #run(InvocationCursor, SimulationConfig, ProgressListener)}, telling {@code observer} where each invocation ran. */
    public static SimulationResult run(InvocationCursor cursor, SimulationConfig config, ProgressListener listener,
                                       InvocationObserver observer) {
        return new Simulation(config, listener, observer).run(cursor);
    }

    /**
     * Runs on up to {@code jobs} threads, disjoint groups of functions each, with the result of
     * {@link #run(InvocationCursor, SimulationConfig, ProgressListener)} byte for byte: when the
     * groups may have interacted (account concurrency all taken, ...) the single-threaded simulation
     * runs again from the start on {@code reopen}'s cursor (which this method closes). See
     * {@link ParallelSimulation}.
     *
     * @param jobs   threads (1: single-threaded, as the three-argument form)
     * @param reopen opens the same workload again, for the rerun
     */
    public static ParallelSimulation.Outcome run(InvocationCursor cursor, SimulationConfig config, ProgressListener listener,
                                                 int jobs, Supplier<InvocationCursor> reopen) {
        return new ParallelSimulation(config, listener, jobs).run(cursor, reopen);
    }

    /**
     * As {@link #run(InvocationCursor, SimulationConfig, ProgressListener)}, streaming the timeline
     * (when the config asks for one) bucket by bucket to {@code timeline} instead of keeping it:
     * memory does not grow with the horizon, and the result's {@code timeline()} is null.
     */
    public static SimulationResult run(InvocationCursor cursor, SimulationConfig config, ProgressListener listener,
                                       TimelineSink timeline) {
        return new Simulation(config, listener, timeline).run(cursor);
    }
}
