package io.lambdasim.benchmarks.breakeven;

import io.lambdasim.engine.ec2.Ec2Fleet;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link Ec2FleetBenchmark}'s workload timed by the thread's CPU time instead of the wall clock:
 * on a machine other builds share, wall time measures the neighbours as much as the code, while
 * CPU time stays within a few percent run to run. It uses only API that predates issue 17, so the
 * same source compiles against an older build for a before/after comparison (benchmarks/RESULTS.md).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.lambdasim.benchmarks.breakeven.Ec2FleetCpuTime [RUNS]}
 */
public final class Ec2FleetCpuTime {

    private Ec2FleetCpuTime() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 13;
        InvocationArrays trace;
        try (InvocationCursor c = WorkloadSpec.parse("poisson(100/s);duration=const(50ms);horizon=3h;memory=512").open()) {
            trace = InvocationArrays.record(c, Ec2FleetBenchmark.INVOCATIONS);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String mode : new String[] {"static", "autoscaled"}) {
            FleetConfig config = FleetConfig.of(2, 8192).withSizing(FleetMode.parse(mode), 0.7, 2, 1000);
            List<Double> ns = new ArrayList<>();
            for (int k = 0; k < runs; k++) {
                long t0 = mx.getCurrentThreadCpuTime();
                FleetResult r = Ec2Fleet.simulate(trace::cursor, config);
                double perInvocation = (mx.getCurrentThreadCpuTime() - t0) / (double) r.invocations();
                if (k >= 3) { // the first three warm the JIT up
                    ns.add(perInvocation);
                }
            }
            Collections.sort(ns);
            System.out.printf("%s: median %.1f ns, best %.1f ns of CPU time per invocation (%d runs after 3 warm-up)%n",
                    mode, ns.get(ns.size() / 2), ns.get(0), ns.size());
        }
    }
}
