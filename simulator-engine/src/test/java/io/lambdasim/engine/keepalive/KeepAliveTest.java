package io.lambdasim.engine.keepalive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.engine.Durations;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeepAliveTest {

    private static final long MIN = Durations.US_PER_MIN;

    @Test
    void parsesEveryPolicyOfTheRegistry() {
        assertThat(KeepAlive.parse("fixed:10m").minUs()).isEqualTo(10 * MIN);
        assertThat(KeepAlive.parse("none").newPolicy().keepAliveUs(0, 0, new SplittableRandom(1))).isZero();
        assertThat(KeepAlive.parse("never").newPolicy().keepAliveUs(0, 0, new SplittableRandom(1))).isEqualTo(KeepAlivePolicy.FOREVER);
        long r = KeepAlive.parse("random:5m-15m").newPolicy().keepAliveUs(0, 0, new SplittableRandom(1));
        assertThat(r).isBetween(5 * MIN, 15 * MIN);
        assertThat(KeepAlive.parse("hybrid").spec()).isEqualTo("hybrid:10m");
        assertThatThrownBy(() -> KeepAlive.parse("forever")).hasMessageContaining("allowed");
    }

    @Test
    void hybridFallsBackToFixedUntilTheHistogramIsRepresentative() {
        KeepAlivePolicy p = KeepAlive.parse("hybrid:7m").newPolicy();
        for (int i = 0; i < HybridHistogramPolicy.MIN_SAMPLES - 1; i++) {
            p.onIdleTime(0, 30 * MIN);
        }
        assertThat(p.prewarmDelayUs(0, 0)).isEqualTo(KeepAlivePolicy.NO_PREWARM);
        assertThat(p.keepAliveUs(0, 0, null)).isEqualTo(7 * MIN);
    }

    @Test
    void hybridPrewarmsAtTheHeadAndKeepsAliveToTheTailWithTenPercentMargins() {
        // 100 idle times of 30.5 min all in bin 30 (one spike: highly concentrated histogram).
        // Head = tail = bin 30: pre-warm at 30 min x 0.9 = 27 min; keep alive until the bin's upper
        // edge plus 10%, 31 x 1.1 = 34.1 min, i.e. a window of 34.1 - 27 = 7.1 min (Shahrad et al. 4.2).
        KeepAlivePolicy p = KeepAlive.parse("hybrid").newPolicy();
        for (int i = 0; i < 100; i++) {
            p.onIdleTime(3, 30 * MIN + 30 * Durations.US_PER_S);
        }
        assertThat(p.prewarmDelayUs(3, 0)).isEqualTo(27 * MIN);
        assertThat(p.keepAliveUs(3, 0, null)).isEqualTo(Math.round(34.1 * MIN) - 27 * MIN);
    }

    @Test
    void hybridWithMostlyOutOfBoundsIdleTimesUsesTheFallback() {
        KeepAlivePolicy p = KeepAlive.parse("hybrid").newPolicy();
        for (int i = 0; i < 20; i++) {
            p.onIdleTime(0, i % 3 == 0 ? 10 * MIN : 5 * Durations.US_PER_H);
        }
        assertThat(p.prewarmDelayUs(0, 0)).isEqualTo(KeepAlivePolicy.NO_PREWARM);
        assertThat(p.keepAliveUs(0, 0, null)).isEqualTo(10 * MIN);
    }
}
