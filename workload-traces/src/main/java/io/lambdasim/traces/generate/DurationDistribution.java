package io.lambdasim.traces.generate;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * How long each invocation's handler runs: the {@code duration=} part of a spec ({@code const(100ms)},
 * {@code exp(120ms)}, {@code lognormal(80ms,900ms)}, {@code uniform(10ms,50ms)},
 * {@code empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s)}).
 */
public sealed interface DurationDistribution
        permits ConstDuration, ExpDuration, LognormalDuration, UniformDuration, EmpiricalDuration {

    /** A sampler drawing from {@code rng} (which it then owns). */
    Sampler sampler(RandomGenerator rng);

    /** The expected value (mean), µs. */
    double expectedUs();

    /** The spec text that produces this distribution again. */
    String expression();

    /** Draws durations; allocation-free. */
    @FunctionalInterface
    interface Sampler {
        /** One duration, µs, never negative. */
        long sampleUs();
    }
}
