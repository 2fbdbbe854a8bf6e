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
        return new Simulation(config, listener).run(cursor);
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
}
