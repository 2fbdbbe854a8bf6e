package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A homogeneous Poisson process: independent exponential gaps with mean 1/rate.
 *
 * @param ratePerSecond mean arrivals per second, greater than zero
 */
public record PoissonArrivals(double ratePerSecond) implements ArrivalProcess {

    public PoissonArrivals {
        if (!(ratePerSecond > 0) || !Double.isFinite(ratePerSecond)) {
            throw new IllegalArgumentException("poisson rate must be > 0, got " + ratePerSecond);
        }
    }

    @Override
    public ArrivalStream open(RandomGenerator rng, long horizonUs) {
        ExponentialDistribution gaps = new ExponentialDistribution(rng, Quantities.US_PER_S / ratePerSecond);
        return new ArrivalStream() {
            // Time accumulates in double µs (exact to well under 1 µs for a century) and is
            // truncated on output, so floor(t) < horizon exactly when t < horizon.
            private double t;

            @Override
            public long next() {
                t += gaps.sample();
                return t < horizonUs ? (long) t : END;
            }
        };
    }

    @Override
    public double expectedCount(long horizonUs) {
        return ratePerSecond * horizonUs / Quantities.US_PER_S;
    }

    @Override
    public String expression() {
        return "poisson(" + Rates.format(ratePerSecond) + ")";
    }
}
