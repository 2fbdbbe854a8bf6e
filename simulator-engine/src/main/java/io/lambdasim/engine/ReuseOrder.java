package io.lambdasim.engine;

import java.util.Locale;

/** Which idle environment a warm start takes. */
public enum ReuseOrder {
    /** Most recently used first (default): keeps a small hot set, lets the rest expire; what AWS appears to do. */
    MRU,
    /** Least recently used first: spreads load, keeps more environments alive. */
    LRU,
    /** Uniformly random among the idle ones (seeded). */
    RANDOM;

    public static ReuseOrder parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown reuse order '" + text + "' (allowed: mru, lru, random)");
        }
    }
}
