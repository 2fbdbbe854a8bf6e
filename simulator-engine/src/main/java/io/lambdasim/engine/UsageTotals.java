package io.lambdasim.engine;

/** Builds the {@link UsageStats} of a function from its state, and adds them up into a total. */
final class UsageTotals {

    private UsageTotals() {
    }

    static UsageStats of(FunctionState f, long horizon) {
        double h = Math.max(1, horizon);
        BillingUsage b = new BillingUsage(f.requests, f.billedUs, f.cold.initBilledUs,
                BillingUsage.gbSeconds(f.billedUs, f.memoryMb), f.cold.provisionedBilledUs,
                BillingUsage.gbSeconds(f.cold.provisionedBilledUs, f.memoryMb), f.cold.provisionedConfiguredUs,
                BillingUsage.gbSeconds(f.cold.provisionedConfiguredUs, f.memoryMb));
        ObservedUsage observed = new ObservedUsage(f.cold.observedColdStarts, f.cold.observedBilledUs, f.cold.observedBilledRows,
                f.cold.observedColdStarts > 0);
        return new UsageStats(f.name, f.memoryMb, f.invocations, f.cold.coldStarts, f.warmStarts, f.cold.throttled, f.cold.timeouts,
                f.cold.errors, f.cold.outOfMemory, f.cold.retries, f.cold.dropped, f.cold.warmerInvocations, f.cold.warmerColdStarts, f.cold.created,
                f.cold.provisionedCreated, f.peakAlive, f.cold.aliveUs / h, f.busyUs / h,
                BillingUsage.gbSeconds(Math.max(0, f.cold.aliveUs - f.busyUs), f.memoryMb), f.peakInflight, b,
                f.latency(), observed);
    }

    static UsageStats empty() {
        return new UsageStats("*", -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, java.math.BigDecimal.ZERO, 0,
                BillingUsage.ZERO, LatencySummary.EMPTY, ObservedUsage.NONE);
    }

    static UsageStats sum(UsageStats a, UsageStats b) {
        return new UsageStats("*", -1, a.invocations() + b.invocations(), a.coldStarts() + b.coldStarts(),
                a.warmStarts() + b.warmStarts(), a.throttled() + b.throttled(), a.timeouts() + b.timeouts(),
                a.errors() + b.errors(), a.outOfMemory() + b.outOfMemory(), a.retries() + b.retries(),
                a.dropped() + b.dropped(), a.warmerInvocations() + b.warmerInvocations(),
                a.warmerColdStarts() + b.warmerColdStarts(), a.environmentsCreated() + b.environmentsCreated(),
                a.provisionedEnvironments() + b.provisionedEnvironments(), 0, a.avgAlive() + b.avgAlive(),
                a.avgBusy() + b.avgBusy(), a.idleGbSeconds().add(b.idleGbSeconds()), 0, a.billing().plus(b.billing()),
                LatencySummary.EMPTY, a.observed().plus(b.observed()));
    }
}
