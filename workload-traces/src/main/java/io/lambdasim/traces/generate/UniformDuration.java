package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Uniform between {@code minUs} and {@code maxUs}: {@code uniform(10ms,50ms)}. */
public record UniformDuration(long minUs, long maxUs) implements DurationDistribution {

    public UniformDuration {
        if (minUs < 0 || maxUs <= minUs) {
            throw new IllegalArgumentException("uniform needs 0 <= min < max, got " + minUs + ".." + maxUs + " us");
        }
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        UniformRealDistribution d = new UniformRealDistribution(rng, minUs, maxUs);
        return () -> Math.round(d.sample());
    }

    @Override
    public double expectedUs() {
        return (minUs + maxUs) / 2.0;
    }

    @Override
    public String expression() {
        return "uniform(" + Quantities.formatUs(minUs) + "," + Quantities.formatUs(maxUs) + ")";
    }
}
