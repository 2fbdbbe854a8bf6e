package io.lambdasim.benchmarks.breakeven;

import io.lambdasim.engine.ec2.Balancer;
import io.lambdasim.engine.ec2.Ec2Fleet;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EC2 fleet replay's hot path: one million Poisson arrivals (100 a second, 50 ms each, half
 * CPU-bound: an arrival, a CPU completion and an I/O completion each) from memory, both passes
 * (demand profile, then the replay on individual instances: the balancer's placement, memory
 * slots, processor sharing of each instance's vCPUs). Reported per invocation; {@code balancer}
 * defaults to the default placement ({@code -p balancer=central,round-robin} for the others).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Ec2FleetBenchmark {

    static final int INVOCATIONS = 1_000_000;

    @Param({"static", "autoscaled"})
    public String mode;

    @Param({Balancer.DEFAULT_LABEL})
    public String balancer;

    private InvocationArrays trace;
    private FleetConfig config;

    @Setup
    public void setUp() {
        try (InvocationCursor c = WorkloadSpec.parse("poisson(100/s);duration=const(50ms);horizon=3h;memory=512").open()) {
            trace = InvocationArrays.record(c, INVOCATIONS);
        }
        config = FleetConfig.of(2, 8192).withSizing(FleetMode.parse(mode), 0.7, 2, 1000).withBalancer(Balancer.parse(balancer));
    }

    @Benchmark
    @OperationsPerInvocation(INVOCATIONS)
    public FleetResult replay() {
        return Ec2Fleet.simulate(trace::cursor, config);
    }
}
