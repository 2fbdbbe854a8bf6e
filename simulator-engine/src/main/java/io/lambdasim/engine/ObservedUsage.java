package io.lambdasim.engine;

/**
 * What the trace itself recorded, for comparison with the simulation (CloudWatch REPORT lines carry
 * {@code Init Duration} on cold starts and {@code Billed Duration}).
 *
 * @param coldStarts  rows with an observed INIT duration
 * @param billedUs    Σ of the billed durations the trace reported
 * @param billedRows  rows that reported a billed duration (0 = the trace has none)
 * @param initRows    same as coldStarts; {@link #hasColdStarts()} is true when the trace carries INIT at all
 */
public record ObservedUsage(long coldStarts, long billedUs, long billedRows, boolean hasColdStarts) implements java.io.Serializable {

    public static final ObservedUsage NONE = new ObservedUsage(0, 0, 0, false);

    public boolean hasBilled() {
        return billedRows > 0;
    }

    public boolean isPresent() {
        return hasColdStarts || billedRows > 0;
    }

    public double billedMs() {
        return billedUs / 1000.0;
    }
}
