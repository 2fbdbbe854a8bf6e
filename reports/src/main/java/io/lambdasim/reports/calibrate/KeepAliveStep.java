package io.lambdasim.reports.calibrate;

/**
 * One step of the estimated keep-alive distribution: P(keep-alive ≤ g) = {@code gone} from
 * {@code gapUs} on. Where in ({@code afterUs}, {@code gapUs}] it rises from the step before, the
 * data do not say (no idle period was inspected in between): Turnbull's NPMLE is determined only at
 * the gaps seen.
 */
public record KeepAliveStep(double afterUs, double gapUs, double gone) {
}
