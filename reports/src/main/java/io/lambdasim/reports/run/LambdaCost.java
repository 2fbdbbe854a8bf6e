package io.lambdasim.reports.run;

import java.math.BigDecimal;

/**
 * The Lambda bill of a scenario's usage, by component, in USD (exact; rounded only for display).
 * The usage is priced as one month's bill (the free tier, when on, applies once).
 *
 * @param requests    request charges
 * @param compute     on-demand duration (GB-s) charges, INIT included where the rules bill it
 * @param provisioned provisioned concurrency: configured GB-s plus the duration of invocations it served
 * @param storage     ephemeral storage above 512 MB
 * @param total       the sum
 */
public record LambdaCost(BigDecimal requests, BigDecimal compute, BigDecimal provisioned, BigDecimal storage,
                         BigDecimal total) {

    public static LambdaCost of(BigDecimal requests, BigDecimal compute, BigDecimal provisioned, BigDecimal storage) {
        return new LambdaCost(requests, compute, provisioned, storage, requests.add(compute).add(provisioned).add(storage));
    }
}
