package io.lambdasim.benchmarks.engine;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * Interleaved A/B of the engine between builds: {@code FUNCTIONS SOURCE ROUNDS LABEL JAR [LABEL JAR]...}.
 * Each side's {@code benchmarks.jar} is loaded in its own class loader (its own classes, so its own
 * JIT profile), records {@link EngineBenchmark}'s workload (2,000,000 invocations), warms up with 8
 * runs, and then the sides alternate whole runs, round after round. Why not two JMH runs: on a
 * shared or virtual machine the interference of the minutes between them is larger than the
 * differences looked for; alternated, it hits every side alike. Prints each side's best, third
 * quartile and median rate (benchmarks/RESULTS.md). Reflection only: it works against any build
 * that has {@code WorkloadSpec.parse}, {@code InvocationArrays.record}, {@code Simulator.run} and
 * {@code SimulationConfig.DEFAULTS} (and, for {@code sqs}, the event-source settings).
 */
public final class InterleavedAb {
    static final class Side {
        final String label; final Object trace; final Object config; final Method cursor; final Method run;
        final List<Double> rates = new ArrayList<>();
        Side(String label, String jar, int functions, String source, int n) throws Exception {
            this.label = label;
            ClassLoader cl = new URLClassLoader(new URL[]{Paths.get(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> spec = cl.loadClass("io.lambdasim.traces.generate.WorkloadSpec");
            StringJoiner sj = new StringJoiner(" + ");
            long horizon = 2L * n / functions;
            for (int i = 0; i < functions; i++) sj.add("poisson(1/s);duration=exp(100ms);memory=512;function=fn-" + i + ";horizon=" + horizon + "s");
            Object ws = spec.getMethod("parse", String.class).invoke(null, sj.toString());
            Object cur = spec.getMethod("open").invoke(ws);
            Class<?> ic = cl.loadClass("io.lambdasim.traces.InvocationCursor");
            Class<?> arrays = cl.loadClass("io.lambdasim.traces.InvocationArrays");
            trace = arrays.getMethod("record", ic, int.class).invoke(null, cur, n);
            cursor = arrays.getMethod("cursor");
            Class<?> cfgc = cl.loadClass("io.lambdasim.engine.SimulationConfig");
            if (source == null || source.equals("sync")) {
                config = cfgc.getField("DEFAULTS").get(null);
            } else {
                Class<?> sk = cl.loadClass("io.lambdasim.engine.source.SourceKind");
                Class<?> ss = cl.loadClass("io.lambdasim.engine.source.SourceSettings");
                Object kind = sk.getMethod("parse", String.class).invoke(null, source);
                Object sb = ss.getMethod("builder").invoke(null);
                sb = sb.getClass().getMethod("source", sk).invoke(sb, kind);
                Object settings = sb.getClass().getMethod("build").invoke(sb);
                Object cb = cfgc.getMethod("builder").invoke(null);
                Method m = cb.getClass().getMethod("sources", ss); m.setAccessible(true);
                cb = m.invoke(cb, settings);
                Method b = cb.getClass().getMethod("build"); b.setAccessible(true);
                config = b.invoke(cb);
            }
            run = cl.loadClass("io.lambdasim.engine.Simulator").getMethod("run", ic, cfgc);
        }
        void once(int n, boolean keep) throws Exception {
            Object c = cursor.invoke(trace);
            long t0 = System.nanoTime();
            run.invoke(null, c, config);
            long t = System.nanoTime() - t0;
            if (keep) rates.add(n / (t / 1e9) / 1e6);
        }
        String summary() {
            List<Double> s = new ArrayList<>(rates); Collections.sort(s);
            return String.format("%-12s best %6.2f  p75 %6.2f  median %6.2f M/s (n=%d)", label, s.get(s.size() - 1), s.get(s.size() * 3 / 4), s.get(s.size() / 2), s.size());
        }
    }

    private InterleavedAb() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: InterleavedAb FUNCTIONS sync|sqs ROUNDS LABEL BENCHMARKS_JAR [LABEL BENCHMARKS_JAR]...");
            System.exit(2);
        }
        int functions = Integer.parseInt(args[0]);
        String source = args[1];
        int rounds = Integer.parseInt(args[2]);
        int n = 2_000_000;
        List<Side> sides = new ArrayList<>();
        for (int i = 3; i + 1 < args.length; i += 2) sides.add(new Side(args[i], args[i + 1], functions, source, n));
        for (int w = 0; w < 8; w++) for (Side s : sides) s.once(n, false);
        for (int r = 0; r < rounds; r++) for (Side s : sides) s.once(n, true);
        for (Side s : sides) System.out.println(s.summary() + "  functions=" + functions + " source=" + source);
    }
}
