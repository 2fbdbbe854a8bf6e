package io.lambdasim.pricing;

/**
 * A configuration that the chosen billing era does not have: a memory or timeout beyond its limits,
 * an architecture, /tmp size, provisioned concurrency or savings plan that AWS had not introduced
 * yet. The message stands alone ("memory 3008 MB: outside aws-2014's range 128..1536 MB in steps of
 * 64 MB"); front ends that know which option, column or file line gave the value use {@link #limit()},
 * {@link #value()} and {@link #reason()} to say so in their own words.
 */
public final class EraLimitException extends IllegalArgumentException {

    /** Which part of the configuration the era lacks. */
    public enum Limit { MEMORY, TIMEOUT, ARCHITECTURE, EPHEMERAL_STORAGE, PROVISIONED_CONCURRENCY, SAVINGS_PLAN, SNAPSTART }

    private final Limit limit;
    private final String value;
    private final String reason;

    EraLimitException(Limit limit, String subject, String value, String reason) {
        super(subject + " " + value + ": " + reason);
        this.limit = limit;
        this.value = value;
        this.reason = reason;
    }

    public Limit limit() {
        return limit;
    }

    /** The value as given, with its unit where it has one ("3008 MB"). */
    public String value() {
        return value;
    }

    /** What the era allows, naming the era ("outside aws-2014's range 128..1536 MB ..."). */
    public String reason() {
        return reason;
    }
}
