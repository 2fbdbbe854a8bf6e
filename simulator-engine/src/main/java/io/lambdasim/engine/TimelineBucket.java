package io.lambdasim.engine;

/**
 * One bucket of a {@link Timeline}: counts of what started in it, peaks, time-weighted averages
 * of in-flight invocations and environments alive, billed on-demand GB-s and configured
 * provisioned GB-s.
 */
public record TimelineBucket(long startUs, long invocations, long coldStarts, long throttled, long requests,
                             int peakConcurrency, double avgConcurrency, int peakAlive, double avgAlive,
                             double gbSeconds, double provisionedGbSeconds) {
}
