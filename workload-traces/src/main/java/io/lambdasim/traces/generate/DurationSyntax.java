package io.lambdasim.traces.generate;

import java.util.List;

/** Parses the {@code duration=DIST} value into a {@link DurationDistribution}. */
final class DurationSyntax {

    static final String EXPECTED = "a distribution: const(100ms), exp(120ms), lognormal(MEAN,P99), "
            + "uniform(MIN,MAX) or empirical(p0=..,...,p100=..)";

    private DurationSyntax() {
    }

    static DurationDistribution parse(SpecToken value) {
        SpecToken.Call call = value.call(EXPECTED);
        List<SpecToken> args = call.args().split(',');
        switch (call.nameText()) {
            case "const":
                value.requireArgs(args, 1, "const(DURATION), e.g. const(100ms)");
                return new ConstDuration(Quantities.durationUs(args.get(0)));
            case "exp":
                value.requireArgs(args, 1, "exp(MEAN), e.g. exp(120ms)");
                return new ExpDuration(Quantities.positiveDurationUs(args.get(0)));
            case "lognormal":
                value.requireArgs(args, 2, "lognormal(MEAN,P99), e.g. lognormal(80ms,900ms)");
                return lognormal(args.get(0), args.get(1));
            case "uniform":
                value.requireArgs(args, 2, "uniform(MIN,MAX), e.g. uniform(10ms,50ms)");
                long min = Quantities.durationUs(args.get(0));
                long max = Quantities.durationUs(args.get(1));
                if (max <= min) {
                    throw args.get(1).error("a maximum above the minimum " + args.get(0).text());
                }
                return new UniformDuration(min, max);
            case "empirical":
                return empirical(value, args);
            default:
                throw call.name().error(EXPECTED);
        }
    }


    private static DurationDistribution lognormal(SpecToken meanToken, SpecToken p99Token) {
        long mean = Quantities.positiveDurationUs(meanToken);
        long p99 = Quantities.positiveDurationUs(p99Token);
        if (p99 <= mean) {
            throw p99Token.error("a p99 above the mean " + meanToken.text() + " (a log-normal's p99 always is)");
        }
        if (p99 > mean * LognormalDuration.MAX_P99_OVER_MEAN) {
            throw p99Token.error(String.format(java.util.Locale.ROOT,
                    "a p99 at most %.2f x the mean (no log-normal has a heavier p99; use empirical(...))",
                    LognormalDuration.MAX_P99_OVER_MEAN));
        }
        return LognormalDuration.of(mean, p99);
    }

    private static DurationDistribution empirical(SpecToken value, List<SpecToken> args) {
        String usage = "empirical(p0=MIN,...,p100=MAX), e.g. empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s)";
        double[] percentiles = new double[args.size()];
        long[] values = new long[args.size()];
        for (int i = 0; i < args.size(); i++) {
            SpecToken arg = args.get(i);
            int eq = arg.indexOf('=');
            if (eq < 2 || Character.toLowerCase(arg.charAt(0)) != 'p') {
                throw arg.error("pN=DURATION, e.g. p50=20ms");
            }
            SpecToken p = arg.sub(1, eq).trim();
            percentiles[i] = Quantities.number(p, "a percentile from 0 to 100");
            if (percentiles[i] > 100) {
                throw p.error("a percentile from 0 to 100");
            }
            if (i > 0 && percentiles[i] <= percentiles[i - 1]) {
                throw arg.error("a percentile above the previous one (" + args.get(i - 1).text() + ")");
            }
            values[i] = Quantities.durationUs(arg.sub(eq + 1).trim());
            if (i > 0 && values[i] < values[i - 1]) {
                throw arg.error("a value no smaller than the previous percentile's (percentile curves are monotone)");
            }
        }
        if (percentiles.length < 2 || percentiles[0] != 0) {
            throw args.get(0).error("p0=... first: " + usage);
        }
        if (percentiles[percentiles.length - 1] != 100) {
            throw args.get(args.size() - 1).error("p100=... last: " + usage);
        }
        return new EmpiricalDuration(percentiles, values);
    }
}
