package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.generate.WorkloadSpec;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a timeline streamed to a sink holds one bucket in memory and gives exactly the buckets
 * the kept timeline has; an absurdly narrow bucket stops with one line instead of filling the heap.
 */
class StreamedTimelineTest {

    private static final String SPEC = "bursty(0.5/s,40/s,20s,5m);duration=exp(300ms);function=a"
            + " + poisson(2/s);duration=lognormal(80ms,900ms);function=b;horizon=40m";

    @Test
    void aStreamedTimelineHasExactlyTheBucketsOfTheKeptOne() {
        for (long bucketUs : new long[] {7 * Durations.US_PER_S, 20 * Durations.US_PER_MIN, 40 * Durations.US_PER_MIN}) {
            SimulationConfig cfg = SimulationConfig.builder().timelineBucketUs(bucketUs).seed(3)
                    .provisioned(ProvisionedSchedule.parse("2@00:10-00:25")).build();
            SimulationResult kept;
            try (InvocationCursor c = WorkloadSpec.parse(SPEC).open()) {
                kept = Simulator.run(c, cfg);
            }
            List<TimelineBucket> streamed = new ArrayList<>();
            SimulationResult s;
            try (InvocationCursor c = WorkloadSpec.parse(SPEC).open()) {
                s = Simulator.run(c, cfg, ProgressListener.NONE, streamed::add);
            }
            assertThat(s.timeline()).isNull();
            Timeline t = kept.timeline();
            assertThat(streamed).as("bucket %d us", bucketUs).hasSize(t.buckets());
            for (int i = 0; i < t.buckets(); i++) {
                assertThat(streamed.get(i)).as("bucket %d of %d us", i, bucketUs).isEqualTo(t.bucket(i));
            }
            // the rest of the result does not depend on how the timeline was kept
            assertThat(s.total()).isEqualTo(kept.total());
        }
    }

    @Test
    void aBucketTooNarrowForTheTraceStopsWithOneLine() {
        SimulationConfig cfg = SimulationConfig.builder().timelineBucketUs(1).build();
        // 2 h at 1 µs would be 7.2 billion buckets; the limit is 10 million (10 s of trace time).
        try (InvocationCursor c = WorkloadSpec.parse("poisson(5/s);duration=const(10ms);horizon=2h").open()) {
            assertThatThrownBy(() -> Simulator.run(c, cfg, ProgressListener.NONE, b -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a timeline bucket of 1us gives more than 10,000,000 buckets by ")
                    .hasMessageEndingWith("of trace time: use a wider bucket");
        }
    }
}
