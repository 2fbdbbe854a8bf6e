package io.lambdasim.reports.uncertainty;

import java.util.Objects;

/**
 * A range a setting is uncertain over, {@code LOW..HIGH}: each figure is computed at its ends as
 * well as at the central value, and reported with the band between.
 *
 * @param low  the lower end (by the order the setting gives: a keep-alive's mean, an INIT's mean)
 * @param high the upper end
 * @param text the canonical text, {@code LOW..HIGH}
 * @param <T>  the setting's value type
 */
public record Span<T>(T low, T high, String text) {

    public Span {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    @Override
    public String toString() {
        return text;
    }
}
