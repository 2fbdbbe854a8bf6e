package io.lambdasim.reports.run;

import io.lambdasim.engine.Durations;
import io.lambdasim.pricing.Month;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The period a workload covers, and where that length came from: usage measured over it is
 * projected to a month ({@link Month#factor}), then priced with the month's free tier and tiers.
 * Why not the time to the last event: a nightly job in a one-day trace ends at 02:00:40, and
 * scaling those two hours to a month would bill it twelve times a day.
 *
 * @param us     length, µs (> 0)
 * @param source how it was found
 */
public record Period(long us, Source source) {

    /** Where a period's length came from, in the words the output uses. */
    public enum Source {
        GIVEN("period", "as given (--period)"),
        HORIZON("horizon", "the generated workload's horizon"),
        WHOLE_DAYS("wholeDays", "whole days of the Azure 2019 file"),
        SPAN("span", "first start to last completion");

        private final String key;
        private final String description;

        Source(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** The JSON and CSV spelling. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    public Period {
        if (us <= 0) {
            throw new IllegalArgumentException("a covered period must be longer than zero, got " + us + " µs");
        }
    }

    /**
     * The period of a run: {@code given} (the {@code period} setting) when set, else what the source
     * knows it covers (a generator's horizon, an Azure 2019 day), else the run's own span (trace
     * start to the last completion; at least one µs).
     */
    public static Period of(Long given, TraceReport report, String format, long spanUs) {
        if (given != null) {
            return new Period(given, Source.GIVEN);
        }
        long covered = report == null ? InvocationCursor.MISSING : report.coveredUs();
        if (covered > 0) {
            return new Period(covered, "generated".equals(format) ? Source.HORIZON : Source.WHOLE_DAYS);
        }
        return new Period(Math.max(1, spanUs), Source.SPAN);
    }

    public double seconds() {
        return us / 1e6;
    }

    /** The share of {@code month} this period is (a day: 1/30.42), exactly: for the period's own cost. */
    public BigDecimal shareOf(Month month) {
        return BigDecimal.valueOf(us).divide(month.hoursExact().multiply(BigDecimal.valueOf(Durations.US_PER_H)),
                MathContext.DECIMAL128);
    }

    /** "1 day (the generated workload's horizon)". */
    public String describe() {
        return Durations.describe(us) + " (" + source.description() + ")";
    }
}
