package io.lambdasim.pricing.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakEvenAnalysisTest {

    /**
     * The 2014 comparison's arithmetic (aws-2014 rules, no free tier, the 100 ms era's prices of
     * aws.amazon.com/lambda/pricing): 128 MB at 100 ms bills 0.1 s × 0.125 GB = 0.0125 GB-s at
     * $0.00001667 plus $0.20 per million requests = $4.08375e-7 per request.
     */
    private static final CostCurve SEED_LAMBDA = r -> r * (0.2e-6 + 0.0125 * 0.00001667);

    /** t2 at $0.012329/h × 730 h = $9.00017 a month, as in the seed. */
    private static final Ec2Offer T2 = Ec2Offer.fixed("t2", 0.012329, 1, 0);

    private static FleetPolicy policy(int min) {
        return new FleetPolicy(0.7, min, 730, 0);
    }

    @Test
    void seedBreakEvenNear22MillionRequests() {
        // 100 ms at 128 MB: 0.1 s × 128/1769 vCPU of CPU work, tiny against one vCPU.
        RequestNeeds needs = RequestNeeds.fromLambda(0.1, 1, 128 / 1769.0, 1, 128);
        Ec2CostCurve t2 = new Ec2CostCurve(T2, needs, policy(1));
        BreakEvenResult r = new BreakEvenAnalysis().analyze(SEED_LAMBDA, List.of(t2));

        assertThat(r.crossings()).hasSize(1);
        Crossing c = r.crossings().get(0);
        // 9.00017 / 4.08375e-7 = 22,039,000 requests.
        assertThat(c.requests()).isCloseTo(22_039_000, within(1_000.0));
        assertThat(c.lambdaCost()).isCloseTo(c.ec2Cost(), within(0.005));
        assertThat(c.atStep()).isFalse();
        assertThat(c.cheaperAbove()).isEqualTo("t2");
        assertThat(r.cheapestAt(1e6)).isEqualTo("lambda");
        assertThat(r.cheapestAt(1e8)).isEqualTo("t2");
    }

    /** Lambda at $1e-5 a request against a $10 box serving 1,314,000 requests per instance. */
    private static BreakEvenResult boxAgainstLinearLambda(int samples) {
        CostCurve lambda = r -> r * 1e-5;
        Ec2Offer box = Ec2Offer.fixed("box", 10.0 / 730, 1, 0);
        Ec2CostCurve curve = new Ec2CostCurve(box, new RequestNeeds(1, 1, 128), new FleetPolicy(0.5, 1, 730, 0));
        return new BreakEvenAnalysis(1e3, 2.9e6, samples).analyze(lambda, List.of(curve));
    }

    @Test
    void stepsOfTheFleetMakeLambdaCheaperAgainJustAboveAnEdge() {
        // One instance serves 1 vCPU × 0.5 utilisation × 2,628,000 s / 1 s = 1,314,000 requests a
        // month and costs $10 (hourly 10/730). Lambda costs $1e-5 a request, so $13.14 at the first
        // edge: EC2 is cheaper from 1,000,000 requests ($10) until the edge, where the second
        // instance ($20) makes Lambda cheaper again until 2,000,000 requests.
        BreakEvenResult r = boxAgainstLinearLambda(50);

        assertThat(r.crossings()).extracting(Crossing::requests)
                .containsExactly(1_000_000.0, 1_314_000.0, 2_000_000.0, 2_628_000.0);
        assertThat(r.crossings()).extracting(Crossing::atStep).containsExactly(false, true, false, true);
        assertThat(r.crossings()).extracting(Crossing::cheaperAbove).containsExactly("box", "lambda", "box", "lambda");
        assertThat(r.intervals()).extracting(CheapestInterval::cheapest)
                .containsExactly("lambda", "box", "lambda", "box", "lambda");
        assertThat(r.intervals().get(1).fromRequests()).isCloseTo(1_000_000, within(1.0));
        assertThat(r.intervals().get(r.intervals().size() - 1).toRequests()).isEqualTo(2.9e6);
    }

    @Test
    void minimumInstancesRaiseTheFloorAndTheBreakEven() {
        RequestNeeds needs = RequestNeeds.fromLambda(0.1, 1, 128 / 1769.0, 1, 128);
        Ec2CostCurve two = new Ec2CostCurve(T2, needs, policy(2));
        assertThat(two.monthlyCost(1e3)).isCloseTo(2 * 0.012329 * 730, within(1e-9));
        BreakEvenResult r = new BreakEvenAnalysis().analyze(SEED_LAMBDA, List.of(two));
        assertThat(r.crossings().get(0).requests()).isCloseTo(44_078_000, within(2_000.0));
    }

    @Test
    void unlimitedBurstablePaysSurplusAboveItsBaseline() {
        // 2 vCPU at 20% baseline = 0.4 vCPU free; a demand of 1 vCPU on average (2,628,000
        // CPU-seconds a month) pays 0.6 vCPU × 730 h × $0.04 = $17.52 on top of the hourly price.
        Ec2Offer t4g = new Ec2Offer("t4g.small", 0.0168, 2, 2048, 0.2, Ec2Offer.BurstMode.UNLIMITED, 0.04);
        Ec2CostCurve curve = new Ec2CostCurve(t4g, new RequestNeeds(1, 1, 64), new FleetPolicy(1, 1, 730, 0));
        assertThat(curve.instancesFor(2_628_000)).isEqualTo(1);
        assertThat(curve.monthlyCost(2_628_000)).isCloseTo(0.0168 * 730 + 17.52, within(1e-9));

        // Standard mode throttles at the baseline: it is sized for 0.4 vCPU, so 1 vCPU needs 3.
        Ec2Offer t2 = new Ec2Offer("t2.small", 0.023, 2, 2048, 0.2, Ec2Offer.BurstMode.STANDARD, 0.05);
        Ec2CostCurve std = new Ec2CostCurve(t2, new RequestNeeds(1, 1, 64), new FleetPolicy(1, 1, 730, 0));
        assertThat(std.instancesFor(2_628_000)).isEqualTo(3);
    }

    @Test
    void memoryBoundsTheRequestsAnInstanceHolds() {
        // 8 GiB × 0.9 / 512 MB = 14 slots of 0.2 s each: 70 requests a second, 183,960,000 a month.
        Ec2Offer m = Ec2Offer.fixed("m", 0.1, 64, 8192);
        Ec2CostCurve curve = new Ec2CostCurve(m, new RequestNeeds(0, 0.2, 512), policy(1));
        assertThat(curve.requestsPerInstance()).isCloseTo(14 / 0.2 * 2_628_000, within(1e-3));
        Ec2CostCurve tooBig = new Ec2CostCurve(Ec2Offer.fixed("tiny", 0.1, 1, 512), new RequestNeeds(0, 0.2, 1024), policy(1));
        assertThat(tooBig.feasible()).isFalse();
        // Fits the box but not its usable 90%: one request at a time, 1 / 0.2 s = 5 a second.
        Ec2CostCurve alone = new Ec2CostCurve(Ec2Offer.fixed("box", 0.1, 1, 1024), new RequestNeeds(0, 0.2, 1024), policy(1));
        assertThat(alone.requestsPerInstance()).isCloseTo(5 * 2_628_000, within(1e-3));
        BreakEvenResult r = new BreakEvenAnalysis().analyze(SEED_LAMBDA, List.of(tooBig));
        assertThat(r.notes()).singleElement().asString().contains("tiny");
    }

    @Test
    void seriesShowStepEdgesAsTwoPoints() {
        BreakEvenResult r = boxAgainstLinearLambda(10);
        List<CostPoint> pts = r.series().get(1).points();
        assertThat(pts).contains(new CostPoint(1_314_000, 10.0), new CostPoint(1_314_000, 20.0));
        assertThat(r.series().get(0).option()).isEqualTo("lambda");
    }

    @Test
    void cheapestIntervalsAgreeWithDirectEvaluationOnRandomInputs() {
        // Invariant: inside every reported interval the named option is the cheapest one when
        // the curves are evaluated directly; continuous crossings have equal costs.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(2026);
        for (int trial = 0; trial < 100; trial++) {
            double perRequest = Math.exp(rnd.nextDouble(Math.log(1e-8), Math.log(1e-4)));
            double free = rnd.nextBoolean() ? 1e6 : 0;
            CostCurve lambda = r -> Math.max(0, r - free) * perRequest;
            RequestNeeds needs = new RequestNeeds(rnd.nextDouble(0.001, 2), rnd.nextDouble(0.01, 3), 512);
            FleetPolicy policy = new FleetPolicy(rnd.nextDouble(0.3, 1), rnd.nextInt(0, 3), 730, 0);
            List<Ec2CostCurve> options = List.of(
                    new Ec2CostCurve(Ec2Offer.fixed("a", rnd.nextDouble(0.005, 0.5), 2, 8192), needs, policy),
                    new Ec2CostCurve(new Ec2Offer("b", rnd.nextDouble(0.005, 0.2), 2, 4096, 0.2,
                            Ec2Offer.BurstMode.UNLIMITED, 0.04), needs, policy));
            BreakEvenResult r = new BreakEvenAnalysis(1e3, 1e9, 20).analyze(lambda, options);
            for (Crossing c : r.crossings()) {
                if (!c.atStep()) {
                    assertThat(c.lambdaCost()).isCloseTo(c.ec2Cost(), within(1e-6 * Math.max(1, c.ec2Cost())));
                }
            }
            for (CheapestInterval i : r.intervals()) {
                double mid = Math.sqrt(i.fromRequests() * i.toRequests());
                if (mid <= i.fromRequests() * 1.000001) {
                    continue;
                }
                double best = lambda.monthlyCost(mid);
                for (Ec2CostCurve o : options) {
                    best = Math.min(best, o.monthlyCost(mid));
                }
                double named = i.cheapest().equals(BreakEvenAnalysis.LAMBDA) ? lambda.monthlyCost(mid)
                        : options.stream().filter(o -> o.name().equals(i.cheapest())).findFirst().orElseThrow().monthlyCost(mid);
                assertThat(named).as("trial %d at %s", trial, mid).isCloseTo(best, within(1e-9 * Math.max(1, best)));
            }
        }
    }
}
