package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A two-state Markov-modulated Poisson process (MMPP-2): quiet periods at {@code low} rate with
 * exponentially distributed length of mean {@code meanGapUs}, alternating with bursts at {@code high}
 * rate of mean length {@code meanBurstUs}. Within a state arrivals are Poisson, so at a state change
 * the pending gap is simply redrawn from the new state (the exponential is memoryless).
 *
 * <p>The first state is drawn from the stationary distribution (P(burst) = burst/(burst+gap)), so
 * the stream is stationary from time 0 and its long-run mean rate
 * {@code (low·gap + high·burst)/(gap+burst)} holds for any window, not only asymptotically.
 *
 * @param lowPerSecond  rate between bursts, at least zero
 * @param highPerSecond rate during a burst, greater than zero
 * @param meanBurstUs   mean length of a burst, µs
 * @param meanGapUs     mean length of a quiet period, µs
 */
public record BurstyArrivals(double lowPerSecond, double highPerSecond, long meanBurstUs, long meanGapUs)
        implements ArrivalProcess {

    public BurstyArrivals {
        if (!(lowPerSecond >= 0) || !(highPerSecond > 0) || meanBurstUs <= 0 || meanGapUs <= 0) {
            throw new IllegalArgumentException("bursty needs low >= 0, high > 0 and positive burst and gap lengths");
        }
    }

    /** Long-run mean rate per second: each state's rate weighted by the share of time spent in it. */
    public double meanRatePerSecond() {
        return (lowPerSecond * meanGapUs + highPerSecond * meanBurstUs) / (double) (meanGapUs + meanBurstUs);
    }

    @Override
    public double expectedCount(long horizonUs) {
        return meanRatePerSecond() * horizonUs / Quantities.US_PER_S;
    }

    /** Arrivals plus two state changes per burst-and-gap cycle. */
    @Override
    public double expectedSteps(long horizonUs) {
        return expectedCount(horizonUs) + 2.0 * horizonUs / (meanBurstUs + meanGapUs);
    }

    @Override
    public ArrivalStream open(RandomGenerator rng, long horizonUs) {
        ExponentialDistribution burstLength = new ExponentialDistribution(rng, meanBurstUs);
        ExponentialDistribution gapLength = new ExponentialDistribution(rng, meanGapUs);
        ExponentialDistribution highGaps = new ExponentialDistribution(rng, Quantities.US_PER_S / highPerSecond);
        ExponentialDistribution lowGaps = lowPerSecond > 0
                ? new ExponentialDistribution(rng, Quantities.US_PER_S / lowPerSecond) : null;
        boolean startInBurst = rng.nextDouble() < meanBurstUs / (double) (meanBurstUs + meanGapUs);
        return new ArrivalStream() {
            private boolean burst = startInBurst;
            private double t;
            private double stateEnd = (burst ? burstLength : gapLength).sample();

            @Override
            public long next() {
                while (true) {
                    ExponentialDistribution gaps = burst ? highGaps : lowGaps;
                    if (gaps != null) {
                        double candidate = t + gaps.sample();
                        if (candidate < stateEnd) {
                            t = candidate;
                            return t < horizonUs ? (long) t : END;
                        }
                    }
                    t = stateEnd;
                    if (t >= horizonUs) {
                        return END;
                    }
                    burst = !burst;
                    stateEnd = t + (burst ? burstLength : gapLength).sample();
                }
            }
        };
    }

    @Override
    public String expression() {
        return "bursty(" + Rates.format(lowPerSecond) + "," + Rates.format(highPerSecond) + ","
                + Quantities.formatUs(meanBurstUs) + "," + Quantities.formatUs(meanGapUs) + ")";
    }
}
