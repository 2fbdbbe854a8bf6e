package io.lambdasim.pricing.breakeven;

/**
 * A volume at which Lambda and one EC2 option swap places.
 *
 * @param option        the EC2 option
 * @param requests      monthly requests at the crossing
 * @param lambdaCost    Lambda's monthly cost there, USD
 * @param ec2Cost       the EC2 option's monthly cost just above the crossing, USD (equal to
 *                      {@code lambdaCost} unless {@code atStep})
 * @param cheaperAbove  which option is cheaper just above the crossing: {@code "lambda"} or the
 *                      EC2 option's name
 * @param atStep        true when the swap happens at a jump of the EC2 step (one more instance),
 *                      so the two costs are not equal there
 * @param instances     EC2 instances needed just above the crossing
 */
public record Crossing(String option, double requests, double lambdaCost, double ec2Cost,
                       String cheaperAbove, boolean atStep, int instances) {
}
