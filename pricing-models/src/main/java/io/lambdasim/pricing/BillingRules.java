package io.lambdasim.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One era of Lambda's billing: how duration is rounded, whether INIT is billed, the limits a
 * configuration must respect, what AWS offered then ({@link EraFeatures}), and, for eras before
 * tiered pricing, the flat duration price. Selected by name from {@code billing-rules.json}, which
 * cites the source of each era and feature (docs/billing.md lists them). Ids are a contract: an id
 * keeps its meaning; a finer split gets a new id.
 *
 * <p>A configuration the era lacks is an error ({@link EraLimitException}), never approximated.
 *
 * @param from                 the month the era starts (YYYY-MM)
 * @param roundingMs           billed duration is rounded up to a multiple of this
 * @param flatUsdPerGbSecond   the era's single duration price, or {@code null} for the price book's
 *                             (its tiers, or its first tier's price when the era has no tiers)
 * @param source               where the era's rules come from
 */
public record BillingRules(String name, String description, String from, long roundingMs, InitBilling initBilling,
                           int minMemoryMb, int maxMemoryMb, int memoryStepMb, int maxTimeoutSeconds,
                           int initLimitSeconds, Set<Architecture> architectures, BigDecimal flatUsdPerGbSecond,
                           EraFeatures features, String source) {

    private static final String RESOURCE = "billing-rules.json";
    private static final Registry REGISTRY = Registry.load();

    /** The current rules. */
    public static BillingRules current() {
        return named(REGISTRY.defaultName);
    }

    /** Rules by name; the message lists the known names. */
    public static BillingRules named(String name) {
        BillingRules r = REGISTRY.rules.get(name == null ? REGISTRY.defaultName : name.trim());
        if (r == null) {
            throw new IllegalArgumentException("unknown billing rules '" + name + "' (known: "
                    + String.join(", ", REGISTRY.rules.keySet()) + ")");
        }
        return r;
    }

    public static List<BillingRules> all() {
        return List.copyOf(REGISTRY.rules.values());
    }

    public static String defaultName() {
        return REGISTRY.defaultName;
    }

    /** When AWS introduced a feature the era may lack, and the first rule set with it. */
    public static EraFeatures.Introduced introduced(EraLimitException.Limit limit) {
        return REGISTRY.introduced.get(EraFeatures.key(limit));
    }

    /** Rounding in µs, for the engine (which knows no pricing types). */
    public long roundingUs() {
        return roundingMs * 1000;
    }

    /** Whether INIT of a cold start is billed, for a managed ({@code false}) or custom runtime. */
    public boolean billsInit(boolean customRuntime) {
        switch (initBilling) {
            case ALWAYS: return true;
            case CUSTOM_RUNTIMES: return customRuntime;
            default: return false;
        }
    }

    /**
     * Billed milliseconds of one invocation: duration plus INIT when billed, rounded up to the
     * rule's granularity. Integer arithmetic on µs: {@code ceil(t / r) = (t + r - 1) / r} for t >= 0.
     *
     * @param initUs INIT duration in µs, or a negative value for a warm start
     */
    public long billedMs(long durationUs, long initUs, boolean customRuntime) {
        // Exact: an overflow throws instead of wrapping to a negative bill.
        long t = Math.addExact(Math.max(0, durationUs), initUs > 0 && billsInit(customRuntime) ? initUs : 0);
        long r = roundingUs();
        return Math.addExact(t, r - 1) / r * roundingMs;
    }

    /**
     * Checks a duration in ms (an invocation's, or its INIT's) against the era: at least 0 and at
     * most its longest timeout. {@code what} names it in the message.
     */
    public void checkDurationMs(double ms, String what) {
        long max = maxTimeoutSeconds * 1000L;
        if (!(ms >= 0 && ms <= max)) {
            String shown = Math.abs(ms) < 1e15 ? java.math.BigDecimal.valueOf(ms).stripTrailingZeros().toPlainString()
                    : String.format(java.util.Locale.ROOT, "%.3g", ms);
            throw new IllegalArgumentException(what + " " + shown + " ms is outside " + name + "'s range 0.." + max + " ms (its longest timeout is " + maxTimeoutSeconds + " s)");
        }
    }

    /** Checks memory against the rule set's range and step. */
    public void checkMemory(int memoryMb) {
        if (memoryMb < minMemoryMb || memoryMb > maxMemoryMb || (memoryMb - minMemoryMb) % memoryStepMb != 0) {
            throw new EraLimitException(EraLimitException.Limit.MEMORY, "memory", memoryMb + " MB", "outside " + name
                    + "'s range " + minMemoryMb + ".." + maxMemoryMb + " MB" + (memoryStepMb > 1 ? " in steps of " + memoryStepMb + " MB" : ""));
        }
    }

    /** Checks a timeout (seconds) against the rule set's limit. */
    public void checkTimeout(double timeoutSeconds) {
        if (!(timeoutSeconds >= 1 && timeoutSeconds <= maxTimeoutSeconds)) {
            String s = timeoutSeconds == Math.rint(timeoutSeconds) ? Long.toString((long) timeoutSeconds) : Double.toString(timeoutSeconds);
            throw new EraLimitException(EraLimitException.Limit.TIMEOUT, "timeout", s + " s",
                    "outside " + name + "'s range 1.." + maxTimeoutSeconds + " s");
        }
    }

    public void checkArchitecture(Architecture arch) {
        if (!architectures.contains(arch)) {
            throw lacks(EraLimitException.Limit.ARCHITECTURE, "architecture", arch.id(),
                    name + " has " + String.join(", ", architectures.stream().map(Architecture::id).toList()) + " only");
        }
    }

    /** Checks a /tmp size (MB) against the era's: fixed at 512 MB before March 2022. */
    public void checkEphemeral(int ephemeralMb) {
        if (ephemeralMb > features.maxEphemeralMb()) {
            throw lacks(EraLimitException.Limit.EPHEMERAL_STORAGE, "ephemeral storage", ephemeralMb + " MB",
                    name + " has /tmp " + (features.maxEphemeralMb() == StorageUsage.FREE_EPHEMERAL_MB
                            ? "fixed at 512 MB" : "of at most " + features.maxEphemeralMb() + " MB"));
        }
    }

    /** Provisioned concurrency ({@code configured}: the user asked for some) exists from December 2019. */
    public void checkProvisioned(boolean configured, String what) {
        if (configured && !features.provisioned()) {
            throw lacks(EraLimitException.Limit.PROVISIONED_CONCURRENCY, "provisioned concurrency", what,
                    name + " has no provisioned concurrency");
        }
    }

    /** A Compute Savings Plans discount (a fraction) covers Lambda from February 2020. */
    public void checkSavingsPlan(BigDecimal discount) {
        if (discount != null && discount.signum() > 0 && !features.savingsPlans()) {
            throw lacks(EraLimitException.Limit.SAVINGS_PLAN, "savings plan", discount.stripTrailingZeros().toPlainString(),
                    name + " has no Compute Savings Plans for Lambda");
        }
    }

    /** SnapStart ({@code on}: the user turned it on for runtime {@code what}) exists from November 2022. */
    public void checkSnapStart(boolean on, String what) {
        if (on && !features.snapStart()) {
            throw lacks(EraLimitException.Limit.SNAPSTART, "SnapStart", what, name + " has no SnapStart");
        }
    }

    private static EraLimitException lacks(EraLimitException.Limit limit, String subject, String value, String reason) {
        EraFeatures.Introduced when = introduced(limit);
        return new EraLimitException(limit, subject, value, when == null ? reason : reason + " (" + key(limit) + " " + when + ")");
    }

    private static String key(EraLimitException.Limit limit) {
        switch (limit) {
            case EPHEMERAL_STORAGE: return "larger /tmp";
            case PROVISIONED_CONCURRENCY: return "provisioned concurrency";
            case SAVINGS_PLAN: return "savings plans";
            case SNAPSTART: return "SnapStart";
            default: return EraFeatures.key(limit);
        }
    }

    /** Checks a whole configuration. */
    public void validate(int memoryMb, double timeoutSeconds, Architecture arch) {
        checkMemory(memoryMb);
        checkTimeout(timeoutSeconds);
        checkArchitecture(arch);
    }

    /**
     * The duration prices under this era: the book's tiers; the era's flat price; or, for an era
     * before tiered pricing without a price of its own, the book's first tier for every GB-s (the
     * tiers were discounts added in August 2022 on top of the price of the time).
     */
    public LambdaPrices apply(LambdaPrices prices) {
        if (flatUsdPerGbSecond != null) {
            return prices.withFlatDurationPrice(flatUsdPerGbSecond);
        }
        return features.tiers() ? prices : prices.withFlatDurationPrice(prices.firstTierUsdPerGbSecond());
    }

    private static final class Registry {
        final Map<String, BillingRules> rules;
        final Map<String, EraFeatures.Introduced> introduced;
        final String defaultName;

        Registry(Map<String, BillingRules> rules, Map<String, EraFeatures.Introduced> introduced, String defaultName) {
            this.rules = Collections.unmodifiableMap(rules);
            this.introduced = Collections.unmodifiableMap(introduced);
            this.defaultName = defaultName;
        }

        static Registry load() {
            JsonData d = new JsonData("bundled " + RESOURCE);
            try (InputStream in = BillingRules.class.getResourceAsStream(RESOURCE)) {
                JsonNode root = d.parse(in);
                Map<String, EraFeatures.Introduced> introduced = new LinkedHashMap<>();
                d.field(root, "features", "").fields().forEachRemaining(e -> {
                    String p = "features." + e.getKey();
                    introduced.put(e.getKey(), new EraFeatures.Introduced(d.text(e.getValue(), "since", p),
                            d.text(e.getValue(), "rules", p), d.text(e.getValue(), "source", p)));
                });
                Map<String, BillingRules> rules = new LinkedHashMap<>();
                JsonNode arr = d.array(root, "rules", "");
                for (int i = 0; i < arr.size(); i++) {
                    String p = "rules[" + i + "]";
                    JsonNode n = arr.get(i);
                    EnumSet<Architecture> archs = EnumSet.noneOf(Architecture.class);
                    d.array(n, "architectures", p).forEach(a -> archs.add(Architecture.parse(a.asText())));
                    boolean provisioned = d.bool(n, "provisioned", p);
                    EraFeatures features = new EraFeatures(d.bool(n, "tiers", p), provisioned,
                            provisioned ? FreeTierRule.parse(d.text(n, "freeTierWithProvisioned", p)) : FreeTierRule.ON_DEMAND,
                            (int) d.integer(n, "maxEphemeralMb", p), d.bool(n, "savingsPlans", p), d.bool(n, "snapStart", p));
                    BillingRules r = new BillingRules(d.text(n, "name", p), d.text(n, "description", p), d.text(n, "from", p),
                            d.integer(n, "roundingMs", p), InitBilling.parse(d.text(n, "initBilled", p)),
                            (int) d.integer(n, "minMemoryMb", p), (int) d.integer(n, "maxMemoryMb", p),
                            (int) d.integer(n, "memoryStepMb", p), (int) d.integer(n, "maxTimeoutSeconds", p),
                            (int) d.integer(n, "initLimitSeconds", p), Collections.unmodifiableSet(archs),
                            d.decimal(n, "usdPerGbSecond", p, null), features, d.text(n, "sourceUrl", p));
                    rules.put(r.name(), r);
                }
                for (EraFeatures.Introduced f : introduced.values()) {
                    if (!rules.containsKey(f.rules())) {
                        throw new DataFileException("bundled " + RESOURCE, "features", "unknown rules '" + f.rules() + "'");
                    }
                }
                return new Registry(rules, introduced, d.text(root, "default", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Names of all rule sets, in file order. */
    public static List<String> names() {
        return new ArrayList<>(REGISTRY.rules.keySet());
    }
}
