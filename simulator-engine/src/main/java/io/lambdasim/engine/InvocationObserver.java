package io.lambdasim.engine;

/**
 * Hears about every trace invocation the engine starts, with the environment it ran on: what a
 * CloudWatch log would have recorded (the log stream is one execution environment). Used to write
 * ground-truth logs from a known configuration, so that calibration can be checked against it.
 *
 * <p>Called on the simulating thread from the hot path, once per started invocation (not for
 * warmer pings or throttled attempts): implementations must be quick and should not allocate. An
 * environment is named by its handle, which the engine reuses once the environment is destroyed;
 * a cold start ({@code cold}) always begins a new environment on that handle, and
 * {@code environmentCreatedUs} tells lifetimes of one handle apart for environments created
 * without a cold start (provisioned concurrency, pre-warming).
 */
public interface InvocationObserver {

    /** Observes nothing. */
    InvocationObserver NONE = (function, environment, environmentCreatedUs, startUs, initUs, endUs, cold) -> { };

    /**
     * @param function             the dense function id of the trace
     * @param environment          handle of the environment that ran it
     * @param environmentCreatedUs when that environment was created
     * @param startUs              when the invocation started (its arrival, or its retry)
     * @param initUs               INIT it ran before the handler (0 on a warm start)
     * @param endUs                when it ended (start + INIT + handler, cut at the timeout)
     * @param cold                 whether it started a new environment
     */
    void onStart(int function, int environment, long environmentCreatedUs, long startUs, long initUs, long endUs,
                 boolean cold);
}
