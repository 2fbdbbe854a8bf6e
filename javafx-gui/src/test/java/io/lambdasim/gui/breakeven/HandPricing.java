package io.lambdasim.gui.breakeven;

import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import java.util.List;

/**
 * Pricing with figures written out by hand, so the view-model tests can check the numbers they see
 * without depending on the price book's data: us-east-1 x86_64, no tiers, no free tier,
 * $0.20 per million requests and $0.0000166667 per GB-s (aws.amazon.com/lambda/pricing, as quoted in
 * shared/domain/lambda-billing.md); m7g.large $0.0816/h, 2 vCPU, 8 GiB; c7g.large $0.0725/h, 2 vCPU,
 * 4 GiB (same notes).
 */
final class HandPricing implements BreakevenPricing {
    static final double REQUEST_USD = 0.20 / 1e6;
    static final double GB_SECOND_USD = 0.0000166667;

    @Override
    public CostCurve lambdaCurve(Inputs in) {
        if (in.memoryMb() < 128 || in.memoryMb() > 10_240) {
            throw new IllegalArgumentException("memory " + in.memoryMb() + " MB outside 128..10240 MB");
        }
        double gbSecondsPerRequest = in.durationMs() / 1000.0 * in.memoryMb() / 1024.0;
        return r -> r * (REQUEST_USD + gbSecondsPerRequest * GB_SECOND_USD);
    }

    @Override
    public Ec2Offer ec2Offer(String type, String region) {
        return switch (type) {
            case "m7g.large" -> Ec2Offer.fixed(type, 0.0816, 2, 8192);
            case "c7g.large" -> Ec2Offer.fixed(type, 0.0725, 2, 4096);
            default -> throw new IllegalArgumentException("unknown instance type " + type);
        };
    }

    @Override
    public List<String> ec2Types(String region) {
        return List.of("c7g.large", "m7g.large");
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
        // aws-2014: 128..1536 MB in 64 MB steps (domain notes, "Limits"); every other era: today's.
        return "aws-2014".equals(rules) ? new int[] {128, 1536, 64} : new int[] {128, 10_240, 1};
    }
}
