package io.lambdasim.pricing.breakeven;

/** A range of monthly requests ({@code from} exclusive, {@code to} inclusive) and the cheapest option there. */
public record CheapestInterval(double fromRequests, double toRequests, String cheapest) {
}
