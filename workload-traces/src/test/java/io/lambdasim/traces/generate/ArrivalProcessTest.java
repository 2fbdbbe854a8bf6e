package io.lambdasim.traces.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Counts and rates of each arrival process against numbers worked out by hand. Generation is seeded,
 * so these are exact regressions; the tolerances say how far a correct process may stray at all
 * (4 standard deviations of the sampling error, derived in each test), so they fail when the process
 * is wrong, not when the seed is unlucky.
 */
class ArrivalProcessTest {

    private static final long MIN = 60_000_000L;
    private static final long DAY = 1440 * MIN;

    @Test
    void rateNineMinutesOverThirtyDaysIsTheWarmingExample() {
        // Issue 3 / the seed's warming example: 30 d x 1440 min/d / 9 min = 4,800 invocations on [0, 30d).
        long[] starts = Generated.starts("schedule(rate(9 minutes));duration=const(10ms);horizon=30d");
        assertThat(starts).hasSize(4_800);
        assertThat(starts[0]).isZero();
        assertThat(starts[1]).isEqualTo(9 * MIN);
        assertThat(starts[4_799]).isEqualTo(4_799 * 9 * MIN);
    }

    @Test
    void constantFiresEveryPeriodAndAcceptsARate() {
        // one every 10 s for 1 h: 3600 / 10 = 360; 6/m is the same period.
        assertThat(Generated.count("constant(10s);duration=const(1ms)")).isEqualTo(360);
        assertThat(Generated.starts("constant(6/m);duration=const(1ms)"))
                .isEqualTo(Generated.starts("constant(10s);duration=const(1ms)"));
        assertThat(Generated.count("schedule(rate(1 hour));duration=const(1ms);horizon=1d")).isEqualTo(24);
        assertThat(Generated.count("schedule(rate(2 days));duration=const(1ms);horizon=30d")).isEqualTo(15);
    }

    @Test
    void poissonCountAndInterArrivalsMatchTheirDistribution() {
        long[] starts = Generated.starts("poisson(5/s);duration=const(1ms);horizon=1d");
        // Count ~ Poisson(5/s x 86,400 s = 432,000): sd = sqrt(432,000) = 657.3, so 4 sd = 2,629.
        assertThat((double) starts.length).isCloseTo(432_000, within(2_629.0));

        // Gaps ~ Exp(mean 200 ms): the sample mean of n gaps has sd 200 ms / sqrt(n) ≈ 0.304 ms at n = 432,000.
        int n = starts.length - 1;
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i < starts.length; i++) {
            double gap = starts[i] - starts[i - 1];
            sum += gap;
            sumSq += gap * gap;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(200_000, within(4 * 200_000 / Math.sqrt(n)));
        // Exponential: variance = mean². The sample variance's relative sd is sqrt((mu4 - sigma^4)/n)/sigma^2
        // = sqrt(8/n) for an exponential (mu4 = 9 sigma^4), ≈ 0.43 %; 4 sd ≈ 1.7 %. A regular or clumped
        // process (wrong gaps) fails this even when its mean is right.
        double variance = sumSq / n - mean * mean;
        assertThat(variance / (mean * mean)).isCloseTo(1.0, within(4 * Math.sqrt(8.0 / n)));
    }

    @Test
    void diurnalRatePeaksAtTwoPmAndTroughsAtTwoAm() {
        // diurnal(1/m..50/m): rate(t) = 25.5 + 24.5 cos(2π(t − 14:00)/1440 min) per minute.
        // Expected count in a window of ±w minutes around the peak, per day:
        //   ∫ rate = 2w·mid + amp·(1440/π)·sin(2πw/1440); w = 30: 1530 + 1465.81 = 2995.81 (peak), 64.19 (trough).
        // Over 30 days: 89,874 and 1,926; counts in disjoint windows of a Poisson process are Poisson,
        // so sd = sqrt(expected): 300 and 43.9.
        long[] starts = Generated.starts("diurnal(1/m..50/m);duration=const(1ms);horizon=30d");
        double window = 2 * 30 * 25.5;
        double shape = 24.5 * 1440 / Math.PI * Math.sin(2 * Math.PI * 30 / 1440);
        long peak = countNear(starts, 14 * 60, 30);
        long trough = countNear(starts, 2 * 60, 30);
        assertThat((double) peak).isCloseTo(30 * (window + shape), within(4 * Math.sqrt(30 * (window + shape))));
        assertThat((double) trough).isCloseTo(30 * (window - shape), within(4 * Math.sqrt(30 * (window - shape))));
        // Read as rates: within 0.5/m of the configured 50/m peak and 1/m trough (the window mean differs
        // from the instantaneous extreme by 24.5·(1 − sin(x)/x) ≈ 0.07/m at x = π/24).
        assertThat(peak / (30.0 * 60)).isCloseTo(50, within(0.5));
        assertThat(trough / (30.0 * 60)).isCloseTo(1, within(0.5));
    }

