package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.reports.uncertainty.Span;
import io.lambdasim.reports.uncertainty.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The INIT durations of one function: their empirical distribution and a log-normal fitted to them,
 * written {@code lognormal(MEAN,P99)} (the meaning of {@code --init} and of the generator).
 *
 * <p>The fit: the mean is the observed mean (so the INIT time a replay bills is the one AWS billed)
 * and the shape σ the maximum-likelihood estimate on ln INIT (the standard deviation of the logs);
 * the model's p99 follows, mean·exp(zσ − σ²/2) with z = Φ⁻¹(0.99). Its range for uncertainty runs
 * moves the mean over its 95% interval, by Cox's method for a log-normal mean (var ≈ σ²/n +
 * σ⁴/(2(n−1)) on the log scale; Land, "Hypothesis tests and interval estimates", 1972), keeping σ.
 *
 * @param observed       INIT durations observed
 * @param meanUs         fitted mean, µs, or null
 * @param p99Us          fitted model's 99th percentile, µs, or null
 * @param empiricalP50Us observed median, µs, or null
 * @param empiricalP99Us observed 99th percentile, µs, or null
 * @param sigma          σ of ln INIT, or null
 * @param model          the fitted model as {@code --init} takes it, or null
 * @param modelText      its text in ms ({@code lognormal(286.4ms,912.3ms)}), or null
 * @param range          the model's range over the mean's 95% interval, or null
 * @param notes          what could not be fitted and why
 */
public record InitFit(long observed, Double meanUs, Double p99Us, Double empiricalP50Us, Double empiricalP99Us,
                      Double sigma, InitModel model, String modelText, Span<InitModel> range, List<String> notes) {

    /** Φ⁻¹(0.99). */
    static final double Z99 = 2.3263478740408408;
    static final double Z975 = 1.959963984540054;

    public InitFit {
        notes = List.copyOf(notes);
    }

    static InitFit of(InitEvidence e) {
        List<String> notes = new ArrayList<>();
        long n = e.count;
        if (n == 0) {
            notes.add("INIT cannot be fitted: no REPORT line carried an Init Duration (no observed cold start)");
            return new InitFit(0, null, null, null, null, null, null, null, null, notes);
        }
        double mean = e.meanUs();
        double p50 = e.quantileUs(0.5);
        double p99e = e.quantileUs(0.99);
        if (n == 1) {
            notes.add("one INIT observed: used as a constant, no spread can be fitted");
            String text = ms(mean);
            return new InitFit(1, mean, null, p50, null, null, InitModel.parse(text), text, null, notes);
        }
        double mu = e.sumLog / n;
        double sigma = Math.sqrt(Math.max(0, e.sumLogSquared / n - mu * mu));
        if (sigma < 1e-6) {
            notes.add("every INIT observed was the same: fitted as a constant");
            String text = ms(mean);
            return new InitFit(n, mean, mean, p50, p99e, 0.0, InitModel.parse(text), text, null, notes);
        }
        double se = Math.sqrt(sigma * sigma / n + Math.pow(sigma, 4) / (2.0 * (n - 1)));
        double lowMean = mean * Math.exp(-Z975 * se);
        double highMean = mean * Math.exp(Z975 * se);
        String text;
        String lowText;
        String highText;
        double p99;
        if (sigma < Z99 * 0.999) {
            // lognormal(MEAN,P99) names σ by its smaller root, so it holds for σ below z
            double ratio = Math.exp(Z99 * sigma - sigma * sigma / 2);
            p99 = mean * ratio;
            text = "lognormal(" + ms(mean) + "," + ms(p99) + ")";
            lowText = "lognormal(" + ms(lowMean) + "," + ms(lowMean * ratio) + ")";
            highText = "lognormal(" + ms(highMean) + "," + ms(highMean * ratio) + ")";
        } else {
            double cv = Math.sqrt(Math.expm1(sigma * sigma));
            p99 = Math.exp(Math.log(mean) - sigma * sigma / 2 + Z99 * sigma);
            notes.add(String.format(Locale.ROOT, "INIT spread too wide for lognormal(MEAN,P99) (σ of ln INIT %.2f): "
                    + "written as lognormal-sd(MEAN,SD)", sigma));
            text = "lognormal-sd(" + ms(mean) + "," + ms(mean * cv) + ")";
            lowText = "lognormal-sd(" + ms(lowMean) + "," + ms(lowMean * cv) + ")";
            highText = "lognormal-sd(" + ms(highMean) + "," + ms(highMean * cv) + ")";
        }
        if (n < 10) {
            notes.add("only " + n + " INIT durations observed: the fitted spread is rough");
        }
        try {
            return new InitFit(n, mean, p99, p50, p99e, sigma, InitModel.parse(text), text,
                    Spans.init(lowText + Spans.SEPARATOR + highText), notes);
        } catch (IllegalArgumentException tooNarrow) {
            // a spread below the 0.1 ms the model is written to: a constant says the same
            notes.add("INIT spread below 0.1 ms: fitted as a constant");
            String constant = ms(mean);
            return new InitFit(n, mean, mean, p50, p99e, sigma, InitModel.parse(constant), constant, null, notes);
        }
    }

    /** Microseconds as milliseconds to 0.1 ms, in the duration grammar: {@code 286.4ms}. */
    static String ms(double us) {
        String s = String.format(Locale.ROOT, "%.1f", us / 1000.0);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + "ms";
    }
}
