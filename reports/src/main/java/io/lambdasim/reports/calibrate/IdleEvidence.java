package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.Durations;

/**
 * What one function's environments say about how long an idle environment lives, as
 * interval-censored (current-status) evidence about each idle period's keep-alive X:
 * <ul>
 *   <li>an environment reused after an idle gap g lived at least that long: X &gt; g;</li>
 *   <li>an environment that was idle when a cold start of its function happened, g after it became
 *       idle, and was never seen again, was gone by then: X ≤ g (the platform would have reused it).</li>
 * </ul>
 * Kept binned ({@link #POINT}) for the estimates, exactly at the extremes that bound a fixed
 * keep-alive, and per bootstrap resample ({@link #RESAMPLED}, coarser) weighted by the environment's
 * Poisson weights. Memory: the bins and one gap per vanished environment, whatever the trace length.
 */
final class IdleEvidence {

    /** Bins of the estimates: 0.5% wide, 1 s to 30 days. */
    static final GapGrid POINT = new GapGrid(0.005, 30 * Durations.US_PER_DAY);
    /** Bins of each resample: 2% wide, 1 s to 1 day (longer gaps share the last bin). */
    static final GapGrid RESAMPLED = new GapGrid(0.02, Durations.US_PER_DAY);

    private static final int B = Resampling.REPLICATES;

    long[] reuse;
    /** Per resampled bin, B counts side by side: one environment's gap touches one run of B ints. */
    int[] reuseResampled;
    long reuseGaps;
    long maxReuseUs = -1;

    final LongList goneGapsUs = new LongList();
    final LongList goneEnvironments = new LongList();

    /** An environment was reused after an idle gap of {@code gapUs}; {@code weights[at..]} are its resample weights. */
    void reused(long gapUs, byte[] weights, int at) {
        if (reuse == null) {
            reuse = new long[POINT.size()];
        }
        reuse[POINT.bin(gapUs)]++;
        reuseGaps++;
        if (gapUs > maxReuseUs) {
            maxReuseUs = gapUs;
        }
        if (gapUs >= GapGrid.FLOOR_US) {
            // Below a second a gap bounds nothing a keep-alive fit can use: only longer ones are resampled.
            if (reuseResampled == null) {
                reuseResampled = new int[RESAMPLED.size() * B];
            }
            int base = RESAMPLED.bin(gapUs) * B;
            int[] r = reuseResampled;
            for (int b = 0; b < B; b++) {
                r[base + b] += weights[at + b];
            }
        }
    }

    /** Environment {@code env} was idle {@code gapUs} when its function started cold, and never seen again. */
    void gone(long gapUs, int env) {
        goneGapsUs.add(gapUs);
        goneEnvironments.add(env);
    }

    long goneCount() {
        return goneGapsUs.size();
    }
}
