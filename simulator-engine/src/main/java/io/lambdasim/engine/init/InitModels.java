package io.lambdasim.engine.init;

import io.lambdasim.engine.Durations;
import io.lambdasim.traces.generate.LognormalDuration;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** The INIT models and their parser; see {@link InitModel} for the syntax. */
final class InitModels {

    private InitModels() {
    }

    static InitModel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty INIT model (expected e.g. 250ms, normal(265ms,354ms), runtime:python)");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("runtime:")) {
            return InitPresets.get(s.substring("runtime:".length()));
        }
        int open = s.indexOf('(');
        if (open < 0) {
            return new Constant(Durations.parseUs(s));
        }
        if (!s.endsWith(")")) {
            throw new IllegalArgumentException("bad INIT model '" + text + "': missing ')'");
        }
        String name = s.substring(0, open).trim();
        String[] args = s.substring(open + 1, s.length() - 1).split(",");
        if (args.length != 2) {
            throw new IllegalArgumentException("bad INIT model '" + text + "': expected two arguments, "
                    + (name.equals("lognormal") ? "mean and p99" : "mean and standard deviation"));
        }
        long mean = Durations.parseUs(args[0]);
        long second = Durations.parseUs(args[1]);
        switch (name) {
            case "normal": return new Normal(mean, second);
            // (mean, p99): the generator's lognormal, one meaning of the word everywhere
            case "lognormal": return LogNormal.ofP99(mean, second, text);
            case "lognormal-sd": return LogNormal.ofSd(mean, second);
            default:
                throw new IllegalArgumentException("unknown INIT distribution '" + name
                        + "' (allowed: a constant, normal(mean,sd), lognormal(mean,p99), lognormal-sd(mean,sd), runtime:NAME)");
        }
    }

    record Constant(long us) implements InitModel {
        @Override
        public long sampleUs(RandomGenerator random) {
            return us;
        }

        @Override
        public double meanUs() {
            return us;
        }

        @Override
        public String spec() {
            return Durations.format(us);
        }
    }

    /**
     * Normal, truncated at zero by redrawing: OpenDC's fit (mean 265 ms, sd 354 ms) puts a fifth of
     * its mass below zero, and a negative INIT is meaningless. Redrawing raises the mean a little;
     * {@link #meanUs()} reports the untruncated parameter.
     */
    record Normal(long meanUs0, long sdUs) implements InitModel {
        @Override
        public long sampleUs(RandomGenerator random) {
            for (int i = 0; i < 64; i++) {
                double x = meanUs0 + sdUs * random.nextGaussian();
                if (x >= 0) {
                    return Math.round(x);
                }
            }
            return 0;
        }

        @Override
        public double meanUs() {
            return meanUs0;
        }

        @Override
        public String spec() {
            return "normal(" + Durations.format(meanUs0) + "," + Durations.format(sdUs) + ")";
        }
    }

    /**
     * Log-normal INIT: exp(N(μ, σ²)). Given by its mean m and 99th percentile ({@code lognormal(m,p99)},
     * the workload generator's form: σ = z − √(z² − 2·ln(p99/m)), μ = ln m − σ²/2, z = Φ⁻¹(0.99)), or by
     * its mean and standard deviation s ({@code lognormal-sd(m,s)}: σ² = ln(1 + s²/m²), μ = ln m − σ²/2);
     * either way exp(N(μ, σ²)) has mean m.
     */
    record LogNormal(String spec, double meanUs, double mu, double sigma) implements InitModel {
        static LogNormal ofP99(long mean, long p99, String text) {
            try {
                LognormalDuration d = LognormalDuration.of(mean, p99);
                return new LogNormal("lognormal(" + Durations.format(mean) + "," + Durations.format(p99) + ")", mean,
                        d.mu(), d.sigma());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad INIT model '" + text + "': " + e.getMessage()
                        + " (lognormal(MEAN,P99); lognormal-sd(MEAN,SD) takes a standard deviation)");
            }
        }

        static LogNormal ofSd(long mean, long sd) {
            if (mean <= 0) {
                throw new IllegalArgumentException("lognormal mean must be positive, got " + Durations.format(mean));
            }
            double ratio = (double) sd / mean;
            double sigma2 = Math.log1p(ratio * ratio);
            return new LogNormal("lognormal-sd(" + Durations.format(mean) + "," + Durations.format(sd) + ")", mean,
                    Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
        }

        @Override
        public long sampleUs(RandomGenerator random) {
            return Math.round(Math.exp(mu + sigma * random.nextGaussian()));
        }
    }
}
