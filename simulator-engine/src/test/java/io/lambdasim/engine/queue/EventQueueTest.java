package io.lambdasim.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventQueueTest {

    private static EventQueue queue(int arity) {
        // arity 0 stands for the timing wheel, which must order exactly like the heaps.
        return arity == 0 ? new TimingWheelEventQueue() : arity == 2 ? DaryHeapEventQueue.binary() : DaryHeapEventQueue.quaternary();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void popsByTimeThenKindThenInsertionOrder(int arity) {
        EventQueue q = queue(arity);
        q.add(10, 4, 1);
        q.add(10, 0, 2);
        q.add(5, 4, 3);
        q.add(10, 1, 4);
        q.add(10, 0, 5);
        List<Integer> out = new ArrayList<>();
        while (!q.isEmpty()) {
            out.add(q.peekPayload());
            q.removeFirst();
        }
        // t=5 first; at t=10 kind 0 (payloads 2, 5 in insertion order), kind 1, then kind 4.
        assertThat(out).containsExactly(3, 2, 5, 4, 1);
        assertThat(q.peekTime()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void agreesWithASortOnRandomInterleavedOperations(int arity) {
        EventQueue q = queue(arity);
        List<long[]> reference = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        long seq = 0;
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                long time = random.nextLong(1000);
                int kind = random.nextInt(3);
                q.add(time, kind, (int) seq);
                reference.add(new long[] {time, kind, seq++});
            } else {
                reference.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
                long[] first = reference.remove(0);
                assertThat(q.peekTime()).isEqualTo(first[0]);
                assertThat(q.peekKind()).isEqualTo((int) first[1]);
                assertThat(q.peekPayload()).isEqualTo((int) first[2]);
                q.removeFirst();
            }
        }
        assertThat(q.size()).isEqualTo(reference.size());
    }

    /**
     * The wheel against a sort, the way the simulator uses it (adds at now + a duration, now moving
     * forward) but with durations from 0 to 3x its window (so entries also go to its heap and tie with
     * wheel entries), a few adds before the current time (behind the window's origin) and clear() midway.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 42})
    void wheelAgreesWithASortAcrossItsWindowAndHeap(int seed) {
        TimingWheelEventQueue q = new TimingWheelEventQueue();
        List<long[]> reference = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        long window = (long) TimingWheelEventQueue.SLOTS << TimingWheelEventQueue.BUCKET_SHIFT;
        long now = 0;
        long seq = 0;
        for (int step = 0; step < 50_000; step++) {
            if (step == 25_000) {
                q.clear();
                reference.clear();
            }
            if (random.nextInt(2) > 0 || reference.isEmpty()) {
                int shape = random.nextInt(10);
                long time = shape == 0 ? now + random.nextLong(3 * window)      // often beyond the window
                        : shape == 1 ? Math.max(0, now - random.nextLong(5000)) // behind the origin
                        : shape == 2 ? now                                      // ties at the current time
                        : now + random.nextLong(200_000);
                int kind = random.nextInt(3);
                q.add(time, kind, (int) seq);
                reference.add(new long[] {time, kind, seq++});
            } else {
                reference.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
                long[] first = reference.remove(0);
                assertThat(q.peekTime()).isEqualTo(first[0]);
                assertThat(q.peekKind()).isEqualTo((int) first[1]);
                assertThat(q.peekPayload()).isEqualTo((int) first[2]);
                q.removeFirst();
                now = first[0];
            }
            assertThat(q.size()).isEqualTo(reference.size());
        }
        while (!reference.isEmpty()) {
            reference.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
            long[] first = reference.remove(0);
            assertThat(q.peekPayload()).isEqualTo((int) first[2]);
            q.removeFirst();
        }
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.peekTime()).isEqualTo(Long.MAX_VALUE);
    }
}
