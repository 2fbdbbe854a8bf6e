package io.lambdasim.traces.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * An EventBridge cron schedule, {@code schedule(cron(minutes hours day-of-month month day-of-week year))},
 * evaluated in UTC on the trace calendar (trace time 0 = {@link WorkloadSpec#TRACE_EPOCH}, a Monday at
 * 00:00 UTC).
 *
 * <p>Fields and wildcards as the EventBridge Scheduler documentation lists them: minutes 0-59 and
 * hours 0-23 ({@code , - * /}); day-of-month 1-31 ({@code , - * ? / L W}: {@code L} last day,
 * {@code L-3} three days before it, {@code 15W} the weekday nearest the 15th within the month,
 * {@code LW} the last weekday); month 1-12 or JAN-DEC ({@code , - * /}); day-of-week 1-7 or SUN-SAT,
 * 1 = Sunday ({@code , - * ? L #}: {@code L} alone is Saturday, {@code 6L} the last Friday of the
 * month, {@code 3#2} the second Tuesday); year 1970-2199. Exactly one of day-of-month and
 * day-of-week must be {@code ?}, as EventBridge requires.
 *
 * <p>The stream walks the calendar one day at a time and, on a matching day, through the precomputed
 * minutes of the day: O(1) state, nothing allocated per invocation (one {@link LocalDate} per day).
 */
public final class CronSchedule implements ArrivalProcess {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] WEEKDAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

    private enum DayRule { ANY, SET, LAST, NEAREST_WEEKDAY, LAST_WEEKDAY, LAST_OF_MONTH, NTH }

    private final String expression;
    private final int[] minutesOfDay;
    private final BitSet months;
    private final BitSet years;
    private final boolean byDayOfMonth;
    private final DayRule dayRule;
    private final BitSet days;      // day-of-month 1..31 or day-of-week 1..7 for SET
    private final int dayArg;       // L-n offset, nW day, nL / n#k weekday
    private final int nth;          // k of n#k

    private CronSchedule(String expression, int[] minutesOfDay, BitSet months, BitSet years, boolean byDayOfMonth,
                         DayRule dayRule, BitSet days, int dayArg, int nth) {
        this.expression = expression;
        this.minutesOfDay = minutesOfDay;
        this.months = months;
        this.years = years;
        this.byDayOfMonth = byDayOfMonth;
        this.dayRule = dayRule;
        this.days = days;
        this.dayArg = dayArg;
        this.nth = nth;
    }

    /** Parses the six fields of {@code fields} (the text inside {@code cron(...)}). */
    static CronSchedule parse(SpecToken fields) {
        List<SpecToken> f = fields.splitWhitespace();
        if (f.size() != 6) {
            throw fields.error("6 cron fields: minutes hours day-of-month month day-of-week year, e.g. 0/15 8-18 ? * MON-FRI *");
        }
        BitSet minutes = CronField.parse(f.get(0), 0, 59, "a minute", null);
        BitSet hours = CronField.parse(f.get(1), 0, 23, "an hour", null);
        BitSet months = CronField.parse(f.get(3), 1, 12, "a month", MONTHS);
        BitSet years = CronField.parse(f.get(5), 1970, 2199, "a year", null);
        SpecToken dom = f.get(2);
        SpecToken dow = f.get(4);
        boolean domAny = dom.text().equals("?");
        boolean dowAny = dow.text().equals("?");
        if (domAny == dowAny) {
            throw (domAny ? dow : dom).error("'?' in exactly one of day-of-month and day-of-week (EventBridge rule)");
        }
        int[] minutesOfDay = new int[minutes.cardinality() * hours.cardinality()];
        int n = 0;
        for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
            for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                minutesOfDay[n++] = h * 60 + m;
            }
        }
        String expr = "schedule(cron(" + fields.text().trim().replaceAll("\\s+", " ") + "))";
        return domAny ? dayOfWeek(expr, minutesOfDay, months, years, dow)
                : dayOfMonth(expr, minutesOfDay, months, years, dom);
    }

    private static CronSchedule dayOfMonth(String expr, int[] mod, BitSet months, BitSet years, SpecToken t) {
        String s = t.text().toUpperCase(java.util.Locale.ROOT);
        if (s.equals("*")) {
            return new CronSchedule(expr, mod, months, years, true, DayRule.ANY, null, 0, 0);
        }
        if (s.equals("L")) {
            return new CronSchedule(expr, mod, months, years, true, DayRule.LAST, null, 0, 0);
        }
        if (s.startsWith("L-")) {
            int offset = (int) Quantities.integer(t.sub(2), 0, 30, "days before the last day (L-n)");
            return new CronSchedule(expr, mod, months, years, true, DayRule.LAST, null, offset, 0);
        }
        if (s.equals("LW")) {
            return new CronSchedule(expr, mod, months, years, true, DayRule.LAST_WEEKDAY, null, 0, 0);
        }
        if (s.endsWith("W")) {
            int day = (int) Quantities.integer(t.sub(0, t.length() - 1), 1, 31, "a day of month before W (e.g. 15W)");
            return new CronSchedule(expr, mod, months, years, true, DayRule.NEAREST_WEEKDAY, null, day, 0);
        }
        BitSet set = CronField.parse(t, 1, 31, "a day of month, L, L-n, nW or LW", null);
        return new CronSchedule(expr, mod, months, years, true, DayRule.SET, set, 0, 0);
    }

    private static CronSchedule dayOfWeek(String expr, int[] mod, BitSet months, BitSet years, SpecToken t) {
        String s = t.text().toUpperCase(java.util.Locale.ROOT);
        if (s.equals("*")) {
            return new CronSchedule(expr, mod, months, years, false, DayRule.ANY, null, 0, 0);
        }
        if (s.equals("L")) {   // the last day of the week: Saturday
            BitSet sat = new BitSet();
            sat.set(7);
            return new CronSchedule(expr, mod, months, years, false, DayRule.SET, sat, 0, 0);
        }
        int hash = t.indexOf('#');
        if (hash > 0) {
            int weekday = weekday(t.sub(0, hash));
            int k = (int) Quantities.integer(t.sub(hash + 1), 1, 5, "which occurrence in the month after # (1-5)");
            return new CronSchedule(expr, mod, months, years, false, DayRule.NTH, null, weekday, k);
        }
        if (s.length() > 1 && s.endsWith("L")) {
            int weekday = weekday(t.sub(0, t.length() - 1));
            return new CronSchedule(expr, mod, months, years, false, DayRule.LAST_OF_MONTH, null, weekday, 0);
        }
        BitSet set = CronField.parse(t, 1, 7, "a day of week, nL or n#k", WEEKDAYS);
        return new CronSchedule(expr, mod, months, years, false, DayRule.SET, set, 0, 0);
    }

    private static int weekday(SpecToken t) {
        BitSet one = CronField.parse(t, 1, 7, "a day of week", WEEKDAYS);
        if (one.cardinality() != 1) {
            throw t.error("a single day of week (1-7 or SUN-SAT)");
        }
        return one.nextSetBit(0);
    }

    /** Whether the schedule fires on {@code date} (at its minutes of the day). */
    public boolean firesOn(LocalDate date) {
        if (!years.get(date.getYear()) || !months.get(date.getMonthValue())) {
            return false;
        }
        int dom = date.getDayOfMonth();
        int length = date.lengthOfMonth();
        int cronWeekday = date.getDayOfWeek().getValue() % 7 + 1;  // java MONDAY=1..SUNDAY=7 -> cron SUN=1..SAT=7
        switch (dayRule) {
            case ANY: return true;
            case SET: return days.get(byDayOfMonth ? dom : cronWeekday);
            case LAST: return dom == length - dayArg;
            case LAST_WEEKDAY: return dom == nearestWeekday(date, length);
            case NEAREST_WEEKDAY: return dayArg <= length && dom == nearestWeekday(date, dayArg);
            case LAST_OF_MONTH: return cronWeekday == dayArg && dom + 7 > length;
            case NTH: return cronWeekday == dayArg && (dom - 1) / 7 + 1 == nth;
            default: throw new AssertionError(dayRule);
        }
    }

    /** The weekday nearest {@code day} of {@code date}'s month, never crossing into another month. */
    private static int nearestWeekday(LocalDate date, int day) {
        DayOfWeek w = date.withDayOfMonth(day).getDayOfWeek();
        if (w == DayOfWeek.SATURDAY) {
            return day == 1 ? 3 : day - 1;
        }
        if (w == DayOfWeek.SUNDAY) {
            return day == date.lengthOfMonth() ? day - 2 : day + 1;
        }
        return day;
    }

    /** At most once a minute (the finest cron field): an upper bound. */
    @Override
    public double expectedCount(long horizonUs) {
        return Math.ceil((double) horizonUs / Quantities.US_PER_MIN);
    }

    @Override
    public ArrivalStream open(RandomGenerator rng, long horizonUs) {
        return new ArrivalStream() {
            private long day = -1;
            private int index = minutesOfDay.length;   // forces the first call to move to day 0

            @Override
            public long next() {
                while (index >= minutesOfDay.length) {
                    day++;
                    if (day * Quantities.US_PER_DAY >= horizonUs) {
                        return END;
                    }
                    index = firesOn(WorkloadSpec.TRACE_EPOCH.plusDays(day)) ? 0 : minutesOfDay.length;
                }
                long t = day * Quantities.US_PER_DAY + minutesOfDay[index++] * Quantities.US_PER_MIN;
                return t < horizonUs ? t : END;
            }
        };
    }

    @Override
    public String expression() {
        return expression;
    }

    /** Two schedules are equal when their normalised expressions are (the fields derive from it). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule c && c.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
