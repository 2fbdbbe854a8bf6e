package io.lambdasim.engine;

/**
 * Hears about a run's progress (every 65,536 trace invocations) and may cancel it; called on the
 * simulating thread, so implementations must be quick. A cancelled run throws
 * {@link java.util.concurrent.CancellationException}.
 */
public interface ProgressListener {

    ProgressListener NONE = (invocations, simulatedUs) -> { };

    void onProgress(long invocations, long simulatedUs);

    default boolean isCancelled() {
        return false;
    }
}
