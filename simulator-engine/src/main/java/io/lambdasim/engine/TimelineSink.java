package io.lambdasim.engine;

/**
 * Receives a streamed timeline: each bucket once it is final, in time order, on the simulating
 * thread. With a sink the engine keeps one bucket in memory whatever the horizon (a 30-day
 * timeline at 1 s buckets is 2.6 M of them), and the result carries no {@link Timeline}.
 */
@FunctionalInterface
public interface TimelineSink {
    void bucket(TimelineBucket b);
}
