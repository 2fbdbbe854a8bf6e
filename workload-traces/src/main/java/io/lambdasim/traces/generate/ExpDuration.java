package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Exponentially distributed with the given mean: {@code exp(120ms)}. */
public record ExpDuration(long meanUs) implements DurationDistribution {

    public ExpDuration {
        if (meanUs <= 0) {
            throw new IllegalArgumentException("exp mean must be > 0, got " + meanUs + " us");
        }
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        ExponentialDistribution d = new ExponentialDistribution(rng, meanUs);
        return () -> Math.round(d.sample());
    }

    @Override
    public double expectedUs() {
        return meanUs;
    }

    @Override
    public String expression() {
        return "exp(" + Quantities.formatUs(meanUs) + ")";
    }
}
