package io.lambdasim.benchmarks.lmi;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.lmi.CapacityProviderConfig;
import io.lambdasim.engine.lmi.ManagedInstancesFleet;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
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
 * The Managed Instances replay's hot path: one million arrivals from memory on an m7g.xlarge-shaped
 * capacity provider (4 vCPU, 16 GiB, defaults otherwise), both passes (the first period's sizing,
 * then the event loop with routing, contention, completions and the scaler). {@code steady}: 300
 * Poisson arrivals a second of 200 ms at 1,769 MB, about 60 in flight on some 45 environments;
 * {@code diurnal}: a daily cycle between 50/s and 500/s, so the scaler launches and drains.
 * Reported per invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManagedInstancesBenchmark {

    static final int INVOCATIONS = 1_000_000;

    @Param({"steady", "diurnal"})
    public String load;

    private InvocationArrays trace;
    private CapacityProviderConfig config;

    @Setup
    public void setUp() {
        String arrivals = load.equals("steady") ? "poisson(300/s)" : "diurnal(50/s..500/s)";
        try (InvocationCursor c = WorkloadSpec.parse(arrivals + ";duration=exp(200ms);horizon=1d;memory=1769").open()) {
            trace = InvocationArrays.record(c, INVOCATIONS);
        }
        config = CapacityProviderConfig.of(4, 16 * 1024, "python").withWorkload(CpuModel.DEFAULT, 1769, -1);
    }

    @Benchmark
    @OperationsPerInvocation(INVOCATIONS)
    public ManagedInstancesResult replay() {
        return ManagedInstancesFleet.simulate(trace::cursor, config);
    }
}
