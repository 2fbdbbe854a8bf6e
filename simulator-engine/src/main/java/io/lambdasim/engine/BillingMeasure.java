package io.lambdasim.engine;

/**
 * The two facts of a billing rule set the engine needs to measure billed duration, as plain values
 * (the engine knows no prices; {@code pricing-models}' BillingRules supplies them):
 * billed duration = duration (+ INIT when {@code initBilled} and the start was cold), rounded up to a
 * multiple of {@code roundingUs} (1 ms since December 2020, 100 ms before).
 */
public record BillingMeasure(long roundingUs, boolean initBilled) {

    /** Current AWS rules (since 2025-08-01): 1 ms rounding, INIT billed. */
    public static final BillingMeasure CURRENT = new BillingMeasure(Durations.US_PER_MS, true);

    public BillingMeasure {
        if (roundingUs < 1) {
            throw new IllegalArgumentException("billing rounding " + roundingUs + " µs must be positive");
        }
    }

    /** {@code us} rounded up to the billing granularity; at least one unit (AWS bills a 0 ms run as 1 ms). */
    public long billedUs(long us) {
        if (roundingUs == Durations.US_PER_MS) {
            // The common rule, by a constant divisor the JIT turns into a multiply: this is on the hot path.
            return Math.max(1, (us + 999) / 1000) * 1000;
        }
        long units = (us + roundingUs - 1) / roundingUs;
        return Math.max(1, units) * roundingUs;
    }
}
