package io.lambdasim.reports.breakeven;

/**
 * Monthly costs at one traffic factor k (k = 1 is the trace as recorded), for charts.
 *
 * @param lambdaMonthly           Lambda's bill (the whole bill when what surrounds the function is priced)
 * @param ec2Monthly              the option's bill (likewise)
 * @param lambdaFunctionOnly      Lambda's function bill alone (equal to {@code lambdaMonthly} without those settings)
 * @param ec2FunctionOnly         the option's own bill, without its network and fixed costs
 */
public record FactorPoint(double factor, double lambdaMonthly, double ec2Monthly, double lambdaFunctionOnly,
                          double ec2FunctionOnly) {

    /** A point where nothing around the function is priced. */
    public FactorPoint(double factor, double lambdaMonthly, double ec2Monthly) {
        this(factor, lambdaMonthly, ec2Monthly, lambdaMonthly, ec2Monthly);
    }
}
