package io.lambdasim.reports.calibrate;

import org.HdrHistogram.Histogram;

/**
 * The observed INIT durations of one function ({@code Init Duration} of its REPORT lines): their
 * distribution (an HdrHistogram, 3 significant digits, for the empirical quantiles) and the sums a
 * log-normal fit needs (n, Σx, Σ ln x, Σ (ln x)²). Memory is constant.
 */
final class InitEvidence {

    private Histogram histogram;
    long count;
    double sumUs;
    double sumLog;
    double sumLogSquared;

    void add(long initUs) {
        long us = Math.max(1, initUs);
        if (histogram == null) {
            histogram = new Histogram(3);
        }
        histogram.recordValue(us);
        count++;
        sumUs += us;
        double l = Math.log(us);
        sumLog += l;
        sumLogSquared += l * l;
    }

    /** The empirical {@code q}-quantile (0..1), µs. */
    double quantileUs(double q) {
        return histogram == null ? Double.NaN : histogram.getValueAtPercentile(q * 100);
    }

    double meanUs() {
        return count == 0 ? Double.NaN : sumUs / count;
    }

    double minUs() {
        return histogram == null ? Double.NaN : histogram.getMinValue();
    }

    double maxUs() {
        return histogram == null ? Double.NaN : histogram.getMaxValue();
    }
}
