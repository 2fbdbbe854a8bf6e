package io.lambdasim.traces.generate;

import io.lambdasim.traces.InvocationCursor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * A synthetic workload: one or more functions, each with arrivals and a duration distribution,
 * over a common horizon, reproducible from a seed. Parsed from the spec syntax
 * <pre>
 *   ARRIVALS;duration=DIST[;horizon=1h][;function=NAME][;memory=512][;max_memory=300][;type=sync|async|poll][;seed=N]
 * </pre>
 * with several functions joined by {@code +}, e.g.
 * {@code poisson(5/s);duration=lognormal(80ms,900ms);horizon=1d;function=api + schedule(rate(1 hour));duration=const(40s);function=nightly}.
 * {@code horizon} and {@code seed} belong to the whole workload: write them in any one function
 * (repeating the same value is fine; two different values are an error).
 *
 * <p>{@link #open()} streams the invocations of all functions in start order on {@code [0, horizon)};
 * the same spec and seed always give the same stream.
 *
 * @param functions the functions in spec order (their ids in the cursor's function table)
 * @param horizonUs length of the generated trace, µs
 * @param seed      the seed {@link #open()} uses
 */
public record WorkloadSpec(List<FunctionSpec> functions, long horizonUs, long seed) {

    /** Horizon when the spec names none: one hour. */
    public static final long DEFAULT_HORIZON_US = Quantities.US_PER_HOUR;

    /** Seed when the spec names none. */
    public static final long DEFAULT_SEED = io.lambdasim.traces.DefaultSeed.VALUE;

    /**
     * The calendar day of trace time 0, at 00:00 UTC: Monday 5 January 2026. Cron schedules and the
     * diurnal cycle are evaluated against it (a Monday, so a 7-day horizon is one Monday-Sunday week).
     */
    public static final LocalDate TRACE_EPOCH = LocalDate.of(2026, 1, 5);

    public WorkloadSpec {
        functions = List.copyOf(functions);
        if (functions.isEmpty() || horizonUs <= 0) {
            throw new IllegalArgumentException("a workload needs at least one function and a positive horizon");
        }
    }

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException with a one-line message naming the offending token, its
     *                                  1-based position in the spec and what was expected
     */
    public static WorkloadSpec parse(String spec) {
        return SpecParser.parse(spec);
    }

    /**
     * The most invocations a workload may generate unless the caller allows more
     * ({@code --allow-huge}): ten billion, some twenty minutes of simulation at ten million a
     * second. {@code poisson(1000000000000/s)} over a day (8.6 × 10^16) would otherwise run for
     * years without a word.
     */
    public static final long MAX_INVOCATIONS = 10_000_000_000L;

    /** About how many invocations {@link #open()} gives: each function's mean rate times the horizon. */
    public double expectedInvocations() {
        double n = 0;
        for (FunctionSpec f : functions) {
            n += f.arrivals().expectedCount(horizonUs);
        }
        return n;
    }

    /** About how many steps generating takes: invocations plus what the processes draw without emitting. */
    public double expectedSteps() {
        double n = 0;
        for (FunctionSpec f : functions) {
            n += f.arrivals().expectedSteps(horizonUs);
        }
        return n;
    }

    /**
     * Refuses a workload expected to exceed {@link #MAX_INVOCATIONS} invocations (or generation
     * steps), in one line saying what to change.
     */
    public void checkSize() {
        double n = expectedInvocations();
        double steps = expectedSteps();
        if (n > MAX_INVOCATIONS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the workload would generate about %.3g invocations over %s, more than the limit of %,d: "
                            + "lower the rate or the horizon, or add --allow-huge", n,
                    Quantities.formatUs(horizonUs), MAX_INVOCATIONS));
        }
        if (steps > MAX_INVOCATIONS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the workload would take about %.3g generation steps over %s (rate changes and thinned candidates), "
                            + "more than the limit of %,d: shorten the horizon or lengthen the bursts and gaps, or add --allow-huge",
                    steps, Quantities.formatUs(horizonUs), MAX_INVOCATIONS));
        }
    }

    /** The invocations, seeded with {@link #seed()}; refused beyond {@link #MAX_INVOCATIONS}. */
    public InvocationCursor open() {
        return open(seed);
    }

    /** The invocations, seeded with {@code seedOverride} instead of the spec's seed; refused beyond {@link #MAX_INVOCATIONS}. */
    public InvocationCursor open(long seedOverride) {
        return open(seedOverride, false);
    }

    /** As {@link #open(long)}; {@code allowHuge} lifts the {@link #MAX_INVOCATIONS} limit. */
    public InvocationCursor open(long seedOverride, boolean allowHuge) {
        if (!allowHuge) {
            checkSize();
        }
        return new GeneratedCursor(functions, horizonUs, seedOverride);
    }

    public Duration horizon() {
        return Duration.ofNanos(Math.multiplyExact(horizonUs, 1000L));
    }

    /** The same workload with another horizon (e.g. a GUI slider), keeping functions and seed. */
    public WorkloadSpec withHorizonUs(long newHorizonUs) {
        return new WorkloadSpec(functions, newHorizonUs, seed);
    }

    /** A canonical spec text that parses back to an equal workload. */
    public String expression() {
        StringJoiner joined = new StringJoiner(" + ");
        for (int i = 0; i < functions.size(); i++) {
            String f = functions.get(i).expression();
            if (i == 0) {
                f += ";horizon=" + Quantities.formatUs(horizonUs) + ";seed=" + seed;
            }
            joined.add(f);
        }
        return joined.toString();
    }
}
