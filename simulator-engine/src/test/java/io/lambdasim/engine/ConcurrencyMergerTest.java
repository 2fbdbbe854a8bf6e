package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The merge of two groups' counts at equal times (hand-worked): the sum's peak is known whatever
 * the order when both only rise, or when both only fall from sums whose first step gives one value;
 * otherwise it is bounded and, when the bound lies above every other peak, not exact.
 */
class ConcurrencyMergerTest {

    private static final int COMPLETE = EventKind.COMPLETE.id();
    private static final int ARRIVAL = EventKind.ARRIVAL.id();

    private static GroupLog log(long[][] events) {
        GroupLog l = new GroupLog(false);
        for (long[] e : events) {
            // time, kind, in flight, alive, claim
            l.add(e[0], (int) e[1], (int) e[2], (int) e[3], (int) e[4], 0);
        }
        return l;
    }

    @Test
    void twoGroupsRisingAtOneInstantPeakAtTheirSum() {
        // a: 0 -> 1 -> 2 at t=5, b: 0 -> 1 at t=5: whatever the order, the sum ends at 3, its peak.
        ConcurrencyMerger m = new ConcurrencyMerger(2, 1000, null);
        m.merge(new GroupLog[] {
            log(new long[][] {{5, ARRIVAL, 1, 1, 1}, {5, ARRIVAL, 2, 2, 2}}),
            log(new long[][] {{5, ARRIVAL, 1, 1, 1}})});
        assertThat(m.peakInflight()).isEqualTo(3);
        assertThat(m.peakAlive()).isEqualTo(3);
        assertThat(m.exact()).isTrue();
        assertThat(m.contention()).isFalse();
    }

    @Test
    void aRiseThenEqualFallsKeepThePeakExact() {
        // t=1: a and b rise to 2 each (sum 4). t=9: each completes one (2 -> 1): after the first
        // completion the sum is 3 whichever group goes first, below the peak of 4.
        ConcurrencyMerger m = new ConcurrencyMerger(2, 1000, null);
        m.merge(new GroupLog[] {
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {1, ARRIVAL, 2, 2, 2}, {9, COMPLETE, 1, 2, 1}}),
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {1, ARRIVAL, 2, 2, 2}, {9, COMPLETE, 1, 2, 1}})});
        assertThat(m.peakInflight()).isEqualTo(4);
        assertThat(m.exact()).isTrue();
    }

    @Test
    void aMixedTieAboveEveryOtherPeakIsNotExact() {
        // t=1: a and b at 1 each (sum 2). t=3, one instant of completions: each group goes 1 -> 2 -> 1
        // (an end lets its event source start the next batch before another ends). In the order
        // a, a, b, b the sums are 3, 2, 3, 2 (peak 3); in a, b, a, b they are 3, 4, 3, 2 (peak 4).
        // The merger keeps 3 (reached in any order) and the bound 4; nothing else reaches 4, so the
        // run's peak is not proven: not exact (the coupled run decides).
        ConcurrencyMerger m = new ConcurrencyMerger(2, 1000, null);
        m.merge(new GroupLog[] {
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {3, COMPLETE, 2, 2, 2}, {3, COMPLETE, 1, 2, 1}}),
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {3, COMPLETE, 2, 2, 2}, {3, COMPLETE, 1, 2, 1}})});
        assertThat(m.peakInflight()).isEqualTo(3);
        assertThat(m.exact()).isFalse();
    }

    @Test
    void reachingTheAccountLimitIsContention() {
        // A limit of 3: a takes 2, b takes 1 at a later instant: the sum reaches 3.
        ConcurrencyMerger m = new ConcurrencyMerger(2, 3, null);
        m.merge(new GroupLog[] {
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {2, ARRIVAL, 2, 2, 2}}),
            log(new long[][] {{4, ARRIVAL, 1, 1, 1}})});
        assertThat(m.contention()).isTrue();
        ConcurrencyMerger below = new ConcurrencyMerger(2, 4, null);
        below.merge(new GroupLog[] {
            log(new long[][] {{1, ARRIVAL, 1, 1, 1}, {2, ARRIVAL, 2, 2, 2}}),
            log(new long[][] {{4, ARRIVAL, 1, 1, 1}})});
        assertThat(below.contention()).isFalse();
    }
}
