package io.lambdasim.engine;

import java.util.Locale;

/**
 * How fast Lambda may add execution environments.
 * <ul>
 *   <li>{@code standard} (current AWS rule): each function may add {@code burst} (1,000)
 *       environments every {@code windowUs} (10 s);</li>
 *   <li>{@code legacy} (before Nov 2023): an account-wide burst of 3,000 (us-east-1, us-west-2,
 *       eu-west-1), 1,000 (us-east-2, ap-northeast-1, eu-central-1) or 500 (other regions), then
 *       +500 per minute.</li>
 * </ul>
 * Both are enforced as a token bucket on environment creation (generic cell rate algorithm, all
 * integer µs): full at the start, refilling at {@code burst/windowUs} resp. 500 per minute. For the
 * legacy rule this is an approximation: AWS applies the burst to the concurrency level, which after
 * a quiet period is the same thing.
 */
public record ScalingRule(boolean perFunction, int burst, int refill, long refillWindowUs) {

    public static final ScalingRule STANDARD = new ScalingRule(true, 1000, 1000, 10 * Durations.US_PER_S);

    public ScalingRule {
        if (burst < 1 || refill < 1 || refillWindowUs < 1) {
            throw new IllegalArgumentException("scaling burst, refill and window must be positive");
        }
    }

    /** The legacy account-wide rule for {@code region} (null = us-east-1). */
    public static ScalingRule legacy(String region) {
        return new ScalingRule(false, legacyBurst(region), 500, Durations.US_PER_MIN);
    }

    /** Parses {@code standard} or {@code legacy}. */
    public static ScalingRule parse(String text, String region) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "standard": case "current": return STANDARD;
            case "legacy": return legacy(region);
            default: throw new IllegalArgumentException("unknown scaling rule '" + text + "' (allowed: standard, legacy)");
        }
    }

    static int legacyBurst(String region) {
        String r = region == null ? "us-east-1" : region.trim().toLowerCase(Locale.ROOT);
        switch (r) {
            case "us-east-1": case "us-west-2": case "eu-west-1": return 3000;
            case "us-east-2": case "ap-northeast-1": case "eu-central-1": return 1000;
            default: return 500;
        }
    }

    /** µs between two tokens: the bucket's emission interval. */
    long intervalUs() {
        return Math.max(1, refillWindowUs / refill);
    }

    public String name() {
        return perFunction ? "standard" : "legacy";
    }
}
