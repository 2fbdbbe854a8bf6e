package io.lambdasim.traces.generate;

import org.apache.commons.math3.random.RandomGenerator;

/** Every invocation takes exactly {@code us}: {@code const(100ms)}. */
public record ConstDuration(long us) implements DurationDistribution {

    public ConstDuration {
        if (us < 0) {
            throw new IllegalArgumentException("duration must be >= 0, got " + us + " us");
        }
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        return () -> us;
    }

    @Override
    public double expectedUs() {
        return us;
    }

    @Override
    public String expression() {
        return "const(" + Quantities.formatUs(us) + ")";
    }
}
