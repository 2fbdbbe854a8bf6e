package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Log-normal, given the way people know their latencies: mean and p99 ({@code lognormal(80ms,900ms)}).
 *
 * <p>The arithmetic. X = exp(μ + σZ), Z standard normal, so
 * <pre>
 *   mean = exp(μ + σ²/2)          p99 = exp(μ + z·σ),  z = Φ⁻¹(0.99) = 2.3263478740
 *   ln(p99) − ln(mean) = zσ − σ²/2
 *   ⇒ σ²/2 − zσ + L = 0 with L = ln(p99/mean)
 *   ⇒ σ = z − √(z² − 2L)            (the smaller root; it → 0 as p99 → mean)
 *     μ = ln(mean) − σ²/2
 * </pre>
 * A real σ needs z² ≥ 2L, i.e. p99/mean ≤ exp(z²/2) ≈ 14.97; and σ > 0 needs p99 > mean. For
 * 80 ms and 900 ms: L = ln 11.25 = 2.4204, σ = 2.3263 − √(5.4119 − 4.8408) = 1.5706,
 * μ = ln(80 000 µs) − 1.2334 = 10.0563 (in ln µs).
 *
 * @param meanUs target mean, µs
 * @param p99Us  target 99th percentile, µs
 * @param mu     location μ of ln X (X in µs)
 * @param sigma  shape σ of ln X
 */
public record LognormalDuration(long meanUs, long p99Us, double mu, double sigma) implements DurationDistribution {

    /** Φ⁻¹(0.99), the standard normal 99th percentile (to 10 digits; any table of the normal). */
    static final double Z99 = 2.3263478740408408;

    /** Largest p99/mean a log-normal can have: exp(z²/2). */
    public static final double MAX_P99_OVER_MEAN = Math.exp(Z99 * Z99 / 2);

    /** The log-normal with this mean and p99; throws when none exists (see the class comment). */
    public static LognormalDuration of(long meanUs, long p99Us) {
        if (meanUs <= 0 || p99Us <= meanUs) {
            throw new IllegalArgumentException("lognormal needs 0 < mean < p99");
        }
        double l = Math.log((double) p99Us / meanUs);
        double disc = Z99 * Z99 - 2 * l;
        if (disc < 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no log-normal has p99/mean above %.2f", MAX_P99_OVER_MEAN));
        }
        double sigma = Z99 - Math.sqrt(disc);
        double mu = Math.log(meanUs) - sigma * sigma / 2;
        return new LognormalDuration(meanUs, p99Us, mu, sigma);
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        LogNormalDistribution d = new LogNormalDistribution(rng, mu, sigma);
        return () -> Math.round(d.sample());
    }

    @Override
    public double expectedUs() {
        return meanUs;
    }

    @Override
    public String expression() {
        return "lognormal(" + Quantities.formatUs(meanUs) + "," + Quantities.formatUs(p99Us) + ")";
    }
}
