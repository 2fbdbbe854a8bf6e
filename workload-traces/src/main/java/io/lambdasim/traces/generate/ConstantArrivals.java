package io.lambdasim.traces.generate;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * One arrival every {@code periodUs}, the first at trace time 0: {@code constant(10s)}, and also what
 * an EventBridge {@code schedule(rate(5 minutes))} expression means (a rate schedule fires at its
 * creation and then every period; the trace starts at creation).
 *
 * <p>So {@code rate(9 minutes)} over 30 days fires at 0, 9, 18, ... minutes: 30 × 1440 / 9 = 4,800 times
 * in {@code [0, 30d)}.
 *
 * @param periodUs   time between arrivals, µs, greater than zero
 * @param expression how the spec wrote it, e.g. {@code constant(10s)} or {@code schedule(rate(5 minutes))}
 */
public record ConstantArrivals(long periodUs, String expression) implements ArrivalProcess {

    public ConstantArrivals {
        if (periodUs <= 0) {
            throw new IllegalArgumentException("constant period must be > 0 µs, got " + periodUs);
        }
    }

    @Override
    public double expectedCount(long horizonUs) {
        return Math.ceil((double) horizonUs / periodUs);
    }

    @Override
    public ArrivalStream open(RandomGenerator rng, long horizonUs) {
        return new ArrivalStream() {
            private long next;

            @Override
            public long next() {
                if (next >= horizonUs) {
                    return END;
                }
                long t = next;
                next += periodUs;
                return t;
            }
        };
    }
}
