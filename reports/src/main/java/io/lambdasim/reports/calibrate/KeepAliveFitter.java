package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.reports.uncertainty.Span;
import io.lambdasim.reports.uncertainty.Spans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a keep-alive to a function's {@link IdleEvidence} and bootstraps it over environments.
 *
 * <p>Policy: a fixed keep-alive unless a uniform one is better by Akaike's criterion (one more
 * parameter: its log-likelihood must be more than 1 higher) and materially wide (at least 10 s and
 * 5% of the fixed value, so that two lines' timestamp rounding cannot make a "random" policy).
 * Intervals: 2.5% and 97.5% percentiles of {@value Resampling#REPLICATES} resamples of the
 * environments.
 */
final class KeepAliveFitter {

    private static final int B = Resampling.REPLICATES;
    private static final double MIN_RANDOM_WIDTH_US = 10 * Durations.US_PER_S;

    private KeepAliveFitter() {
    }

    static KeepAliveFit fit(FunctionEvidence f, EvidenceCollector weights) {
        IdleEvidence idle = f.idle;
        List<String> notes = new ArrayList<>();
        double minGone = Double.POSITIVE_INFINITY;
        double[] gonePoint = new double[IdleEvidence.POINT.size()];
        for (int i = 0; i < idle.goneGapsUs.size(); i++) {
            long g = idle.goneGapsUs.get(i);
            gonePoint[IdleEvidence.POINT.bin(g)]++;
            minGone = Math.min(minGone, g);
        }
        double[] reusePoint = new double[IdleEvidence.POINT.size()];
        if (idle.reuse != null) {
            for (int i = 0; i < reusePoint.length; i++) {
                reusePoint[i] = idle.reuse[i];
            }
        }
        CurrentStatus d = new CurrentStatus(IdleEvidence.POINT, reusePoint, gonePoint, idle.maxReuseUs, minGone);
        CurrentStatus.Fixed fixed = d.fixed();
        List<KeepAliveStep> npmle = d.reuseTotal + d.goneTotal > 0 ? d.npmle() : List.of();
        if (!d.bounded()) {
            notes.add(unbounded(f, d));
            Double low = d.reuseTotal > 0 ? Double.valueOf(idle.maxReuseUs) : null;
            Double high = d.goneTotal > 0 ? minGone : null;
            return new KeepAliveFit(idle.reuseGaps, idle.goneCount(), false, null, low, high, null, null,
                    null, null, null, null, idle.maxReuseUs, minGone, 0, npmle, notes);
        }
        CurrentStatus.Uniform uniform = fixed.violations() > 0 ? d.uniform() : null;
        boolean random = uniform != null && uniform.logLikelihood() - d.fixedLogLikelihood(fixed) > 1
                && uniform.maxUs() - uniform.minUs() >= Math.max(MIN_RANDOM_WIDTH_US, 0.05 * fixed.centralUs());

        // The bootstrap over environments.
        double[] centrals = new double[B];
        double[] mins = random ? new double[B] : null;
        double[] maxs = random ? new double[B] : null;
        int grid = IdleEvidence.RESAMPLED.size();
        double[] reuse = new double[grid];
        double[] gone = new double[grid];
        for (int b = 0; b < B; b++) {
            Arrays.fill(reuse, 0);
            Arrays.fill(gone, 0);
            if (idle.reuseResampled != null) {
                for (int i = 0; i < grid; i++) {
                    reuse[i] = idle.reuseResampled[i * B + b];
                }
            }
            double minGoneB = Double.POSITIVE_INFINITY;
            for (int k = 0; k < idle.goneGapsUs.size(); k++) {
                int w = weights.weight((int) idle.goneEnvironments.get(k), b);
                if (w > 0) {
                    long g = idle.goneGapsUs.get(k);
                    gone[IdleEvidence.RESAMPLED.bin(g)] += w;
                    minGoneB = Math.min(minGoneB, g);
                }
            }
            long maxReuseB = f.resampledMaxReuseUs == null ? -1 : f.resampledMaxReuseUs[b];
            if (maxReuseB >= 0 && reuse[0] == 0 && maxReuseB < GapGrid.FLOOR_US) {
                reuse[0] = 1; // reused only after gaps under a second: evidence nonetheless
            }
            CurrentStatus rb = new CurrentStatus(IdleEvidence.RESAMPLED, reuse.clone(), gone.clone(), maxReuseB, minGoneB);
            CurrentStatus.Fixed fb = rb.fixed();
            centrals[b] = rb.goneTotal == 0 ? Double.POSITIVE_INFINITY : rb.reuseTotal == 0 ? 0 : fb.centralUs();
            if (random) {
                CurrentStatus.Uniform ub = rb.uniform();
                mins[b] = ub == null ? Double.NaN : ub.minUs();
                maxs[b] = ub == null ? Double.NaN : ub.maxUs();
            }
        }
        double low = Math.min(percentile(centrals, 0.025), fixed.lowUs());
        double high = Math.max(percentile(centrals, 0.975), fixed.highUs());
        if (Double.isInfinite(high)) {
            notes.add(String.format(java.util.Locale.ROOT, "only %d environment(s) were seen to disappear: in more than "
                    + "2.5%% of resamples none was, so the upper end is the shortest gap after which one was gone (%s), "
                    + "not a 95%% bound", idle.goneCount(), seconds(fixed.highUs())));
            high = fixed.highUs();
        }
        double central = fixed.centralUs();
        KeepAlive policy;
        Span<KeepAlive> range;
        double[] minCi = null;
        double[] maxCi = null;
        if (random) {
            minCi = new double[] {percentile(mins, 0.025), percentile(mins, 0.975)};
            maxCi = new double[] {percentile(maxs, 0.025), percentile(maxs, 0.975)};
            long a = roundSeconds(uniform.minUs());
            long bb = Math.max(a, roundSeconds(uniform.maxUs()));
            policy = KeepAlive.parse("random:" + Durations.format(a) + "-" + Durations.format(bb));
            long aLo = roundSeconds(Math.min(minCi[0], uniform.minUs()));
            long aHi = roundSeconds(Math.max(minCi[1], uniform.minUs()));
            long bLo = Math.max(aLo, roundSeconds(Math.min(maxCi[0], uniform.maxUs())));
            long bHi = Math.max(aHi, roundSeconds(Math.max(maxCi[1], uniform.maxUs())));
            range = Spans.keepAlive("random:" + Durations.format(aLo) + "-" + Durations.format(bLo) + "..random:"
                    + Durations.format(aHi) + "-" + Durations.format(bHi));
        } else {
            policy = KeepAlive.parse("fixed:" + Durations.format(roundSeconds(central)));
            range = Spans.keepAlive("fixed:" + Durations.format(roundSeconds(low)) + "..fixed:"
                    + Durations.format(Math.max(roundSeconds(low), roundSeconds(high))));
        }
        if (fixed.violations() > 0 && !random) {
            notes.add(String.format(java.util.Locale.ROOT, "%.0f of %.0f observations contradict the fixed keep-alive; a "
                    + "random one fits no better", fixed.violations(), d.reuseTotal + d.goneTotal));
        }
        return new KeepAliveFit(idle.reuseGaps, idle.goneCount(), true, central, low, high, policy, range,
                random ? uniform.minUs() : null, random ? uniform.maxUs() : null, minCi, maxCi,
                idle.maxReuseUs, minGone, fixed.violations(), npmle, notes);
    }

    /** Why the data cannot bound the keep-alive, plainly. */
    private static String unbounded(FunctionEvidence f, CurrentStatus d) {
        if (f.invocations <= 1) {
            return "keep-alive cannot be fitted: the function was seen once, so no environment was ever idle";
        }
        if (d.reuseTotal == 0 && d.goneTotal == 0) {
            return "keep-alive cannot be fitted: no environment was reused after an idle gap, and no cold start found "
                    + "an idle environment gone";
        }
        if (d.goneTotal == 0) {
            String why = f.coldStartsUs.size() == 0 ? "the logs hold no cold start after an environment became idle"
                    : "no cold start happened while an environment of the function was idle (and that environment was never "
                    + "seen again)";
            return "keep-alive not bounded above: " + why + "; environments lived at least " + seconds(d.maxReuseUs)
                    + " idle (the longest gap after which one was reused)";
        }
        return "keep-alive not bounded below: no environment was reused after an idle gap; every idle one was gone "
                + "by the next cold start, the soonest after " + seconds(d.minGoneUs);
    }

    static String seconds(double us) {
        if (Double.isInfinite(us) || Double.isNaN(us) || us < 0) {
            return "-";
        }
        double s = us / 1e6;
        if (s >= 120) {
            return String.format(java.util.Locale.ROOT, "%.1f min", s / 60);
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", s);
    }

    private static long roundSeconds(double us) {
        return Math.max(0, Math.round(us / Durations.US_PER_S)) * Durations.US_PER_S;
    }

    /** The {@code q} quantile of {@code values} (NaN ignored, +∞ kept), linear between order statistics. */
    static double percentile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(v.length - 1, i + 1);
        if (Double.isInfinite(v[i]) || Double.isInfinite(v[j])) {
            return v[j];
        }
        return v[i] + (pos - i) * (v[j] - v[i]);
    }
}
