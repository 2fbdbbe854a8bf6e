package io.lambdasim.reports.sizing;

/**
 * Durations on another architecture, from two calibrations of the same function (issue 16): the
 * workload's durations were recorded on the architecture of {@code recorded} (x86_64, whose
 * calibration is {@code --calibration}); on the other they are {@code target}'s measurement at the
 * memory over {@code recorded}'s at the recording memory. So an arm64 curve 25% below the x86_64 one
 * makes every arm64 duration 25% shorter, not merely shaped alike.
 */
final class CrossArchitecture implements DurationModel {

    private final CalibratedDurations recorded;
    private final CalibratedDurations target;

    CrossArchitecture(CalibratedDurations recorded, CalibratedDurations target) {
        this.recorded = recorded;
        this.target = target;
    }

    @Override
    public double factor(int referenceMb, int memoryMb) {
        return target.durationMs(memoryMb) / recorded.durationMs(referenceMb);
    }

    @Override
    public String description() {
        return target.description() + ", relative to the recorded architecture's";
    }

    @Override
    public String kind() {
        return target.kind();
    }
}
