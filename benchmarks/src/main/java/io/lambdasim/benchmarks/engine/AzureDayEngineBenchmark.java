package io.lambdasim.benchmarks.engine;

import io.lambdasim.benchmarks.azure.SyntheticAzureDay;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone on the shape of a whole Azure day (issue 15's target: at least 8 million
 * invocations per second on one core with 46,413 functions): the first {@value #INVOCATIONS}
 * invocations (about the first seven minutes) of the synthetic Azure 2019 day
 * ({@link SyntheticAzureDay}, default seed), from memory, so reading costs nothing. Heavy-tailed:
 * a few thousand functions carry most invocations, the others are cold most of the time. Default
 * configuration but an account concurrency of 100,000 (the day is the load of a whole Azure
 * region, about 2,700 invocations in flight; under the default 1,000 most would be throttled, which
 * is cheap and would flatter the score).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AzureDayEngineBenchmark {

    static final int INVOCATIONS = 4_000_000;

    private InvocationArrays trace;
    private SimulationConfig config;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("azure-day");
        SyntheticAzureDay.write(dir);
        try (InvocationCursor c = Traces.open(dir.resolve("invocations_per_function_md.anon.d01.csv"))) {
            trace = InvocationArrays.record(c, INVOCATIONS);
        }
        config = SimulationConfig.DEFAULTS.toBuilder().accountConcurrency(100_000).build();
    }

    @Benchmark
    @OperationsPerInvocation(INVOCATIONS)
    public long simulate() {
        SimulationResult r = Simulator.run(trace.cursor(), config);
        return r.total().coldStarts();
    }
}
