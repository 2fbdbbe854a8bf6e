package io.lambdasim.engine;

import java.math.BigDecimal;

/**
 * Everything measured for one function, or for all of them together ({@code name} = "*",
 * {@code memoryMb} = -1 for the total).
 *
 * <p>Counting: {@code invocations} are the trace's rows; every attempt to run them (first try,
 * async retries) that starts is a cold or a warm start; warmer pings are counted apart
 * ({@code warmerInvocations}, {@code warmerColdStarts}) but are in the billing. {@code throttled}
 * counts throttled attempts; {@code dropped} async events that reached their maximum age.
 * Environment averages are over the horizon (trace start to the last arrival or completion).
 */
public record UsageStats(
        String name,
        int memoryMb,
        long invocations,
        long coldStarts,
        long warmStarts,
        long throttled,
        long timeouts,
        long errors,
        long outOfMemory,
        long retries,
        long dropped,
        long warmerInvocations,
        long warmerColdStarts,
        long environmentsCreated,
        long provisionedEnvironments,
        long peakEnvironments,
        double avgAlive,
        double avgBusy,
        BigDecimal idleGbSeconds,
        long peakConcurrency,
        BillingUsage billing,
        LatencySummary latency,
        ObservedUsage observed) {

    /**
     * Cold starts over the trace's invocations (issue 4's "cold starts and their ratio"; warmer pings
     * excluded from both); 0 without invocations. Retries of async events that start cold count as
     * cold starts, so with many retries the ratio can exceed the share of cold first attempts.
     */
    public double coldStartRatio() {
        return invocations == 0 ? 0.0 : (double) coldStarts / invocations;
    }
}
