package io.lambdasim.engine.queue;

/**
 * The simulator's future-event list: entries ordered by (time, kind, insertion sequence), carrying
 * one int payload (an environment handle, a function id, a request slot). Primitive on purpose: the
 * engine pushes and pops two entries per invocation, and a boxed entry would be garbage.
 *
 * <p>Ordering at equal times is by {@code kind} first (the engine numbers its kinds so that
 * completions come before reclamations before arrivals), then by insertion order, so the same
 * inputs always give the same sequence of events.
 */
public interface EventQueue {

    /** Kinds must fit in 7 bits: they occupy the top of the ordering key. */
    int MAX_KIND = 127;

    void add(long timeUs, int kind, int payload);

    boolean isEmpty();

    int size();

    /** Time of the first entry, or {@link Long#MAX_VALUE} when empty (so "arrival before top" is one compare). */
    long peekTime();

    int peekKind();

    int peekPayload();

    /** Removes the first entry; the caller has read it with the peek methods. */
    void removeFirst();

    void clear();
}
