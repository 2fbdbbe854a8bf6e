package io.lambdasim.engine.init;

import java.util.random.RandomGenerator;

/**
 * Where the duration of a simulated INIT phase comes from when the trace has not observed any for
 * the function: a constant, a distribution, or a runtime preset. Models are immutable and shareable;
 * the caller passes the (seeded) random source, so a run is deterministic.
 *
 * <p>Syntax ({@link #parse}): {@code 250ms}, {@code normal(265ms,354ms)} (mean, sd), {@code
 * lognormal(300ms,900ms)} (mean and 99th percentile, as the workload generator's {@code lognormal}),
 * {@code lognormal-sd(300ms,150ms)} (mean and standard deviation of the INIT duration itself, not of
 * its logarithm), or {@code runtime:NAME} with NAME one of {@link InitPresets#names()}.
 */
public interface InitModel {

    /** One INIT duration in µs, never negative. */
    long sampleUs(RandomGenerator random);

    /** The mean INIT duration in µs (for reports and documentation). */
    double meanUs();

    /** The text this model was parsed from, in canonical form. */
    String spec();

    static InitModel parse(String text) {
        return InitModels.parse(text);
    }
}
