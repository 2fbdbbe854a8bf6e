package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The billing month every money figure is stated for, and the projection of usage measured over a
 * shorter or longer period onto it. AWS bills Lambda per calendar month and its pricing examples
 * use 730 hours (365 × 24 / 12); EC2's monthly figures too. The free tier and the duration tiers
 * apply to a month's usage, so usage is projected to the month first and priced there.
 *
 * @param hours hours in the month (730 unless the user says otherwise)
 */
public record Month(double hours) {

    /** 365 days × 24 hours / 12 months: the month of AWS's pricing examples. */
    public static final double DEFAULT_HOURS = 730;
    public static final Month DEFAULT = new Month(DEFAULT_HOURS);

    private static final double US_PER_HOUR = 3_600_000_000.0;

    public Month {
        if (!(hours >= 1 && hours <= 744)) {
            throw new IllegalArgumentException("a month of " + hours + " hours: expected 1 to 744 (31 days)");
        }
    }

    public static Month ofHours(double hours) {
        return hours == DEFAULT_HOURS ? DEFAULT : new Month(hours);
    }

    public BigDecimal hoursExact() {
        return BigDecimal.valueOf(hours);
    }

    public double seconds() {
        return hours * 3600;
    }

    /**
     * How many times a period of {@code periodUs} fits in this month: the factor that projects usage
     * measured over the period to a month (a day: 30.42; a week: 4.35).
     */
    public double factor(long periodUs) {
        if (periodUs <= 0) {
            throw new IllegalArgumentException("a period of " + periodUs + " µs cannot be projected to a month");
        }
        return hours * US_PER_HOUR / periodUs;
    }

    /** {@link #factor} exactly, for money. */
    public BigDecimal factorExact(long periodUs) {
        if (periodUs <= 0) {
            throw new IllegalArgumentException("a period of " + periodUs + " µs cannot be projected to a month");
        }
        return hoursExact().multiply(BigDecimal.valueOf(3_600_000_000L)).divide(BigDecimal.valueOf(periodUs), MathContext.DECIMAL128);
    }
}
