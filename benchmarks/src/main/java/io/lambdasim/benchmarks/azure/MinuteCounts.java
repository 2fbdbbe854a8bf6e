package io.lambdasim.benchmarks.azure;

import java.util.SplittableRandom;

/**
 * Spreads one function's expected daily invocations over the 1,440 minutes of the day. Timer
 * functions fire on a fixed period (as cron timers do); the others follow a diurnal curve (peak in
 * the afternoon, an amplitude of their own) with Poisson noise per minute.
 */
final class MinuteCounts {

    static final int MINUTES = 1440;

    private MinuteCounts() {
    }

    /** Fills {@code counts[0..1440)} for a function expecting {@code daily} invocations; returns their sum. */
    static long fill(int[] counts, double daily, boolean timer, SplittableRandom r) {
        long sum = 0;
        if (timer) {
            if (daily <= MINUTES) {
                int period = (int) Math.max(1, Math.round(MINUTES / daily));
                int phase = r.nextInt(period);
                for (int m = 0; m < MINUTES; m++) {
                    counts[m] = (m + phase) % period == 0 ? 1 : 0;
                    sum += counts[m];
                }
            } else {
                double perMinute = daily / MINUTES;
                long whole = (long) perMinute;
                double fraction = perMinute - whole;
                double carry = r.nextDouble();
                for (int m = 0; m < MINUTES; m++) {
                    carry += fraction;
                    int extra = carry >= 1 ? 1 : 0;
                    carry -= extra;
                    counts[m] = (int) Math.min(Integer.MAX_VALUE, whole + extra);
                    sum += counts[m];
                }
            }
            return sum;
        }
        double amplitude = 0.6 * r.nextDouble();
        double peak = 14.0 / 24 + 0.1 * DayPopulation.gaussian(r);
        double mean = daily / MINUTES;
        for (int m = 0; m < MINUTES; m++) {
            double lambda = mean * (1 + amplitude * Math.cos(2 * Math.PI * ((m + 0.5) / MINUTES - peak)));
            counts[m] = poisson(lambda, r);
            sum += counts[m];
        }
        return sum;
    }

    /** Knuth's product method below 30, a rounded normal above (the relative error there is tiny). */
    static int poisson(double lambda, SplittableRandom r) {
        if (lambda < 30) {
            double limit = Math.exp(-lambda);
            double p = r.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= r.nextDouble();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * DayPopulation.gaussian(r)));
    }
}
