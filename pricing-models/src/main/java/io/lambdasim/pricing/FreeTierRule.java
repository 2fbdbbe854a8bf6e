package io.lambdasim.pricing;

/**
 * How the monthly free tier treats a function with provisioned concurrency (PC).
 */
public enum FreeTierRule {
    /**
     * The current pricing page's worked examples: the free tier covers requests and on-demand
     * duration, every function's alike, and never provisioned-concurrency charges.
     */
    ON_DEMAND,
    /**
     * The December 2020 pricing page: "The Lambda free tier does not apply to functions that have
     * Provisioned Concurrency enabled": such a function's requests and duration are billed in full.
     */
    NONE;

    static FreeTierRule parse(String s) {
        switch (s) {
            case "on-demand": return ON_DEMAND;
            case "none": return NONE;
            default: throw new IllegalArgumentException("freeTierWithProvisioned: expected on-demand or none, found " + s);
        }
    }
}
