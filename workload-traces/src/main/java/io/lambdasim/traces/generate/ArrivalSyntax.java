package io.lambdasim.traces.generate;

import java.util.List;
import java.util.Locale;

/** Parses the ARRIVALS clause of a function into an {@link ArrivalProcess}. */
final class ArrivalSyntax {

    static final String EXPECTED = "arrivals: poisson(5/s), constant(10s), diurnal(1/s..50/s[,peak=14:00]), "
            + "bursty(LOW,HIGH,BURST,GAP), schedule(rate(5 minutes)) or schedule(cron(...))";

    private ArrivalSyntax() {
    }

    static ArrivalProcess parse(SpecToken clause) {
        SpecToken.Call call = clause.call(EXPECTED);
        List<SpecToken> args = call.args().split(',');
        switch (call.nameText()) {
            case "poisson":
                clause.requireArgs(args, 1, "poisson(RATE), e.g. poisson(5/s)");
                return new PoissonArrivals(Quantities.ratePerSecond(args.get(0), false));
            case "constant":
                clause.requireArgs(args, 1, "constant(PERIOD) or constant(RATE), e.g. constant(10s)");
                return new ConstantArrivals(period(args.get(0)), "constant(" + args.get(0).text() + ")");
            case "diurnal":
                return diurnal(clause, args);
            case "bursty":
                clause.requireArgs(args, 4, "bursty(LOW_RATE,HIGH_RATE,MEAN_BURST,MEAN_GAP), e.g. bursty(1/s,100/s,30s,10m)");
                return new BurstyArrivals(Quantities.ratePerSecond(args.get(0), true),
                        Quantities.ratePerSecond(args.get(1), false),
                        Quantities.positiveDurationUs(args.get(2)), Quantities.positiveDurationUs(args.get(3)));
            case "schedule":
                clause.requireArgs(args, 1, "schedule(rate(N minutes|hours|days)) or schedule(cron(6 fields))");
                return schedule(args.get(0));
            default:
                throw call.name().error(EXPECTED);
        }
    }


    /** {@code 10s} is a period; {@code 6/m} a rate, turned into its period. */
    private static long period(SpecToken t) {
        if (t.indexOf('/') >= 0) {
            double perSecond = Quantities.ratePerSecond(t, false);
            long us = Math.round(Quantities.US_PER_S / perSecond);
            if (us <= 0) {
                throw t.error("a rate of at most 1/us");
            }
            return us;
        }
        return Quantities.positiveDurationUs(t);
    }

    private static ArrivalProcess diurnal(SpecToken clause, List<SpecToken> args) {
        String usage = "diurnal(TROUGH..PEAK[,peak=HH:MM]), e.g. diurnal(1/s..50/s,peak=09:00)";
        if (args.isEmpty() || args.size() > 2) {
            throw clause.error(usage);
        }
        SpecToken range = args.get(0);
        int dots = range.text().indexOf("..");
        if (dots < 0) {
            throw range.error("TROUGH..PEAK rates, e.g. 1/s..50/s");
        }
        double trough = Quantities.ratePerSecond(range.sub(0, dots).trim(), true);
        SpecToken peakToken = range.sub(dots + 2).trim();
        double peak = Quantities.ratePerSecond(peakToken, false);
        if (peak < trough) {
            throw peakToken.error("a peak rate at least the trough rate");
        }
        long peakTime = DiurnalArrivals.DEFAULT_PEAK_TIME_US;
        if (args.size() == 2) {
            SpecToken option = args.get(1);
            int eq = option.indexOf('=');
            if (eq < 0 || !option.sub(0, eq).trim().text().equalsIgnoreCase("peak")) {
                throw option.error("peak=HH:MM, e.g. peak=09:00");
            }
            peakTime = Quantities.timeOfDayUs(option.sub(eq + 1).trim());
        }
        return new DiurnalArrivals(trough, peak, peakTime);
    }

    private static ArrivalProcess schedule(SpecToken inner) {
        SpecToken.Call call = inner.call("rate(N minutes|hours|days) or cron(minutes hours day-of-month month day-of-week year)");
        switch (call.nameText()) {
            case "rate":
                return new ConstantArrivals(eventBridgeRate(call.args()), "schedule(" + inner.text() + ")");
            case "cron":
                return CronSchedule.parse(call.args());
            default:
                throw call.name().error("rate(...) or cron(...) inside schedule(...)");
        }
    }

    /**
     * EventBridge {@code rate(value unit)}: a positive whole value and minute(s), hour(s) or day(s).
     * EventBridge insists on the singular for 1 and the plural otherwise; we accept either.
     */
    private static long eventBridgeRate(SpecToken args) {
        List<SpecToken> words = args.splitWhitespace();
        if (words.size() != 2) {
            throw args.error("rate(VALUE UNIT) such as rate(5 minutes), rate(1 hour) or rate(2 days)");
        }
        long value = Quantities.integer(words.get(0), 1, 1_000_000, "a whole number of minutes, hours or days");
        long unit;
        switch (words.get(1).text().toLowerCase(Locale.ROOT)) {
            case "minute": case "minutes": unit = Quantities.US_PER_MIN; break;
            case "hour": case "hours": unit = Quantities.US_PER_HOUR; break;
            case "day": case "days": unit = Quantities.US_PER_DAY; break;
            default: throw words.get(1).error("minute(s), hour(s) or day(s)");
        }
        return value * unit;
    }
}
