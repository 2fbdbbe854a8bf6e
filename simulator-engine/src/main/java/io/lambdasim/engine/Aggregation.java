package io.lambdasim.engine;

/** How a {@link Metric} of all functions together comes from the functions' own figures. */
public enum Aggregation {
    /** The sum over functions (counts, times, GB-s). */
    SUM,
    /** The largest over functions. */
    MAX,
    /**
     * Measured over the whole run, the peak of the sum over functions at any instant; the
     * functions' own peaks do not add up to it.
     */
    RUN_PEAK,
    /** From the run's own histogram (percentiles do not add up). */
    HISTOGRAM,
    /** Computed from the total's other metrics (a ratio, a mean, an average over the horizon). */
    DERIVED
}
