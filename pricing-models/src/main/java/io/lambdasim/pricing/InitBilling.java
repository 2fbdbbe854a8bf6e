package io.lambdasim.pricing;

/** Whether a rule set bills the INIT phase of a cold start. */
public enum InitBilling {
    /** Since 2025-08-01: INIT billed like the invocation for on-demand functions. */
    ALWAYS,
    /** Dec 2020 to Jul 2025: managed runtimes' INIT free; custom runtimes and containers billed. */
    CUSTOM_RUNTIMES,
    /** The 100 ms era as users modelled it: INIT not billed. */
    NEVER;

    static InitBilling parse(String s) {
        switch (s) {
            case "always": return ALWAYS;
            case "custom-runtimes": return CUSTOM_RUNTIMES;
            case "never": return NEVER;
            default: throw new IllegalArgumentException("initBilled: expected always, custom-runtimes or never, found " + s);
        }
    }
}
