package io.lambdasim.engine.keepalive;

import io.lambdasim.engine.Durations;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The hybrid histogram policy of Shahrad et al., "Serverless in the Wild: Characterizing and
 * Optimizing the Serverless Workload at a Large Cloud Provider" (USENIX ATC'20, section 4.2).
 *
 * <p>Per function, a histogram of idle times (from the end of an invocation to the next arrival
 * while nothing of the function runs) in 1-minute bins over 4 hours; longer idle times count as
 * out of bounds (OOB). When the histogram is representative:
 * <ul>
 *   <li>pre-warming window = 5th percentile (bin's lower edge) minus a 10% margin: after an
 *       invocation the environment is unloaded and a fresh one is loaded that much later;</li>
 *   <li>keep-alive window = 99th percentile (bin's upper edge) plus a 10% margin, minus the
 *       pre-warming window; with a zero pre-warming window the environment simply stays loaded
 *       for the keep-alive window after each invocation.</li>
 * </ul>
 * Not representative (the paper falls back to a fixed "standard" keep-alive; its ARIMA branch for
 * mostly-OOB functions is not modelled): fewer than {@value #MIN_SAMPLES} idle times, more than
 * half of them out of bounds, or a coefficient of variation of the bin counts below
 * {@value #MIN_CV} (a flat histogram predicts nothing; the paper uses the bin-count CV as its
 * representativeness test, the threshold is our choice). The fallback is the fixed keep-alive given
 * as {@code hybrid:FALLBACK}, 10 minutes by default (AWS's behaviour).
 *
 * <p>Cost: the windows are recomputed lazily, at most once per new idle time, by one pass over
 * the 240 bins.
 */
final class HybridHistogramPolicy implements KeepAlivePolicy {

    static final int BINS = 240;
    static final long BIN_US = Durations.US_PER_MIN;
    static final int MIN_SAMPLES = 10;
    static final double MIN_CV = 2.0;
    static final double MARGIN = 0.10;

    private final long fallbackUs;
    private int[][] bins = new int[0][];
    private int[] inBounds = new int[0];
    private int[] outOfBounds = new int[0];
    /** Cached windows per function; {@code prewarm[f] == STALE} means recompute. */
    private long[] prewarm = new long[0];
    private long[] keepAlive = new long[0];
    private static final long STALE = Long.MIN_VALUE;

    HybridHistogramPolicy(long fallbackUs) {
        this.fallbackUs = fallbackUs;
    }

    private void ensure(int function) {
        if (function < bins.length) {
            return;
        }
        int n = Math.max(function + 1, bins.length * 2);
        bins = Arrays.copyOf(bins, n);
        inBounds = Arrays.copyOf(inBounds, n);
        outOfBounds = Arrays.copyOf(outOfBounds, n);
        int old = prewarm.length;
        prewarm = Arrays.copyOf(prewarm, n);
        keepAlive = Arrays.copyOf(keepAlive, n);
        Arrays.fill(prewarm, old, n, STALE);
    }

    @Override
    public void onIdleTime(int function, long idleUs) {
        ensure(function);
        long bin = idleUs / BIN_US;
        if (bin >= BINS) {
            outOfBounds[function]++;
        } else {
            if (bins[function] == null) {
                bins[function] = new int[BINS];
            }
            bins[function][(int) bin]++;
            inBounds[function]++;
        }
        prewarm[function] = STALE;
    }

    @Override
    public long keepAliveUs(int function, long nowUs, RandomGenerator random) {
        refresh(function);
        return keepAlive[function];
    }

    @Override
    public long prewarmDelayUs(int function, long nowUs) {
        refresh(function);
        return prewarm[function];
    }

    @Override
    public boolean expiresInIdleOrder() {
        return false;
    }

    private void refresh(int function) {
        ensure(function);
        if (prewarm[function] != STALE) {
            return;
        }
        int[] h = bins[function];
        int n = inBounds[function];
        int total = n + outOfBounds[function];
        if (h == null || total < MIN_SAMPLES || outOfBounds[function] * 2 > total || cv(h, n) < MIN_CV) {
            prewarm[function] = NO_PREWARM;
            keepAlive[function] = fallbackUs;
            return;
        }
        int head = percentileBin(h, n, 0.05);
        int tail = percentileBin(h, n, 0.99);
        long pre = Math.round(head * BIN_US * (1 - MARGIN));
        long end = Math.round((tail + 1) * BIN_US * (1 + MARGIN));
        prewarm[function] = pre > 0 ? pre : NO_PREWARM;
        keepAlive[function] = end - Math.max(pre, 0);
    }

    /** Index of the bin holding the q-quantile of {@code n} in-bounds samples. */
    private static int percentileBin(int[] h, int n, double q) {
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i < h.length; i++) {
            seen += h[i];
            if (seen >= rank && seen > 0) {
                return i;
            }
        }
        return h.length - 1;
    }

    /** Coefficient of variation (sd / mean) of the bin counts. */
    private static double cv(int[] h, int n) {
        double mean = (double) n / h.length;
        double ss = 0;
        for (int c : h) {
            ss += (c - mean) * (c - mean);
        }
        return Math.sqrt(ss / h.length) / mean;
    }
}
