package io.lambdasim.reports.breakeven;

/** Monthly costs at one traffic factor k (k = 1 is the trace as recorded), for charts. */
public record FactorPoint(double factor, double lambdaMonthly, double ec2Monthly) {
}