    @Test
    void diurnalPeakCanMove() {
        long[] starts = Generated.starts("diurnal(1/m..50/m,peak=09:00);duration=const(1ms);horizon=10d");
        // Now 09:00 is the peak (≈ 50/m) and 21:00 the trough (≈ 1/m); 14:00 is 5 h past the peak:
        // 25.5 + 24.5·cos(2π·300/1440) = 31.84/m.
        assertThat(countNear(starts, 9 * 60, 30) / (10.0 * 60)).isCloseTo(50, within(1.5));
        assertThat(countNear(starts, 21 * 60, 30) / (10.0 * 60)).isCloseTo(1, within(0.5));
        assertThat(countNear(starts, 14 * 60, 30) / (10.0 * 60)).isCloseTo(31.84, within(1.5));
    }

    @Test
    void burstyLongRunRateAndBurstiness() {
        // bursty(1/m,100/m,30s,10m): long-run rate = (low·gap + high·burst)/(gap+burst)
        //   = (1·600 + 100·30)/630 per minute = 5.714/m, so 365 d (525,600 min) expects 3,003,429.
        // Variance of an MMPP-2 count (Fischer & Meier-Hellstern, "The MMPP cookbook", 1993):
        //   Var N(T)/T → λ̄ + 2 r1 r2 (λh − λl)² / (r1 + r2)³, r1 = 1/gap, r2 = 1/burst.
        // Per second: 0.0952 + 2·(1/600)(1/30)(99/60)²/(0.035)³ = 0.0952 + 7.056 = 7.151/s;
        // over 31,536,000 s: sd = 15,018, so 4 sd = 60,072 (2 %).
        BurstyArrivals process = new BurstyArrivals(1 / 60.0, 100 / 60.0, 30_000_000L, 600_000_000L);
        assertThat(process.meanRatePerSecond() * 60).isCloseTo(3600.0 / 630, within(1e-12));
        long[] starts = Generated.starts("bursty(1/m,100/m,30s,10m);duration=const(1ms);horizon=365d");
        double expected = 3600.0 / 630 * 525_600;
        double perSecondVar = 0.0952 + 2 * (1 / 600.0) * (1 / 30.0) * Math.pow(99 / 60.0, 2) / Math.pow(0.035, 3);
        assertThat((double) starts.length).isCloseTo(expected, within(4 * Math.sqrt(perSecondVar * 31_536_000)));

        // Bursts show as over-dispersed minute counts. Same source: the index of dispersion over windows t is
        //   IDC(t) = 1 + 2 r1 r2 (λh − λl)² / ((r1+r2)³ λ̄) · (1 − (1 − e^{−(r1+r2)t}) / ((r1+r2)t)),
        // = 1 + 74.1 · 0.582 = 44.1 for t = 60 s. A plain Poisson process gives 1.
        double idc = indexOfDispersion(starts, MIN, 525_600);
        assertThat(idc).isCloseTo(44.1, within(44.1 * 0.15));
    }

    /** Invocations within ±halfWidth minutes of minute-of-day {@code centre}, over all days. */
    private static long countNear(long[] starts, long centre, long halfWidth) {
        long n = 0;
        for (long t : starts) {
            long minuteOfDay = (t % DAY) / MIN;
            if (minuteOfDay >= centre - halfWidth && minuteOfDay < centre + halfWidth) {
                n++;
            }
        }
        return n;
    }

    private static double indexOfDispersion(long[] starts, long windowUs, int windows) {
        long[] counts = new long[windows];
        for (long t : starts) {
            counts[(int) (t / windowUs)]++;
        }
        double mean = 0;
        for (long c : counts) {
            mean += c;
        }
        mean /= windows;
        double var = 0;
        for (long c : counts) {
            var += (c - mean) * (c - mean);
        }
        return var / (windows - 1) / mean;
    }
}
