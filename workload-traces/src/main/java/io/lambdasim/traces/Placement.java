package io.lambdasim.traces;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the Azure 2019 reader spreads a minute's invocation count inside that minute; the dataset
 * only publishes counts per minute, so this is a modelling choice the user names.
 */
public enum Placement {
    /** Independent uniform random instants in the minute (sorted afterwards). */
    UNIFORM,
    /** Evenly spaced: the i-th of n at (i + 0.5) * 60 s / n; no randomness at all. */
    EVEN,
    /**
     * Exponential gaps normalised to fill the minute: given its count, this is exactly how a
     * Poisson process places its arrivals. In law it equals {@link #UNIFORM} (order statistics of
     * uniforms); it draws a different random stream, and users ask for it by this name.
     */
    POISSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Placement parse(String text) {
        for (Placement p : values()) {
            if (p.id().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown placement '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Placement::id).collect(Collectors.joining(", ")));
    }
}
