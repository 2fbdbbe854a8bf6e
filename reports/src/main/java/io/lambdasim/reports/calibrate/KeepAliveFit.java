package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.reports.uncertainty.Span;
import java.util.List;

/**
 * The keep-alive fitted to one function's idle evidence.
 *
 * @param reuseGaps      idle gaps after which an environment was reused
 * @param vanished       environments idle at a cold start and never seen again
 * @param bounded        the data bound the keep-alive from both sides (both kinds of evidence)
 * @param fixedUs        the best fixed keep-alive (middle of the best-fitting interval), or null
 * @param lowUs          lower end of its 95% interval (bootstrap over environments, widened to the
 *                       best-fitting interval), or what the data say alone when not bounded (the
 *                       longest reuse gap), or null
 * @param highUs         upper end likewise (the shortest gone gap when not bounded), or null
 * @param policy         the best-fitting policy, {@code fixed:D} or {@code random:MIN-MAX}, or null
 * @param range          the policy's range for uncertainty runs ({@code fixed:LOW..HIGH} or
 *                       {@code random:..}), or null
 * @param randomMinUs    the maximum-likelihood uniform's lower end (fitted whenever no fixed value
 *                       fits every observation), or null
 * @param randomMaxUs    its upper end, or null
 * @param randomMinCiUs  95% interval of its lower end, or null
 * @param randomMaxCiUs  95% interval of its upper end, or null
 * @param longestReuseUs the longest idle gap after which an environment was reused, -1 when none
 * @param shortestGoneUs the shortest gap by which an idle environment was gone, +∞ when none
 * @param violations     observations the best fixed value contradicts
 * @param distribution   the non-parametric estimate of P(keep-alive ≤ gap) (Turnbull's NPMLE)
 * @param notes          what could not be fitted and why
 */
public record KeepAliveFit(long reuseGaps, long vanished, boolean bounded, Double fixedUs, Double lowUs, Double highUs,
                           KeepAlive policy, Span<KeepAlive> range, Double randomMinUs, Double randomMaxUs,
                           double[] randomMinCiUs, double[] randomMaxCiUs, double longestReuseUs, double shortestGoneUs,
                           double violations, List<KeepAliveStep> distribution, List<String> notes) {

    public KeepAliveFit {
        distribution = List.copyOf(distribution);
        notes = List.copyOf(notes);
    }

    /**
     * Where the keep-alive's {@code q} quantile lies by the non-parametric estimate: {after, at} µs
     * (somewhere in between; the data inspected no idle period there), or null when the estimate
     * never reaches {@code q}.
     */
    public double[] quantileUs(double q) {
        for (KeepAliveStep s : distribution) {
            if (s.gone() >= q) {
                return new double[] {s.afterUs(), s.gapUs()};
            }
        }
        return null;
    }

    public boolean isRandom() {
        return policy != null && policy.kind() == KeepAlive.Kind.RANDOM;
    }
}
