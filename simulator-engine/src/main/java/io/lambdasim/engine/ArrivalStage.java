package io.lambdasim.engine;

/**
 * What happens to an arrival between the trace and the pool: the seam where an event source sits.
 * The simulation hands every trace arrival to its function's stage instead of starting it itself;
 * a stage may start it at once ({@link DirectStage}, synchronous calls), keep it and retry it
 * ({@link AsyncStage}, Lambda's internal queue), or gather arrivals into batches that a poller
 * starts later. A stage starts invocations only through {@link Simulation#start}, so every
 * limit, INIT, billing and metric rule applies to them unchanged, and it keeps its own waiting
 * work in primitive tables (nothing allocated per arrival).
 *
 * <p>Contract: on {@link #arrive} the run's {@link Attempt} describes the arrival; a stage that
 * holds work past the call counts it with {@link Simulation#hold} (the run does not end while
 * anything is held) and wakes itself with {@link EventKind#RETRY} or {@link EventKind#SOURCE} events.
 */
interface ArrivalStage {

    /** An arrival for {@code f}, described by the run's attempt registers, at the current time. */
    void arrive(FunctionState f);

    /** A {@link EventKind#SOURCE} event of {@code f} fired (stages that schedule none ignore it). */
    default void timer(FunctionState f) {
    }

    /**
     * An invocation of {@code f} ended at the current time. Called only for functions with an
     * explicit event source, so stages that pace themselves by their running invocations (pollers)
     * can start the next batch; the direct path never pays for it.
     */
    default void completed(FunctionState f) {
    }

    /** The run ended: a stage that counts on its own (per-invocation counters kept off the function's cold record) folds its counts into {@code f}. */
    default void finish(FunctionState f) {
    }
}
