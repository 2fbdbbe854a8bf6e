package io.lambdasim.engine;

/** Fills a function's stored {@link Metric}s from its state at the end of a run: the one place engine fields meet metric names. */
final class UsageTotals {

    private UsageTotals() {
    }

    static UsageStats of(FunctionState f, long horizonUs) {
        FunctionState.Cold c = f.cold;
        long[] v = UsageStats.newValues();
        put(v, Metric.INVOCATIONS, f.invocations);
        put(v, Metric.COLD_STARTS, c.coldStarts);
        put(v, Metric.WARM_STARTS, f.warmStarts);
        put(v, Metric.THROTTLED, c.throttled);
        put(v, Metric.TIMEOUTS, c.timeouts);
        put(v, Metric.ERRORS, c.errors);
        put(v, Metric.OUT_OF_MEMORY, c.outOfMemory);
        put(v, Metric.RETRIES, c.retries);
        put(v, Metric.DROPPED, c.dropped);
        put(v, Metric.WARMER_INVOCATIONS, c.warmerInvocations);
        put(v, Metric.WARMER_COLD_STARTS, c.warmerColdStarts);
        put(v, Metric.PEAK_CONCURRENCY, f.peakInflight);
        put(v, Metric.ENVIRONMENTS_CREATED, c.created);
        put(v, Metric.PROVISIONED_ENVIRONMENTS, c.provisionedCreated);
        put(v, Metric.PEAK_ENVIRONMENTS, f.peakAlive);
        put(v, Metric.BILLED_MS, f.billedUs);
        put(v, Metric.INIT_BILLED_MS, c.initBilledUs);
        put(v, Metric.REQUESTS, f.requests);
        put(v, Metric.PROVISIONED_BILLED_MS, c.provisionedBilledUs);
        put(v, Metric.OBSERVED_COLD_STARTS, c.observedColdStarts);
        put(v, Metric.OBSERVED_BILLED_MS, c.observedBilledUs);
        put(v, Metric.OBSERVED_BILLED_ROWS, c.observedBilledRows);
        put(v, Metric.ALIVE_US, c.aliveUs);
        put(v, Metric.BUSY_US, f.busyUs);
        put(v, Metric.INIT_MS, c.initUs);
        put(v, Metric.PROVISIONED_CONFIGURED_US, c.provisionedConfiguredUs);
        put(v, Metric.REINITIALISED, c.reinitialised);
        put(v, Metric.MESSAGES, c.messages);
        put(v, Metric.BATCHES, c.batches);
        put(v, Metric.BATCHED_MESSAGES, c.batchedMessages);
        put(v, Metric.DEAD_LETTERED, c.deadLettered);
        put(v, Metric.DROPPED_BY_AGE, c.droppedByAge);
        put(v, Metric.QUEUE_AGE_MAX, c.queueAgeMaxUs);
        return UsageStats.ofFunction(f.name, f.memoryMb, horizonUs, v, f.latency());
    }

    private static void put(long[] values, Metric m, long v) {
        values[m.ordinal()] = v;
    }
}
