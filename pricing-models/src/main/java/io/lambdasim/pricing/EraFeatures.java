package io.lambdasim.pricing;

import java.util.Locale;

/**
 * What a billing era offers beyond its limits, as AWS introduced it: duration tiers (Aug 2022),
 * provisioned concurrency (Dec 2019) and how the free tier treats its functions, /tmp above 512 MB
 * (Mar 2022), Compute Savings Plans (Feb 2020), SnapStart (Nov 2022). An era admits a feature AWS added during it.
 *
 * @param tiers                   duration priced by monthly GB-s tiers; otherwise one price for every GB-s
 *                                (the era's own, or the price book's first tier)
 * @param provisioned             provisioned concurrency can be configured
 * @param freeTierWithProvisioned how the free tier treats a function with provisioned concurrency
 * @param maxEphemeralMb          the largest /tmp (512 MB: fixed)
 * @param savingsPlans            Compute Savings Plans cover Lambda
 * @param snapStart               SnapStart can be turned on (Nov 2022)
 */
public record EraFeatures(boolean tiers, boolean provisioned, FreeTierRule freeTierWithProvisioned, int maxEphemeralMb,
                          boolean savingsPlans, boolean snapStart) {

    /**
     * When AWS introduced a feature and the first rule set that has it, for messages ("arm64 from
     * Sep 2021: aws-2021-09").
     */
    public record Introduced(String since, String rules, String source) {
        @Override
        public String toString() {
            return "from " + since + ": " + rules;
        }
    }

    static String key(EraLimitException.Limit limit) {
        switch (limit) {
            case ARCHITECTURE: return "arm64";
            case EPHEMERAL_STORAGE: return "ephemeral";
            case PROVISIONED_CONCURRENCY: return "provisioned";
            case SAVINGS_PLAN: return "savingsPlans";
            case SNAPSTART: return "snapStart";
            default: return limit.name().toLowerCase(Locale.ROOT);
        }
    }
}
