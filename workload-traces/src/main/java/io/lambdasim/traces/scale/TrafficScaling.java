package io.lambdasim.traces.scale;

import io.lambdasim.traces.InvocationCursor;
import java.util.function.Supplier;

/**
 * Scales a trace's traffic by a factor {@code k}, so a user can ask "what if we had 3.4× today's
 * traffic?" of the same workload.
 *
 * <ul>
 *   <li>{@code k < 1}: thinning. Each invocation is kept with probability {@code k}, independently
 *       (a thinned Poisson process is Poisson at rate {@code k·λ}; a thinned bursty trace keeps its
 *       bursts' shape).</li>
 *   <li>{@code k > 1}: superposition of {@code ⌈k⌉} copies of the trace, the first unshifted, each
 *       other shifted later by a seeded random offset below {@link #DEFAULT_SHIFT_US}, the last one
 *       thinned to {@code k − ⌊k⌋}. Copies stand for more users with today's daily pattern: a
 *       shift of seconds keeps the minute-scale peaks (which size a fleet) while avoiding exact
 *       coincidences that only a copy could produce.</li>
 * </ul>
 * The same source, {@code k} and seed give the same stream. The source is opened once per copy,
 * so memory stays flat in trace length.
 */
public final class TrafficScaling {

    /** Copies are shifted by up to one minute. */
    public static final long DEFAULT_SHIFT_US = 60_000_000L;
    /** More copies than this would be a typo (10,000× traffic), not a question. */
    public static final double MAX_FACTOR = 10_000;

    private TrafficScaling() {
    }

    /** {@code source} scaled by {@code k} with the default shift window. */
    public static InvocationCursor scale(Supplier<? extends InvocationCursor> source, double k, long seed) {
        return scale(source, k, seed, DEFAULT_SHIFT_US);
    }

    /**
     * {@code source} scaled by {@code k}; {@code source} must open a fresh cursor over the same
     * trace each time it is called.
     */
    public static InvocationCursor scale(Supplier<? extends InvocationCursor> source, double k, long seed,
                                         long shiftWindowUs) {
        if (!(k > 0) || k > MAX_FACTOR) {
            throw new IllegalArgumentException("traffic factor " + k + " outside (0, " + (long) MAX_FACTOR + "]");
        }
        if (shiftWindowUs < 0) {
            throw new IllegalArgumentException("shift window " + shiftWindowUs + " us must be >= 0");
        }
        if (k == 1) {
            return source.get();
        }
        return new ScaledCursor(source, k, seed, shiftWindowUs);
    }
}
