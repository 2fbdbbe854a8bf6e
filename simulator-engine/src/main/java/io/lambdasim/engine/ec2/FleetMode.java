package io.lambdasim.engine.ec2;

import java.util.Locale;

/** How the fleet's size is chosen. */
public enum FleetMode {
    /** Sized once for the trace's peak minute (at the target utilisation), never below the minimum. */
    STATIC,
    /** Target tracking on utilisation: launches take a delay to serve, scale-in waits for a cooldown. */
    AUTOSCALED;

    public static FleetMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fleet mode '" + text + "' (expected static or autoscaled)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
