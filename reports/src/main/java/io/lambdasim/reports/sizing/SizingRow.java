package io.lambdasim.reports.sizing;

import java.math.BigDecimal;

/**
 * One configuration (memory and architecture) of a sizing run: what the simulated month costs and
 * how the function behaved.
 *
 * @param memoryMb                  configured memory
 * @param arch                      {@code x86_64} or {@code arm64}
 * @param invocations               trace invocations simulated
 * @param monthlyCost               Lambda bill scaled to a month (requests + compute + INIT), USD
 * @param costPerMillion            that bill per million invocations, USD
 * @param computeCostPerInvocation  duration charge per invocation without INIT, USD (Power Tuning's averagePrice)
 * @param meanDurationMs            mean duration at this memory (without INIT)
 * @param p99DurationMs             99th percentile duration
 * @param coldStarts                simulated cold starts
 * @param p99LatencyMs              99th percentile latency including INIT and queueing
 * @param outOfMemory               invocations whose max memory used exceeds this memory
 * @param timeouts                  invocations stopped at the timeout
 * @param monthlyGbSeconds          billed GB-s scaled to a month
 */
public record SizingRow(int memoryMb, String arch, long invocations, BigDecimal monthlyCost, BigDecimal costPerMillion,
                        double computeCostPerInvocation, double meanDurationMs, double p99DurationMs, long coldStarts,
                        double p99LatencyMs, long outOfMemory, long timeouts, double monthlyGbSeconds) {

    public long failures() {
        return outOfMemory + timeouts;
    }
}
