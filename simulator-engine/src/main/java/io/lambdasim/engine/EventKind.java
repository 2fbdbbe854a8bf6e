package io.lambdasim.engine;

/**
 * The kinds of simulation events. Their declaration order is the tie order: at equal times an
 * event of a kind declared earlier goes first, then events of one kind in the order they were
 * scheduled. The queues order by the ordinal (an int in the top bits of their ordering key; no
 * object per event), so reordering these constants changes results.
 *
 * <p>Why this order: a completion frees its environment before anything else looks at the pool;
 * an environment whose keep-alive ends at t is gone for an arrival at t; provisioned-concurrency
 * switches and pre-warms shape the pool before the arrivals of that instant; a queued event due
 * at t (a retry, a poller's batch window) is older than a trace arrival at t; and a warmer ping
 * goes last, so it never steals the warm environment it came to keep from a user's call.
 */
enum EventKind {
    /** An invocation ends; payload: its environment. In the completions' own queue. */
    COMPLETE,
    /** Keep-alive expiry of a function's idle environments; payload: function. */
    RECLAIM,
    /** A provisioned-concurrency window opens or closes; payload: function. */
    PROVISION,
    /** A pre-warming keep-alive policy loads an environment; payload: function. */
    PREWARM,
    /** An async event is retried after a throttle or a function error; payload: its pending slot. */
    RETRY,
    /** An event source's timer (batch window, visibility timeout, poller scaling); payload: function. */
    SOURCE,
    /** A trace arrival: never queued (read from the cursor one ahead), but ranked here at ties. */
    ARRIVAL,
    /** A scheduled warming ping; payload: function. */
    WARMER;

    private static final EventKind[] BY_ID = values();

    /** The queue's int for this kind. */
    int id() {
        return ordinal();
    }

    static EventKind of(int id) {
        return BY_ID[id];
    }
}
