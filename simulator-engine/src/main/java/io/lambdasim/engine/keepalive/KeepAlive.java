package io.lambdasim.engine.keepalive;

import io.lambdasim.engine.Durations;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * An immutable keep-alive setting parsed from the user's text, and the registry of policies:
 * <ul>
 *   <li>{@code fixed:10m} (default): reclaim after 10 minutes idle, AWS's measured behaviour since
 *       2019 (mikhail.io, "AWS Lambda cold starts after 10 minutes");</li>
 *   <li>{@code none}: reclaim as soon as an invocation ends (every invocation is cold);</li>
 *   <li>{@code never}: keep every environment until the end of the run;</li>
 *   <li>{@code random:5m-15m}: a keep-alive drawn uniformly per idle period;</li>
 *   <li>{@code hybrid} or {@code hybrid:FALLBACK}: Shahrad et al.'s histogram policy (ATC'20),
 *       see {@link HybridHistogramPolicy}; FALLBACK (default 10m) is the fixed keep-alive used while a
 *       function's histogram is not representative.</li>
 * </ul>
 * Being a value, a {@code KeepAlive} is safe to share across parallel runs; {@link #newPolicy()}
 * creates the per-run, possibly stateful policy.
 */
public record KeepAlive(Kind kind, long minUs, long maxUs, String spec) {

    public enum Kind { FIXED, NONE, NEVER, RANDOM, HYBRID }

    public static final KeepAlive DEFAULT = parse("fixed:10m");

    public static List<String> syntax() {
        return List.of("fixed:DURATION", "none", "never", "random:MIN-MAX", "hybrid[:FALLBACK]");
    }

    public static KeepAlive parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty keep-alive (allowed: " + String.join(", ", syntax()) + ")");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        String arg = colon < 0 ? null : s.substring(colon + 1).trim();
        switch (name) {
            case "none":
                return new KeepAlive(Kind.NONE, 0, 0, "none");
            case "never":
                return new KeepAlive(Kind.NEVER, KeepAlivePolicy.FOREVER, KeepAlivePolicy.FOREVER, "never");
            case "fixed": {
                long us = Durations.parseUs(require(arg, text, "fixed:10m"));
                return new KeepAlive(Kind.FIXED, us, us, "fixed:" + Durations.format(us));
            }
            case "random": {
                String[] range = require(arg, text, "random:5m-15m").split("-");
                if (range.length != 2) {
                    throw new IllegalArgumentException("bad keep-alive '" + text + "': expected random:MIN-MAX, e.g. random:5m-15m");
                }
                long lo = Durations.parseUs(range[0]);
                long hi = Durations.parseUs(range[1]);
                if (hi < lo) {
                    throw new IllegalArgumentException("bad keep-alive '" + text + "': MIN above MAX");
                }
                return new KeepAlive(Kind.RANDOM, lo, hi, "random:" + Durations.format(lo) + "-" + Durations.format(hi));
            }
            case "hybrid": {
                long fallback = arg == null ? 10 * Durations.US_PER_MIN : Durations.parseUs(arg);
                return new KeepAlive(Kind.HYBRID, fallback, fallback, "hybrid:" + Durations.format(fallback));
            }
            default:
                throw new IllegalArgumentException("unknown keep-alive '" + text + "' (allowed: " + String.join(", ", syntax()) + ")");
        }
    }

    private static String require(String arg, String text, String example) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("bad keep-alive '" + text + "': expected e.g. " + example);
        }
        return arg;
    }

    /** A fresh policy for one simulation run. */
    public KeepAlivePolicy newPolicy() {
        switch (kind) {
            case HYBRID:
                return new HybridHistogramPolicy(minUs);
            case RANDOM:
                return new KeepAlivePolicy() {
                    @Override
                    public long keepAliveUs(int function, long nowUs, RandomGenerator random) {
                        return minUs == maxUs ? minUs : minUs + random.nextLong(maxUs - minUs + 1);
                    }

                    @Override
                    public boolean expiresInIdleOrder() {
                        return false;
                    }
                };
            default:
                // fixed, none (0) and never (FOREVER) are all "the same keep-alive for everyone".
                return new KeepAlivePolicy() {
                    @Override
                    public long keepAliveUs(int function, long nowUs, RandomGenerator random) {
                        return minUs;
                    }

                    @Override
                    public boolean expiresInIdleOrder() {
                        return true;
                    }
                };
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
