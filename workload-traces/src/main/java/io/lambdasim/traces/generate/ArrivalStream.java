package io.lambdasim.traces.generate;

/** The arrival times of one realisation of an {@link ArrivalProcess}, in non-decreasing order. */
@FunctionalInterface
public interface ArrivalStream {

    /** Returned by {@link #next()} once the horizon is reached; larger than every real time. */
    long END = Long.MAX_VALUE;

    /** The next arrival, µs since trace start, or {@link #END}. */
    long next();
}
