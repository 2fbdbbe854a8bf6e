package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.traces.TraceRows;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Scaling-rate limits, provisioned schedules and the per-function latency buckets, worked by hand. */
class LimitsAndScheduleTest {

    private static SimulationConfig.Builder base() {
        return SimulationConfig.builder().init(InitModel.parse("0ms")).accountConcurrency(10_000);
    }

    private static TraceRows burst(int n) {
        TraceRows c = TraceRows.of();
        for (int i = 0; i < n; i++) {
            c.add("f", 0, 5000);
        }
        return c;
    }

    @Test
    void aFunctionAddsAtMost1000EnvironmentsPer10Seconds() {
        // Domain notes: each function can add 1,000 environments every 10 s. 1,001 simultaneous
        // calls: the bucket holds 1,000 tokens, so the last one is throttled.
        UsageStats t = Simulator.run(burst(1001), base().build()).total();
        assertThat(t.environmentsCreated()).isEqualTo(1000);
        assertThat(t.throttled()).isEqualTo(1);
    }

    @Test
    void legacyScalingUsesTheRegionsAccountBurst() {
        // Legacy rule: burst 500 outside the big regions (domain notes), then +500 per minute.
        UsageStats t = Simulator.run(burst(501), base().scaling(ScalingRule.legacy("eu-north-1")).build()).total();
        assertThat(t.environmentsCreated()).isEqualTo(500);
        assertThat(t.throttled()).isEqualTo(1);
        assertThat(ScalingRule.legacy("us-east-1").burst()).isEqualTo(3000);
        assertThat(ScalingRule.legacy("eu-central-1").burst()).isEqualTo(1000);
    }

    @Test
    void scheduledProvisionedConcurrencyServesOnlyInItsWindow() {
        // 2@08:00-20:00 at 512 MB; calls at 07:00 (before the window: cold on demand) and 09:00
        // (a provisioned environment: warm, billed at the PC duration price). The run ends at
        // 09:00 + 1 s, so PC was configured from 08:00 to 09:00:01, 3,601 s, billed rounded up to
        // 5 minutes (aws.amazon.com/lambda/pricing): 3,900 s; 2 x 3,900 s x 0.5 GB = 3,900 GB-s.
        long h = 3_600_000;
        TraceRows trace = TraceRows.of().add("f", 7 * h, 1000).add("f", 9 * h, 1000);
        UsageStats t = Simulator.run(trace, base().memoryMb(512).provisioned(ProvisionedSchedule.parse("2@08:00-20:00")).build()).total();
        assertThat(t.coldStarts()).isEqualTo(1);
        assertThat(t.warmStarts()).isEqualTo(1);
        assertThat(t.billing().provisionedBilledUs()).isEqualTo(1_000_000);
        assertThat(t.billing().billedUs()).isEqualTo(1_000_000);
        assertThat(t.billing().provisionedConfiguredGbSeconds()).isEqualByComparingTo(new BigDecimal("3900"));
    }

    @Test
    void latencyBucketsReportPercentilesWithinTheirWidth() {
        // 1..1000 ms, one value each: p50 = 500 ms, p90 = 900 ms, p99 = 990 ms; buckets are at most
        // 12.5% wide and report their midpoint, so within 6.25%; the maximum is exact.
        int[] counts = new int[LatencyBuckets.SIZE];
        long sum = 0;
        for (int ms = 1; ms <= 1000; ms++) {
            counts[LatencyBuckets.index(ms * 1000L)]++;
            sum += ms * 1000L;
        }
        LatencySummary s = LatencyBuckets.summary(counts, 1000, sum, 1_000_000);
        assertThat(s.p50Ms()).isCloseTo(500, within(500 * 0.0625));
        assertThat(s.p90Ms()).isCloseTo(900, within(900 * 0.0625));
        assertThat(s.p99Ms()).isCloseTo(990, within(990 * 0.0625));
        assertThat(s.maxMs()).isEqualTo(1000);
        assertThat(s.meanMs()).isEqualTo(500.5);
        for (long v : new long[] {0, 15, 16, 17, 1000, 123_456_789L}) {
            assertThat(LatencyBuckets.midpoint(LatencyBuckets.index(v))).isCloseTo(v, within(Math.max(0.5, v * 0.0625)));
        }
    }

    @Test
    void aListenerHearsProgressAndCanCancel() {
        // Progress every 65,536 invocations; cancelling stops the run with CancellationException.
        java.util.List<Long> heard = new java.util.ArrayList<>();
        ProgressListener cancelAtSecond = new ProgressListener() {
            @Override
            public void onProgress(long invocations, long simulatedUs) {
                heard.add(invocations);
            }

            @Override
            public boolean isCancelled() {
                return heard.size() == 2;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                Simulator.run(PublishedBehaviourTest.poisson(100, "const(10ms)", 10_000, 1), base().build(), cancelAtSecond))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(heard).containsExactly(65_536L, 131_072L);
    }

    @Test
    void perFunctionPercentilesAreKeptOnlyWhenAsked() {
        // Three calls of 100, 200 and 300 ms: mean 200 ms and max 300 ms always; p50 (200 ms,
        // within the buckets' 6.25%) only with per-function histograms.
        TraceRows a = TraceRows.of().add("f", 0, 100).add("f", 1000, 200).add("f", 2000, 300);
        LatencySummary lean = Simulator.run(a, base().build()).function("f").latency();
        assertThat(lean.meanMs()).isEqualTo(200);
        assertThat(lean.maxMs()).isEqualTo(300);
        assertThat(lean.hasPercentiles()).isFalse();
        TraceRows b = TraceRows.of().add("f", 0, 100).add("f", 1000, 200).add("f", 2000, 300);
        LatencySummary full = Simulator.run(b, base().perFunctionPercentiles(true).build()).function("f").latency();
        assertThat(full.p50Ms()).isCloseTo(200, within(200 * 0.0625));
    }
}
