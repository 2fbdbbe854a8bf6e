package io.lambdasim.benchmarks.scale;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.Simulator;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Traces;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The engine alone, timed in CPU time of the simulating thread as well as wall time: on a shared,
 * loaded machine (where JMH's wall-clock scores say more about the neighbours than the code),
 * invocations per CPU-second is what one core would do. Loads the first N invocations of a trace
 * into memory, then simulates them R times (the first run is warm-up).
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar io.lambdasim.benchmarks.scale.EngineCpuRate FILE [N] [R]</pre>
 * Configuration: defaults with an account concurrency of 100,000 (an Azure day is a region's load).
 */
public final class EngineCpuRate {

    private EngineCpuRate() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        InvocationArrays trace;
        try (InvocationCursor c = Traces.open(file)) {
            trace = InvocationArrays.record(c, n);
        }
        SimulationConfig config = SimulationConfig.DEFAULTS.toBuilder().accountConcurrency(100_000).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long cold = Simulator.run(trace.cursor(), config).total().coldStarts();
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d%s: %,d invocations of %,d functions, %.2f s CPU, %.2f s wall: "
                            + "%.2f M invocations per CPU-second (%.2f M/s wall), %,d cold starts%n",
                    r + 1, r == 0 ? " (warm-up)" : "", trace.size(), trace.functions().size(), cpu, wall,
                    trace.size() / cpu / 1e6, trace.size() / wall / 1e6, cold);
        }
    }
}
