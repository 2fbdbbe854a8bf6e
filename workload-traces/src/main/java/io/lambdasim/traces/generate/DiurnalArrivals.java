package io.lambdasim.traces.generate;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A daily cycle: a non-homogeneous Poisson process whose rate follows a sinusoid between
 * {@code trough} and {@code peak}, highest at {@code peakTimeUs} after midnight and lowest twelve
 * hours later: {@code rate(t) = mid + amp·cos(2π(t − peakTime)/1d)}, mid = (peak+trough)/2,
 * amp = (peak−trough)/2. Midnight is trace time 0 (see {@link WorkloadSpec#TRACE_EPOCH}).
 *
 * <p>Sampled by thinning (Lewis and Shedler, 1979): candidates arrive as a Poisson process at the
 * peak rate and each is kept with probability rate(t)/peak, which yields exactly the
 * non-homogeneous process. At most a factor peak/mean of candidates is wasted.
 *
 * @param troughPerSecond lowest rate, at least zero
 * @param peakPerSecond   highest rate, at least the trough and greater than zero
 * @param peakTimeUs      time of day of the peak, µs after midnight (14:00 unless {@code peak=})
 */
public record DiurnalArrivals(double troughPerSecond, double peakPerSecond, long peakTimeUs)
        implements ArrivalProcess {

    /** 14:00, when a business-facing workload usually peaks. */
    public static final long DEFAULT_PEAK_TIME_US = 14 * Quantities.US_PER_HOUR;

    public DiurnalArrivals {
        if (!(troughPerSecond >= 0) || !(peakPerSecond > 0) || peakPerSecond < troughPerSecond) {
            throw new IllegalArgumentException("diurnal needs 0 <= trough <= peak and peak > 0, got "
                    + troughPerSecond + ".." + peakPerSecond);
        }
    }

    /** The instantaneous rate at trace time {@code tUs}, per second. */
    public double ratePerSecondAt(long tUs) {
        return rateAt((double) tUs);
    }

    private double rateAt(double tUs) {
        double mid = (peakPerSecond + troughPerSecond) / 2;
        double amp = (peakPerSecond - troughPerSecond) / 2;
        return mid + amp * Math.cos(2 * Math.PI * (tUs - peakTimeUs) / Quantities.US_PER_DAY);
    }

    /** The mean over whole days, (peak + trough) / 2; the peak rate times the horizon bounds it. */
    @Override
    public double expectedCount(long horizonUs) {
        return (horizonUs < Quantities.US_PER_DAY ? peakPerSecond : (peakPerSecond + troughPerSecond) / 2)
                * horizonUs / Quantities.US_PER_S;
    }

    /** Candidates at the peak rate, thinned to the daily curve. */
    @Override
    public double expectedSteps(long horizonUs) {
        return peakPerSecond * horizonUs / Quantities.US_PER_S;
    }

    @Override
    public ArrivalStream open(RandomGenerator rng, long horizonUs) {
        ExponentialDistribution candidates = new ExponentialDistribution(rng, Quantities.US_PER_S / peakPerSecond);
        return new ArrivalStream() {
            private double t;

            @Override
            public long next() {
                while (true) {
                    t += candidates.sample();
                    if (t >= horizonUs) {
                        t = horizonUs;
                        return END;
                    }
                    if (rng.nextDouble() * peakPerSecond < rateAt(t)) {
                        return (long) t;
                    }
                }
            }
        };
    }

    @Override
    public String expression() {
        String s = "diurnal(" + Rates.format(troughPerSecond) + ".." + Rates.format(peakPerSecond);
        if (peakTimeUs != DEFAULT_PEAK_TIME_US) {
            long minutes = peakTimeUs / Quantities.US_PER_MIN;
            s += String.format(",peak=%02d:%02d", minutes / 60, minutes % 60);
        }
        return s + ")";
    }
}
