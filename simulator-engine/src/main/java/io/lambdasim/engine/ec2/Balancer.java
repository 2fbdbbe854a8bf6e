package io.lambdasim.engine.ec2;

import java.util.Locale;

/**
 * How the load balancer in front of the fleet places each request on an instance. Each instance
 * has its own queue and admission limit (its memory slots); only {@link #CENTRAL} holds requests
 * back in one shared queue.
 *
 * <p>An Application Load Balancer offers round robin (its default) and least outstanding requests
 * per target group (AWS, "Edit target group attributes for your Application Load Balancer",
 * Routing algorithm: "By default, the round robin routing algorithm is used ... You can specify the
 * least outstanding requests routing algorithm instead",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html).
 * lambdasim's default is least outstanding requests: the better choice for a fleet of identical
 * servers whose requests vary in length, and the closer one to the ideal shared queue.
 */
public enum Balancer {
    /**
     * Each request goes to the instance with the fewest requests in service or queued there (ties:
     * the one picked least recently); it queues at that instance when its slots are full.
     */
    LEAST_OUTSTANDING("least-outstanding"),
    /** Each request goes to the next instance in turn, whatever its load, and queues there if full. */
    ROUND_ROBIN("round-robin"),
    /**
     * One ideal shared queue: a request waits at the balancer until any instance has a free slot
     * (the instance with the fewest requests in service, when several have). Not an ALB algorithm:
     * the bound the others are compared with (the M/M/c queue when slots match vCPUs).
     */
    CENTRAL("central");

    public static final Balancer DEFAULT = LEAST_OUTSTANDING;
    /** {@link #DEFAULT}'s label, for option declarations that need a constant. */
    public static final String DEFAULT_LABEL = "least-outstanding";

    private final String label;

    Balancer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Balancer parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Balancer b : values()) {
            if (b.label.equals(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown balancer '" + text + "' (expected least-outstanding, round-robin or central)");
    }
}
