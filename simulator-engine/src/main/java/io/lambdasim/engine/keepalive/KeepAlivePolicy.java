package io.lambdasim.engine.keepalive;

import java.util.random.RandomGenerator;

/**
 * Decides how long an idle execution environment stays warm. One instance per simulation run (it
 * may learn per-function state, indexed by the dense function id), created by {@link KeepAlive#newPolicy()}.
 *
 * <p>Called on the hot path: implementations allocate nothing per call.
 */
public interface KeepAlivePolicy {

    /** Returned by {@link #keepAliveUs} for "keep forever". */
    long FOREVER = Long.MAX_VALUE;
    /** Returned by {@link #prewarmDelayUs} when the policy does not pre-warm. */
    long NO_PREWARM = -1;

    /**
     * How long an environment of {@code function} that becomes idle at {@code nowUs} stays warm
     * before it is reclaimed: 0 reclaims it at once, {@link #FOREVER} never.
     */
    long keepAliveUs(int function, long nowUs, RandomGenerator random);

    /**
     * For pre-warming policies: after the last environment of {@code function} is unloaded at
     * {@code nowUs}, a fresh one is loaded this much later; {@link #NO_PREWARM} otherwise.
     */
    default long prewarmDelayUs(int function, long nowUs) {
        return NO_PREWARM;
    }

    /** An invocation of {@code function} arrives when none of its invocations is running; {@code idleUs} since the last ended. */
    default void onIdleTime(int function, long idleUs) {
    }

    /**
     * True when every environment of a function gets the same keep-alive at all times, so
     * environments expire in the order they became idle; the pool then reclaims from the oldest end
     * without scanning.
     */
    boolean expiresInIdleOrder();
}
