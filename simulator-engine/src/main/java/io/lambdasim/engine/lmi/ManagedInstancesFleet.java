package io.lambdasim.engine.lmi;

import io.lambdasim.traces.InvocationCursor;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Replays an invocation stream on a Lambda Managed Instances capacity provider: the third option
 * beside Lambda's own pool and an EC2 fleet of one's own.
 *
 * <p>Two passes (hence a {@link Supplier} that reopens the trace, as the EC2 fleet replay does):
 * the first reads only the first reaction period, so that the functions seen there are deployed
 * with the environments that traffic needs at the target utilisation (a provider already running
 * when the trace starts, as the trace is a window of ongoing traffic; at least three environments
 * each, on at least three instances); the second replays the whole trace. A function first invoked
 * later is deployed just before its first invocation. Both passes allocate nothing per invocation;
 * memory follows functions, environments and instances, never the trace length. Deterministic: no
 * randomness at all, and events in (time, kind, sequence) order.
 */
public final class ManagedInstancesFleet {

    private ManagedInstancesFleet() {
    }

    public static ManagedInstancesResult simulate(Supplier<? extends InvocationCursor> trace, CapacityProviderConfig config) {
        long windowStart;
        int[] initial;
        try (InvocationCursor c = trace.get()) {
            FirstPeriod first = FirstPeriod.measure(c, config);
            windowStart = first.windowStart;
            initial = first.environments(config);
        }
        ManagedInstancesRun run = new ManagedInstancesRun(config, windowStart);
        run.deploy(initial);
        try (InvocationCursor c = trace.get()) {
            return run.run(c);
        }
    }

    /** CPU work and invocation-time of each function in the first reaction period. */
    private static final class FirstPeriod {
        long windowStart;
        long[] cpuUs = new long[16];
        long[] wallUs = new long[16];
        int functions;

        static FirstPeriod measure(InvocationCursor c, CapacityProviderConfig config) {
            FirstPeriod p = new FirstPeriod();
            InvocationShape shape = new InvocationShape(config);
            p.windowStart = config.horizonUs() > 0 ? 0 : -1;
            while (c.next()) {
                if (p.windowStart < 0) {
                    p.windowStart = c.startUs();
                }
                if (c.startUs() >= p.windowStart + config.reactionUs()) {
                    break;
                }
                int f = c.functionId();
                if (f >= p.cpuUs.length) {
                    int n = Math.max(f + 1, p.cpuUs.length * 2);
                    p.cpuUs = Arrays.copyOf(p.cpuUs, n);
                    p.wallUs = Arrays.copyOf(p.wallUs, n);
                }
                p.functions = Math.max(p.functions, f + 1);
                shape.of(c.durationUs(), c.memoryMb());
                p.cpuUs[f] += shape.cpuUs;
                p.wallUs[f] += shape.wallUs;
            }
            p.windowStart = Math.max(0, p.windowStart);
            return p;
        }

        /** Environments per function (0: not seen) for the first period's load at the target. */
        int[] environments(CapacityProviderConfig config) {
            int[] out = new int[functions];
            double period = config.reactionUs() * config.targetUtilization();
            EnvironmentShape env = config.environment();
            for (int f = 0; f < functions; f++) {
                if (cpuUs[f] == 0 && wallUs[f] == 0) {
                    continue;
                }
                double need = Math.max(cpuUs[f] / (env.vcpus() * period), wallUs[f] / (env.maxConcurrency() * period));
                out[f] = Math.max(config.minEnvironments(), (int) Math.ceil(need - 1e-9));
            }
            return out;
        }
    }
}
