package io.lambdasim.gui.breakeven;

import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import java.util.List;

/** The explorer's pricing from pricing-models' price book and billing rules. */
public final class LibraryPricing implements BreakevenPricing {
    @Override
    public CostCurve lambdaCurve(Inputs in) {
        throw new IllegalStateException("pricing-models has no price book yet: the Lambda curve cannot be drawn");
    }

    @Override
    public Ec2Offer ec2Offer(String type, String region) {
        throw new IllegalStateException("pricing-models has no price book yet: " + type + " is unknown");
    }

    @Override
    public List<String> ec2Types(String region) {
        return List.of();
    }

    @Override
    public List<String> regions() {
        return List.of("us-east-1");
    }

    @Override
    public List<String> ruleSets() {
        return List.of("aws-2025-08");
    }

    @Override
    public int[] memoryLimits(String rules) {
        return new int[] {128, 10_240, 1};
    }
}
