package io.lambdasim.reports.calibrate;

import java.util.SplittableRandom;

/**
 * The bootstrap over environments, online: every environment gets, for each of {@link #REPLICATES}
 * resamples, a weight drawn from Poisson(1), the number of times it is drawn into that resample
 * (the Poisson bootstrap: Hanley and MacGibbon, 2006; Chamandy et al., "Estimating uncertainty for
 * massive data streams", Google, 2012). Every piece of evidence an environment gives counts that
 * many times in each resample, so environments, not single idle gaps, are the resampled unit (the
 * gaps of one environment are not independent), and no pass over the data is repeated.
 * Deterministic: the weights of an environment depend only on the seed and its index.
 */
final class Resampling {

    static final int REPLICATES = 200;

    /** Cumulative Poisson(1) probabilities P(N ≤ k), k = 0..9 (e^-1 Σ 1/i!). */
    private static final double[] CDF = new double[10];

    static {
        double p = Math.exp(-1);
        double c = 0;
        for (int k = 0; k < CDF.length; k++) {
            c += p;
            CDF[k] = c;
            p /= (k + 1);
        }
    }

    private final long seed;

    Resampling(long seed) {
        this.seed = seed;
    }

    /** Writes environment {@code env}'s weights into {@code out[at .. at + REPLICATES)}. */
    void weights(int env, byte[] out, int at) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + env);
        for (int b = 0; b < REPLICATES; b++) {
            double u = r.nextDouble();
            int k = 0;
            while (k < CDF.length - 1 && u > CDF[k]) {
                k++;
            }
            out[at + b] = (byte) k;
        }
    }
}
