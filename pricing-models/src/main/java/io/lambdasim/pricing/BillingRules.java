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
 * configuration must respect, and, for eras before tiered pricing, the flat duration price.
 * Selected by name ({@code aws-2025-08}, {@code aws-2020-12}, {@code aws-2014},
 * {@code aws-2014-preview}) from {@code billing-rules.json}, which cites its sources.
 *
 * @param roundingMs           billed duration is rounded up to a multiple of this
 * @param flatUsdPerGbSecond   the era's single duration price, or {@code null} to use the price book's tiers
 */
public record BillingRules(String name, String description, long roundingMs, InitBilling initBilling,
                           int minMemoryMb, int maxMemoryMb, int memoryStepMb, int maxTimeoutSeconds,
                           int initLimitSeconds, Set<Architecture> architectures, BigDecimal flatUsdPerGbSecond) {

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

    /** Checks memory against the rule set's range and step; throws naming the value and the range. */
    public void checkMemory(int memoryMb) {
        if (memoryMb < minMemoryMb || memoryMb > maxMemoryMb || (memoryMb - minMemoryMb) % memoryStepMb != 0) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB is outside " + name + "'s range "
                    + minMemoryMb + ".." + maxMemoryMb + " MB" + (memoryStepMb > 1 ? " in steps of " + memoryStepMb + " MB" : ""));
        }
    }

    /** Checks a timeout (seconds) against the rule set's limit. */
    public void checkTimeout(double timeoutSeconds) {
        if (!(timeoutSeconds >= 1 && timeoutSeconds <= maxTimeoutSeconds)) {
            throw new IllegalArgumentException("timeout " + timeoutSeconds + " s is outside " + name + "'s range 1.."
                    + maxTimeoutSeconds + " s");
        }
    }

    public void checkArchitecture(Architecture arch) {
        if (!architectures.contains(arch)) {
            throw new IllegalArgumentException("architecture " + arch + " is not available under " + name
                    + " (available: " + architectures + ")");
        }
    }

    /** Checks a whole configuration. */
    public void validate(int memoryMb, double timeoutSeconds, Architecture arch) {
        checkMemory(memoryMb);
        checkTimeout(timeoutSeconds);
        checkArchitecture(arch);
    }

    /** The duration prices under this era: the book's tiers, or the era's flat price. */
    public LambdaPrices apply(LambdaPrices prices) {
        return flatUsdPerGbSecond == null ? prices : prices.withFlatDurationPrice(flatUsdPerGbSecond);
    }

    private static final class Registry {
        final Map<String, BillingRules> rules;
        final String defaultName;

        Registry(Map<String, BillingRules> rules, String defaultName) {
            this.rules = Collections.unmodifiableMap(rules);
            this.defaultName = defaultName;
        }

        static Registry load() {
            JsonData d = new JsonData("bundled " + RESOURCE);
            try (InputStream in = BillingRules.class.getResourceAsStream(RESOURCE)) {
                JsonNode root = d.parse(in);
                Map<String, BillingRules> rules = new LinkedHashMap<>();
                JsonNode arr = d.array(root, "rules", "");
                for (int i = 0; i < arr.size(); i++) {
                    String p = "rules[" + i + "]";
                    JsonNode n = arr.get(i);
                    EnumSet<Architecture> archs = EnumSet.noneOf(Architecture.class);
                    d.array(n, "architectures", p).forEach(a -> archs.add(Architecture.parse(a.asText())));
                    BillingRules r = new BillingRules(d.text(n, "name", p), d.text(n, "description", p),
                            d.integer(n, "roundingMs", p), InitBilling.parse(d.text(n, "initBilled", p)),
                            (int) d.integer(n, "minMemoryMb", p), (int) d.integer(n, "maxMemoryMb", p),
                            (int) d.integer(n, "memoryStepMb", p), (int) d.integer(n, "maxTimeoutSeconds", p),
                            (int) d.integer(n, "initLimitSeconds", p), Collections.unmodifiableSet(archs),
                            d.decimal(n, "usdPerGbSecond", p, null));
                    rules.put(r.name(), r);
                }
                return new Registry(rules, d.text(root, "default", ""));
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
