package io.lambdasim.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything measured for one function, or for all of them together ({@code name} = "*",
 * {@code memoryMb} = -1 for the total): the value of every {@link Metric}. The stored metrics sit in
 * one primitive array indexed by the metric; the others are derived here, in one place
 * ({@link #value}, {@link #exact}); the named accessors are shorthands for callers.
 *
 * <p>Counting: {@code invocations} are the trace's rows; every attempt to run them (first try,
 * async retries) that starts is a cold or a warm start; warmer pings are counted apart
 * ({@code warmerInvocations}, {@code warmerColdStarts}) but are in the billing. {@code throttled}
 * counts throttled attempts; {@code dropped} async events that reached their maximum age.
 * Environment averages are over the horizon (trace start to the last arrival or completion).
 */
public final class UsageStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Metric[] METRICS = Metric.values();

    private final String name;
    private final int memoryMb;
    private final long horizonUs;
    private final long[] stored;
    private final BigDecimal[] exact;
    private final LatencySummary latency;
    private final LatencySummary queueAge;
    private final BillingUsage billing;
    private final ObservedUsage observed;

    private UsageStats(String name, int memoryMb, long horizonUs, long[] stored, BigDecimal[] exact, LatencySummary latency,
                       LatencySummary queueAge) {
        this.name = name;
        this.memoryMb = memoryMb;
        this.horizonUs = horizonUs;
        this.stored = stored;
        this.exact = exact;
        this.latency = latency;
        this.queueAge = queueAge;
        this.billing = new BillingUsage(count(Metric.REQUESTS), count(Metric.BILLED_MS), count(Metric.INIT_BILLED_MS),
                exact(Metric.GB_SECONDS), count(Metric.PROVISIONED_BILLED_MS), exact(Metric.PROVISIONED_GB_SECONDS),
                count(Metric.PROVISIONED_CONFIGURED_US), exact(Metric.PROVISIONED_CONFIGURED_GB_SECONDS));
        long observedColdStarts = count(Metric.OBSERVED_COLD_STARTS);
        this.observed = new ObservedUsage(observedColdStarts, count(Metric.OBSERVED_BILLED_MS),
                count(Metric.OBSERVED_BILLED_ROWS), observedColdStarts > 0);
    }

    /** An empty array for {@link #ofFunction}: one slot per metric. */
    static long[] newValues() {
        return new long[METRICS.length];
    }

    /** One function's figures from its stored metrics ({@code stored}, indexed by metric; kept, not copied). */
    static UsageStats ofFunction(String name, int memoryMb, long horizonUs, long[] stored, LatencySummary latency) {
        BigDecimal[] exact = new BigDecimal[METRICS.length];
        long alive = stored[Metric.ALIVE_US.ordinal()];
        long busy = stored[Metric.BUSY_US.ordinal()];
        exact[Metric.IDLE_GB_SECONDS.ordinal()] = BillingUsage.gbSeconds(Math.max(0, alive - busy), memoryMb);
        exact[Metric.GB_SECONDS.ordinal()] = BillingUsage.gbSeconds(stored[Metric.BILLED_MS.ordinal()], memoryMb);
        exact[Metric.PROVISIONED_GB_SECONDS.ordinal()] =
                BillingUsage.gbSeconds(stored[Metric.PROVISIONED_BILLED_MS.ordinal()], memoryMb);
        exact[Metric.PROVISIONED_CONFIGURED_GB_SECONDS.ordinal()] =
                BillingUsage.gbSeconds(stored[Metric.PROVISIONED_CONFIGURED_US.ordinal()], memoryMb);
        return new UsageStats(name, memoryMb, horizonUs, stored, exact, latency, LatencySummary.UNMEASURED);
    }

    /**
     * All functions together, each metric aggregated as it declares: sums and maxima over the
     * functions, the run-wide peaks and latency as measured over the run.
     */
    static UsageStats total(List<UsageStats> functions, long horizonUs, long peakEnvironments, long peakConcurrency,
                            LatencySummary latency, LatencySummary queueAge) {
        long[] stored = newValues();
        BigDecimal[] exact = new BigDecimal[METRICS.length];
        for (Metric m : METRICS) {
            int i = m.ordinal();
            if (m.kind() == Metric.Kind.EXACT) {
                BigDecimal sum = BigDecimal.ZERO;
                for (UsageStats f : functions) {
                    sum = sum.add(f.exact[i]);
                }
                exact[i] = sum;
            } else if (m.stored()) {
                long v = 0;
                for (UsageStats f : functions) {
                    v = m.aggregation() == Aggregation.MAX ? Math.max(v, f.stored[i]) : v + f.stored[i];
                }
                stored[i] = v;
            }
        }
        stored[Metric.PEAK_ENVIRONMENTS.ordinal()] = peakEnvironments;
        stored[Metric.PEAK_CONCURRENCY.ordinal()] = peakConcurrency;
        return new UsageStats("*", -1, horizonUs, stored, exact, latency, queueAge);
    }

    // ---------------------------------------------------------------- by metric

    /** A {@link Metric.Kind#COUNT} or {@link Metric.Kind#MICROS} metric as the whole number stored (µs for MICROS). */
    public long count(Metric m) {
        if (!m.stored()) {
            throw new IllegalArgumentException(m + " is not a stored whole number");
        }
        return stored[m.ordinal()];
    }

    /** Any metric but an exact one as a number in its written unit (MICROS in ms); NaN for an unmeasured percentile. */
    public double value(Metric m) {
        switch (m) {
            case COLD_START_RATIO: return coldStartRatio();
            case AVG_ALIVE: return count(Metric.ALIVE_US) / (double) Math.max(1, horizonUs);
            case AVG_BUSY: return count(Metric.BUSY_US) / (double) Math.max(1, horizonUs);
            case LATENCY_P50: return latency.p50Ms();
            case LATENCY_P90: return latency.p90Ms();
            case LATENCY_P99: return latency.p99Ms();
            case LATENCY_MAX: return latency.maxMs();
            case LATENCY_MEAN: return latency.meanMs();
            case QUEUE_AGE_P50: return queueAge.p50Ms();
            case QUEUE_AGE_P99: return queueAge.p99Ms();
            case MEAN_BATCH_SIZE: return count(Metric.BATCHED_MESSAGES) / (double) count(Metric.BATCHES);
            case MEAN_BILLED_DURATION:
                return (billing.billedUs() + billing.provisionedBilledUs()) / 1000.0 / billing.requests();
            case MEAN_DURATION_WITHOUT_INIT:
                return (count(Metric.BUSY_US) - count(Metric.INIT_MS)) / 1000.0 / billing.requests();
            default:
                if (m.kind() == Metric.Kind.EXACT) {
                    return exact(m).doubleValue();
                }
                return m.kind() == Metric.Kind.MICROS ? count(m) / 1000.0 : count(m);
        }
    }

    /** An {@link Metric.Kind#EXACT} metric (GB-s). */
    public BigDecimal exact(Metric m) {
        BigDecimal v = exact[m.ordinal()];
        if (v == null) {
            throw new IllegalArgumentException(m + " is not an exact metric");
        }
        return v;
    }

    /**
     * Whether {@code m} was measured in this run: a percentile only with a histogram, the trace's
     * own figures only when the trace carries them; everything else always.
     */
    public boolean has(Metric m) {
        switch (m) {
            case OBSERVED_COLD_STARTS: return observed.hasColdStarts();
            case OBSERVED_BILLED_MS: return observed.hasBilled();
            case MEAN_BILLED_DURATION: case MEAN_DURATION_WITHOUT_INIT: return billing.requests() > 0;
            case MEAN_BATCH_SIZE: return count(Metric.BATCHES) > 0;
            default: return m.kind() != Metric.Kind.PERCENTILE || !Double.isNaN(value(m));
        }
    }

    // ---------------------------------------------------------------- shorthands

    public String name() {
        return name;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public long invocations() {
        return count(Metric.INVOCATIONS);
    }

    public long coldStarts() {
        return count(Metric.COLD_STARTS);
    }

    public long warmStarts() {
        return count(Metric.WARM_STARTS);
    }

    public long throttled() {
        return count(Metric.THROTTLED);
    }

    public long timeouts() {
        return count(Metric.TIMEOUTS);
    }

    public long errors() {
        return count(Metric.ERRORS);
    }

    public long outOfMemory() {
        return count(Metric.OUT_OF_MEMORY);
    }

    public long retries() {
        return count(Metric.RETRIES);
    }

    public long dropped() {
        return count(Metric.DROPPED);
    }

    public long warmerInvocations() {
        return count(Metric.WARMER_INVOCATIONS);
    }

    public long warmerColdStarts() {
        return count(Metric.WARMER_COLD_STARTS);
    }

    public long environmentsCreated() {
        return count(Metric.ENVIRONMENTS_CREATED);
    }

    public long provisionedEnvironments() {
        return count(Metric.PROVISIONED_ENVIRONMENTS);
    }

    public long peakEnvironments() {
        return count(Metric.PEAK_ENVIRONMENTS);
    }

    public double avgAlive() {
        return value(Metric.AVG_ALIVE);
    }

    public double avgBusy() {
        return value(Metric.AVG_BUSY);
    }

    public BigDecimal idleGbSeconds() {
        return exact(Metric.IDLE_GB_SECONDS);
    }

    public long peakConcurrency() {
        return count(Metric.PEAK_CONCURRENCY);
    }

    public BillingUsage billing() {
        return billing;
    }

    public LatencySummary latency() {
        return latency;
    }

    public ObservedUsage observed() {
        return observed;
    }

    /** Age of queued messages when taken, ms (percentiles only for the total: per function NaN, maximum in {@link Metric#QUEUE_AGE_MAX}). */
    public LatencySummary queueAge() {
        return queueAge;
    }

    /**
     * Cold starts over the trace's invocations (issue 4's "cold starts and their ratio"; warmer pings
     * excluded from both); 0 without invocations. Retries of async events that start cold count as
     * cold starts, so with many retries the ratio can exceed the share of cold first attempts.
     */
    public double coldStartRatio() {
        long invocations = invocations();
        return invocations == 0 ? 0.0 : (double) coldStarts() / invocations;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UsageStats u)) {
            return false;
        }
        return memoryMb == u.memoryMb && horizonUs == u.horizonUs && name.equals(u.name)
                && Arrays.equals(stored, u.stored) && Arrays.equals(exact, u.exact) && latency.equals(u.latency)
                && queueAge.equals(u.queueAge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, memoryMb, horizonUs, Arrays.hashCode(stored), latency);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("UsageStats[").append(name).append(", ").append(memoryMb).append(" MB");
        for (Metric m : METRICS) {
            if (m.stored()) {
                sb.append(", ").append(m.key()).append('=').append(stored[m.ordinal()]);
            }
        }
        return sb.append(']').toString();
    }
}
