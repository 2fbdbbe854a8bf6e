package io.lambdasim.reports.calibrate;

/**
 * Log-spaced bins of idle gaps: bin 0 holds gaps below one second (they say nothing about any
 * keep-alive worth modelling), then bins of a constant relative width up to a cap, the last bin
 * open-ended. A gap's bin is found with one logarithm; memory is the bins, whatever the trace length.
 */
final class GapGrid {

    static final long FLOOR_US = 1_000_000L;

    private final double logStep;
    private final int size;

    /** Bins {@code width} wide relative to their lower edge (0.005 = 0.5%) from 1 s to {@code capUs}. */
    GapGrid(double width, long capUs) {
        this.logStep = Math.log1p(width);
        this.size = 2 + (int) Math.ceil(Math.log((double) capUs / FLOOR_US) / logStep);
    }

    int size() {
        return size;
    }

    int bin(long gapUs) {
        if (gapUs < FLOOR_US) {
            return 0;
        }
        int b = 1 + (int) (Math.log((double) gapUs / FLOOR_US) / logStep);
        return Math.min(b, size - 1);
    }

    /** Lower edge of {@code bin}, µs (0 for bin 0). */
    double lowerUs(int bin) {
        return bin == 0 ? 0 : FLOOR_US * Math.exp((bin - 1) * logStep);
    }

    /** The gap a bin stands for: the geometric middle of its edges (half a second for bin 0, the edge for the last). */
    double midUs(int bin) {
        if (bin == 0) {
            return FLOOR_US / 2.0;
        }
        if (bin == size - 1) {
            return lowerUs(bin);
        }
        return lowerUs(bin) * Math.exp(logStep / 2);
    }
}
