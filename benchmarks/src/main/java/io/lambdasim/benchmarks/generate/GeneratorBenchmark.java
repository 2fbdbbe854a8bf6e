package io.lambdasim.benchmarks.generate;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The synthetic workload generators draining about a million invocations per operation on one
 * thread; the {@code invocations} counter is reported per second. Run with {@code -prof gc} and
 * divide {@code gc.alloc.rate.norm} by the invocations per operation to see the allocation per
 * invocation (it should be the per-open setup only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class GeneratorBenchmark {

    @Param({"poisson", "diurnal", "bursty", "cron", "merge100"})
    String workload;

    WorkloadSpec spec;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long invocations;
    }

    @Setup(Level.Trial)
    public void parse() {
        spec = WorkloadSpec.parse(spec(workload));
    }

    /** About 10^6 invocations each, so per-open costs are amortised. */
    static String spec(String workload) {
        switch (workload) {
            case "poisson": return "poisson(1000/s);duration=exp(100ms);horizon=1000s";
            case "diurnal": return "diurnal(1/s..22/s);duration=lognormal(80ms,900ms);horizon=1d";
            case "bursty": return "bursty(100/s,10000/s,1s,10s);duration=uniform(10ms,50ms);horizon=1000s";
            case "cron": return "schedule(cron(* * ? * * *));duration=empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s);horizon=694d";
            case "merge100": {
                StringJoiner j = new StringJoiner(" + ");
                for (int i = 0; i < 100; i++) {
                    j.add("poisson(10/s);duration=exp(100ms);function=fn" + i + (i == 0 ? ";horizon=1000s" : ""));
                }
                return j.toString();
            }
            default: throw new IllegalArgumentException(workload);
        }
    }

    @Benchmark
    public long drain(Counters counters) {
        long checksum = 0;
        long n = 0;
        try (InvocationCursor c = spec.open()) {
            while (c.next()) {
                checksum += c.startUs() ^ c.durationUs();
                n++;
            }
        }
        counters.invocations += n;
        return checksum;
    }
}
