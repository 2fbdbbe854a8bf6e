package io.lambdasim.benchmarks.breakeven;

import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.pricing.breakeven.FleetPolicy;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analytic break-even the GUI recomputes while a slider drags (target: under 50 ms per
 * redraw): three EC2 options against Lambda over 10^3..10^10 requests a month, with crossings,
 * cheapest intervals and chart series.
 *
 * <p>{@code durationMs = 200}: the example (hundreds of instance steps).
 * {@code durationMs = 10000}: a long CPU-bound function (tens of thousands of steps per option).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BreakEvenBenchmark {

    @Param({"200", "10000"})
    public double durationMs;

    private CostCurve lambda;
    private List<Ec2CostCurve> options;

    @Setup
    public void setUp() {
        int memoryMb = 512;
        // Lambda x86 current prices (aws.amazon.com/lambda/pricing): three duration tiers, free tier.
        double gbsPerRequest = durationMs / 1000 * memoryMb / 1024;
        lambda = r -> {
            double gbs = Math.max(0, r * gbsPerRequest - 400_000);
            double cost = Math.max(0, r - 1_000_000) * 0.2e-6;
            cost += Math.min(gbs, 6e9) * 0.0000166667;
            cost += Math.max(0, Math.min(gbs, 15e9) - 6e9) * 0.000015;
            cost += Math.max(0, gbs - 15e9) * 0.0000133334;
            return cost;
        };
        RequestNeeds needs = RequestNeeds.fromLambda(durationMs / 1000, 0.5, memoryMb / 1769.0, 1, memoryMb);
        FleetPolicy policy = FleetPolicy.defaults();
        options = List.of(
                new Ec2CostCurve(Ec2Offer.fixed("m7g.large", 0.0816, 2, 8192), needs, policy),
                new Ec2CostCurve(Ec2Offer.fixed("c7g.large", 0.0725, 2, 4096), needs, policy),
                new Ec2CostCurve(new Ec2Offer("t4g.small", 0.0168, 2, 2048, 0.2, Ec2Offer.BurstMode.UNLIMITED, 0.04),
                        needs, policy));
    }

    @Benchmark
    public BreakEvenResult analyze() {
        return new BreakEvenAnalysis().analyze(lambda, options);
    }
}
