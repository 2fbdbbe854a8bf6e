package io.lambdasim.traces.generate;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * When a function is invoked: the ARRIVALS part of a spec ({@code poisson(5/s)}, {@code constant(10s)},
 * {@code diurnal(1/s..50/s)}, {@code bursty(1/s,100/s,30s,10m)}, {@code schedule(rate(5 minutes))},
 * {@code schedule(cron(0/15 8-18 ? * MON-FRI *))}).
 *
 * <p>A process is an immutable description; {@link #open} starts one independent realisation that
 * keeps O(1) state however long the horizon, so a 30-day trace streams instead of materialising.
 */
public sealed interface ArrivalProcess
        permits PoissonArrivals, ConstantArrivals, DiurnalArrivals, BurstyArrivals, CronSchedule {

    /**
     * A realisation of this process on {@code [0, horizonUs)}, drawing its randomness from
     * {@code rng} (which it then owns).
     */
    ArrivalStream open(RandomGenerator rng, long horizonUs);

    /** The spec text that produces this process again, e.g. {@code poisson(5/s)}. */
    String expression();

    /**
     * About how many arrivals a realisation on {@code [0, horizonUs)} has: the mean rate times the
     * horizon (an upper bound for schedules), to refuse an absurd workload before generating it.
     */
    double expectedCount(long horizonUs);

    /**
     * About how many steps generating on {@code [0, horizonUs)} takes: the arrivals, plus what the
     * process draws without emitting (thinned candidates, state changes), which can dwarf them
     * ({@code bursty(0/s,0.000000001/s,1s,1s)} over 100 years changes state three billion times
     * for one or two arrivals).
     */
    default double expectedSteps(long horizonUs) {
        return expectedCount(horizonUs);
    }
}
