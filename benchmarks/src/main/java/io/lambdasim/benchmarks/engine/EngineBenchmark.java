package io.lambdasim.benchmarks.engine;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SourceSettings;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.StringJoiner;
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
 * The engine alone (issue 4's target: at least 10 million invocations per second on one core, no
 * allocation per invocation): 1,000 functions, Poisson arrivals (1 per function per second, so
 * 1,000/s in all), exponential durations of mean 100 ms, default configuration (fixed:10m keep-alive,
 * MRU, limits on), in-memory input. One operation = one run of {@value #INVOCATIONS} invocations, so the
 * score is invocations per second; {@code gc.alloc.rate.norm} divided by {@value #INVOCATIONS} is the
 * allocation per invocation (the per-run setup, about 1,000 function records and their latency
 * histograms, is spread over the run).
 *
 * <p>{@code source}: {@code sync} is the default path (each row starts directly); {@code sqs} puts
 * an SQS queue with its pollers in front of every function (default mapping: batches of up to 10,
 * no batching window, so at 1 message a second each message is its own batch), the event-source
 * stage issue 18 asks to stay within 20% of sync.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class EngineBenchmark {

    static final int INVOCATIONS = 2_000_000;

    @Param({"10", "1000"})
    int functions;

    @Param({"sync", "sqs"})
    String source;

    private InvocationArrays trace;
    private SimulationConfig config;

    @Setup
    public void setUp() {
        trace = InvocationArrays.record(workload(functions).open(), INVOCATIONS);
        config = source.equals("sync") ? SimulationConfig.DEFAULTS
                : SimulationConfig.builder().sources(SourceSettings.builder().source(SourceKind.parse(source)).build()).build();
    }

    /** {@code poisson(1/s);duration=exp(100ms);memory=512;function=fn-i} for each function, long enough for the run. */
    static WorkloadSpec workload(int functions) {
        StringJoiner spec = new StringJoiner(" + ");
        long horizonS = 2L * INVOCATIONS / functions;
        for (int i = 0; i < functions; i++) {
            spec.add("poisson(1/s);duration=exp(100ms);memory=512;function=fn-" + i + ";horizon=" + horizonS + "s");
        }
        return WorkloadSpec.parse(spec.toString());
    }

    @Benchmark
    @OperationsPerInvocation(INVOCATIONS)
    public long simulate() {
        SimulationResult r = Simulator.run(trace.cursor(), config);
        return r.total().coldStarts();
    }
}
