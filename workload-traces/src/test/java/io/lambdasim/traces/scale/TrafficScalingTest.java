package io.lambdasim.traces.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TrafficScalingTest {

    private static final int N = 100_000;

    /** One invocation a second, alternating between functions "a" and "b". */
    private static Supplier<InvocationCursor> steady() {
        long[] starts = new long[N];
        String[] names = new String[N];
        for (int i = 0; i < N; i++) {
            starts[i] = i * 1_000_000L;
            names[i] = i % 2 == 0 ? "a" : "b";
        }
        return () -> new ArrayCursor(starts, names);
    }

    private static List<Long> drain(InvocationCursor c) {
        List<Long> starts = new ArrayList<>();
        try (c) {
            while (c.next()) {
                starts.add(c.startUs());
            }
        }
        return starts;
    }

    @Test
    void thinningKeepsTheFactorsShareWithinSamplingError() {
        // Binomial(100,000, 0.3): sd = sqrt(100000 · 0.3 · 0.7) = 145; 5 sd = 725.
        List<Long> kept = drain(TrafficScaling.scale(steady(), 0.3, 42));
        assertThat((double) kept.size()).isCloseTo(30_000, within(725.0));
        assertThat(kept).isSorted();
    }

    @Test
    void superpositionAddsWholeCopiesAndAThinnedOne() {
        // k = 2.5: two full copies (200,000) plus Binomial(100,000, 0.5) (sd 158, 5 sd = 790).
        InvocationCursor c = TrafficScaling.scale(steady(), 2.5, 7);
        int count = 0;
        long last = Long.MIN_VALUE;
        int a = 0;
        while (c.next()) {
            assertThat(c.startUs()).isGreaterThanOrEqualTo(last);
            last = c.startUs();
            count++;
            if (c.functions().name(c.functionId()).equals("a")) {
                a++;
            }
        }
        c.close();
        assertThat((double) count).isCloseTo(250_000, within(790.0));
        // Function names survive the merge: half the rows of every copy are "a".
        assertThat((double) a / count).isCloseTo(0.5, within(0.01));
        assertThat(c.functions().names()).containsExactly("a", "b");
        // Shifts stay within the one-minute window: the last start is at most 60 s late.
        assertThat(last).isLessThan((N - 1) * 1_000_000L + TrafficScaling.DEFAULT_SHIFT_US);
    }

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        List<Long> one = drain(TrafficScaling.scale(steady(), 1.7, 3));
        List<Long> two = drain(TrafficScaling.scale(steady(), 1.7, 3));
        List<Long> other = drain(TrafficScaling.scale(steady(), 1.7, 4));
        assertThat(one).isEqualTo(two);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void unitFactorIsTheSourceItselfAndBadFactorsAreRefused() {
        assertThat(drain(TrafficScaling.scale(steady(), 1, 1))).hasSize(N);
        assertThatThrownBy(() -> TrafficScaling.scale(steady(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traffic factor 0.0");
        assertThatThrownBy(() -> TrafficScaling.scale(steady(), 20_000, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
    }

    @Test
    void closeClosesEveryCopy() {
        List<ArrayCursor> opened = new ArrayList<>();
        Supplier<InvocationCursor> src = () -> {
            ArrayCursor c = new ArrayCursor(new long[] {0, 1}, new String[] {"f", "f"});
            opened.add(c);
            return c;
        };
        assertThat(drain(TrafficScaling.scale(src, 3, 1))).hasSize(6);
        assertThat(opened).hasSize(3).allMatch(c -> c.closed);
    }
}
