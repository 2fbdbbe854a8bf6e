package io.lambdasim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group an executor no longer holds (a task run on another executor, a lost one) is simulated
 * again from the trace, with the bounds the driver sent so far replayed: the same state and the
 * same log as the group that stayed. No Spark needed: this is the executor's side alone.
 */
class GroupJobTest {

    @TempDir
    Path dir;

    @Test
    void aLostGroupIsSimulatedAgainToTheSameState() {
        LinkedHashMap<String, String> settings = new LinkedHashMap<>();
        settings.put("generate", "poisson(5/s);duration=exp(200ms);horizon=10m;function=a"
                + " + poisson(3/s);duration=exp(1s);function=b + poisson(1/s);duration=exp(50ms);function=c;seed=3");
        settings.put("warmer", "rate(2 minutes)");
        settings.put("keep_alive", "fixed:5m"); // environments reclaimed up to 5 minutes after the trace
        GroupJob kept = new GroupJob("kept", settings, dir.toString(), 2);
        GroupJob lost = new GroupJob("lost", settings, dir.toString(), 2);
        GroupJob.FirstPass first = kept.first(1);
        lost.first(1);
        lost.release(1);
        // Two bounds past the trace's end (10 minutes), as two rounds of the driver would send them.
        List<long[]> bounds = List.of(new long[] {first.state().lastEventUs() + 60_000_000L, 0},
                new long[] {first.state().lastEventUs() + 400_000_000L, 0});
        kept.advance(1, bounds.subList(0, 1));
        GroupJob.Advanced a = kept.advance(1, bounds);
        GroupJob.Advanced b = lost.advance(1, bounds);
        assertThat(b.state()).isEqualTo(a.state());
        assertThat(a.state().lastEventUs()).isGreaterThan(first.state().lastEventUs()); // it handled events past the end (reclaims, pings)
        assertThat(b.endLog().size()).isEqualTo(a.endLog().size()).isPositive();
        kept.release(1);
        lost.release(1);
    }
}
