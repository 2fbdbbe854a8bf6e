package io.lambdasim.engine;

/** Builds the {@link UsageStats} of a function from its state, and adds them up into a total. */
final class UsageTotals {

    private UsageTotals() {
    }

    static UsageStats of(FunctionState f, long horizon) {
        double h = Math.max(1, horizon);
        BillingUsage b = new BillingUsage(f.requests, f.billedUs, f.initBilledUs,
                BillingUsage.gbSeconds(f.billedUs, f.memoryMb), f.provisionedBilledUs,
                BillingUsage.gbSeconds(f.provisionedBilledUs, f.memoryMb), f.provisionedConfiguredUs,
                BillingUsage.gbSeconds(f.provisionedConfiguredUs, f.memoryMb));
        ObservedUsage observed = new ObservedUsage(f.observedColdStarts, f.observedBilledUs, f.observedBilledRows,
                f.observedColdStarts > 0);
        return new UsageStats(f.name, f.memoryMb, f.invocations, f.coldStarts, f.warmStarts, f.throttled, f.timeouts,
                f.errors, f.outOfMemory, f.retries, f.dropped, f.warmerInvocations, f.warmerColdStarts, f.created,
                f.provisionedCreated, f.peakAlive, f.aliveUs / h, f.busyUs / h,
                BillingUsage.gbSeconds(Math.max(0, f.aliveUs - f.busyUs), f.memoryMb), f.peakInflight, b,
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
