package io.lambdasim.pricing.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytic Managed Instances curve against AWS's published calculator methodology
 * (aws-samples/sample-aws-lambda-managed-instances, tools/pricing-calculator/docs/CALCULATOR_METHODOLOGY.md):
 * sustainable concurrency per vCPU = 1 / CPU share; 2,048 MB and 1 vCPU per environment (2 GB per vCPU);
 * environments per instance after reserving 1 vCPU and 1 GB; a 50% scaling buffer (target 1/1.5);
 * a 3-instance floor; EC2 cost + 15% of on-demand + $0.20 per million requests, 730 h a month.
 */
class ManagedInstancesCostCurveTest {

    private static final double SECONDS = 730 * 3600.0;
    private static final double BUFFER_TARGET = 1 / 1.5;

    private static ManagedInstancesPolicy policy(double discount) {
        return new ManagedInstancesPolicy(BUFFER_TARGET, 3, 3, 1, 2048, 16, 1, 1024, 730, discount);
    }

    /** c7g.xlarge as the methodology's test cases price it: $1,481.90 for 14 instances × 730 h = $0.145/h. */
    private static final Ec2Offer C7G_XLARGE = Ec2Offer.fixed("c7g.xlarge", 0.145, 4, 8192);

    /** A 1 s invocation whose CPU share is {@code share} (1,769 MB: one full vCPU in Lambda). */
    private static RequestNeeds needs(double share) {
        return RequestNeeds.fromLambda(1.0, share, 1.0, 1, 512);
    }

    @Test
    void steadyLoadMatchesTheMethodologyWhereItsDivisionsAreExact() {
        // Balanced (25% CPU), 96 concurrent, c7g.xlarge. Methodology: 4 per vCPU sustainable; 2,048 MB →
        // 1 vCPU per environment; ceil(96 / 4) = 24 environments; min(⌊3/1⌋, ⌊7168/2048⌋) = 3 per instance;
        // base ceil(24/3) = 8; with the buffer ceil(8 × 1.5) = 12 instances (floor 3 not binding).
        double requests = 96 * SECONDS; // 96 in flight at 1 s each (Little's law)
        ManagedInstancesCostCurve c = new ManagedInstancesCostCurve(C7G_XLARGE, 0.15, 0.20, needs(0.25), policy(0));
        assertThat(c.environmentsPerInstance()).isEqualTo(3);
        assertThat(c.instancesFor(requests)).isEqualTo(12);
        // Cost = 12 × 0.145 × 730 = 1,270.20; fee 15% = 190.53; requests 252,288,000 × 0.2e-6 = 50.4576.
        assertThat(c.monthlyCost(requests)).isCloseTo(1270.20 + 190.53 + 50.4576, within(1e-6));
    }

    @Test
    void theMethodologysOwnExampleDiffersByAtMostTheBufferRounding() {
        // The document's example (Python, 100 concurrent, 25% CPU, c7g.xlarge) gives 14 instances:
        // ceil(ceil(25 / 3) × 1.5) = ceil(9 × 1.5). Buffering environments before rounding to instances
        // gives ceil(ceil(25 × 1.5) / 3) = ceil(38 / 3) = 13.
        ManagedInstancesCostCurve c = new ManagedInstancesCostCurve(C7G_XLARGE, 0.15, 0.20, needs(0.25), policy(0));
        assertThat(c.instancesFor(100 * SECONDS)).isEqualTo(13);
    }

    @Test
    void threeInstanceFloorAndTheFeeOnOnDemandUnderADiscount() {
        // A trickle needs 1 environment but runs 3 environments on 3 instances (floor). Under a 65% Reserved
        // Instance discount the instances cost 3 × 0.145 × 730 × 0.35 = 111.1425 and the fee stays
        // 3 × 0.145 × 730 × 0.15 = 47.6325 (methodology test case 'reserved3yr': fee unchanged).
        ManagedInstancesCostCurve c = new ManagedInstancesCostCurve(C7G_XLARGE, 0.15, 0.20, needs(0.25), policy(0.65));
        assertThat(c.instancesFor(1000)).isEqualTo(3);
        assertThat(c.costWith(3, 0)).isCloseTo(111.1425 + 47.6325, within(1e-9));
    }

    @Test
    void concurrencyBindsForAnIoBoundFunction() {
        // No CPU work: an environment holds 16 at once; at the target 16 × (2/3) in flight per environment,
        // so 96 in flight need ceil(96 / 10.667) = 9 environments, 3 instances.
        ManagedInstancesCostCurve c = new ManagedInstancesCostCurve(C7G_XLARGE, 0.15, 0.20,
                new RequestNeeds(0, 1, 512), policy(0));
        assertThat(c.environmentsFor(96 * SECONDS)).isEqualTo(9);
        assertThat(c.instancesFor(96 * SECONDS)).isEqualTo(3);
    }

    @Test
    void thirdCurveFamilyInTheAnalysis() {
        // Lambda at 1 s, 1,769 MB (x86 first tier $0.0000166667/GB-s): $2.8793e-5 per request + $0.2e-6.
        CostCurve lambda = r -> r * (1.769 * 0.0000166667 + 0.2e-6);
        ManagedInstancesCostCurve lmi = new ManagedInstancesCostCurve(C7G_XLARGE, 0.15, 0.20, needs(0.25), policy(0));
        Ec2CostCurve ec2 = new Ec2CostCurve(C7G_XLARGE, needs(0.25), FleetPolicy.defaults());
        BreakEvenResult r = new BreakEvenAnalysis().analyze(lambda, List.of(ec2, lmi));
        assertThat(r.series()).extracting(CostSeries::option).containsExactly("lambda", "c7g.xlarge", "lmi:c7g.xlarge");
        // A floor of 3 LMI instances (3 × 0.145 × 730 × 1.15 = $365.18) is dearer than 2 EC2 instances
        // ($211.70), so at small volumes Lambda wins, then EC2; crossings are found for both families.
        assertThat(r.crossings()).extracting(Crossing::option).contains("c7g.xlarge", "lmi:c7g.xlarge");
        assertThat(r.cheapestAt(1e4)).isEqualTo("lambda");
    }
}
