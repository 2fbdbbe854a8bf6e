package io.lambdasim.traces.generate;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A distribution given by percentiles, {@code empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s)}: the
 * inverse CDF is the monotone piecewise-linear curve through the points (p/100, value), so the
 * stated percentiles are hit exactly and values between them are spread uniformly. This is how the
 * Azure 2019 duration percentiles are usually turned into samples.
 *
 * @param percentiles strictly increasing, from 0 to 100
 * @param valuesUs    the value at each percentile, µs, non-decreasing
 */
public record EmpiricalDuration(double[] percentiles, long[] valuesUs) implements DurationDistribution {

    public EmpiricalDuration {
        percentiles = percentiles.clone();
        valuesUs = valuesUs.clone();
        if (percentiles.length < 2 || percentiles.length != valuesUs.length
                || percentiles[0] != 0 || percentiles[percentiles.length - 1] != 100) {
            throw new IllegalArgumentException("empirical needs percentiles from p0 to p100");
        }
        for (int i = 1; i < percentiles.length; i++) {
            if (percentiles[i] <= percentiles[i - 1] || valuesUs[i] < valuesUs[i - 1]) {
                throw new IllegalArgumentException("empirical percentiles must increase and values must not decrease");
            }
        }
    }

    /** The value at cumulative probability {@code u} in [0, 1]: linear between the given points. */
    public double quantileUs(double u) {
        double p = u * 100;
        int i = 1;
        while (i < percentiles.length - 1 && p > percentiles[i]) {
            i++;   // a handful of points: a linear scan beats a binary search
        }
        double w = (p - percentiles[i - 1]) / (percentiles[i] - percentiles[i - 1]);
        return valuesUs[i - 1] + w * (valuesUs[i] - valuesUs[i - 1]);
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        return () -> Math.round(quantileUs(rng.nextDouble()));
    }

    /** The integral of the inverse CDF: each segment contributes its width times its mid value. */
    @Override
    public double expectedUs() {
        double sum = 0;
        for (int i = 1; i < percentiles.length; i++) {
            sum += (percentiles[i] - percentiles[i - 1]) / 100 * (valuesUs[i] + valuesUs[i - 1]) / 2.0;
        }
        return sum;
    }

    @Override
    public double[] percentiles() {
        return percentiles.clone();
    }

    @Override
    public long[] valuesUs() {
        return valuesUs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalDuration e && Arrays.equals(percentiles, e.percentiles)
                && Arrays.equals(valuesUs, e.valuesUs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(percentiles) + Arrays.hashCode(valuesUs);
    }

    @Override
    public String toString() {
        return expression();
    }

    @Override
    public String expression() {
        StringBuilder sb = new StringBuilder("empirical(");
        for (int i = 0; i < percentiles.length; i++) {
            double p = percentiles[i];
            sb.append(i == 0 ? "" : ",").append('p')
                    .append(p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p))
                    .append('=').append(Quantities.formatUs(valuesUs[i]));
        }
        return sb.append(')').toString();
    }
}
