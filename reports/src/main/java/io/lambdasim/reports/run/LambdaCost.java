package io.lambdasim.reports.run;

import java.math.BigDecimal;

/**
 * A Lambda bill by component, in USD (exact; rounded only for display), for a period the holder
 * names: a month ({@link ScenarioResult#monthly()}) or the simulated period, as that month's bill
 * pro rata ({@link ScenarioResult#cost()}).
 *
 * @param requests    request charges
 * @param compute     on-demand duration (GB-s) charges, INIT included where the rules bill it
 * @param provisioned provisioned concurrency: configured GB-s plus the duration of invocations it served
 * @param storage     ephemeral storage above 512 MB
 * @param snapStart   SnapStart's snapshot cache and restores (Python and .NET functions)
 * @param total       the sum
 */
public record LambdaCost(BigDecimal requests, BigDecimal compute, BigDecimal provisioned, BigDecimal storage,
                         BigDecimal snapStart, BigDecimal total) {

    public static LambdaCost of(BigDecimal requests, BigDecimal compute, BigDecimal provisioned, BigDecimal storage) {
        return of(requests, compute, provisioned, storage, BigDecimal.ZERO);
    }

    public static LambdaCost of(BigDecimal requests, BigDecimal compute, BigDecimal provisioned, BigDecimal storage,
                                BigDecimal snapStart) {
        return new LambdaCost(requests, compute, provisioned, storage, snapStart,
                requests.add(compute).add(provisioned).add(storage).add(snapStart));
    }

    /** Every component rounded half-even to {@code places} decimals (the total is their sum). */
    public LambdaCost rounded(int places) {
        java.math.RoundingMode m = java.math.RoundingMode.HALF_EVEN;
        return of(requests.setScale(places, m), compute.setScale(places, m), provisioned.setScale(places, m),
                storage.setScale(places, m), snapStart.setScale(places, m));
    }

    /** Every component times {@code share} (a month's bill to a period's share of it). */
    public LambdaCost times(BigDecimal share) {
        return of(requests.multiply(share), compute.multiply(share), provisioned.multiply(share), storage.multiply(share),
                snapStart.multiply(share));
    }
}
