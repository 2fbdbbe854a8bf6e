package io.lambdasim.reports.batch;

/** Hears about a batch as it runs; called from worker threads, so implementations synchronise. */
public interface BatchProgress {

    /** The batch begins with {@code total} scenarios. */
    default void begin(int total) {
    }

    default void started(Scenario s) {
    }

    /** {@code fraction} of {@code s} done, 0..1. */
    default void advanced(Scenario s, double fraction) {
    }

    /** {@code s} finished (or failed); {@code done} of {@code total} scenarios are finished. */
    default void finished(Scenario s, ScenarioRecord r, int done, int total, long elapsedMs) {
    }

    /** The batch is over (all finished, or interrupted). */
    default void close() {
    }

    BatchProgress NONE = new BatchProgress() {
    };
}
