package io.lambdasim.reports.sizing;

import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.reports.run.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Offline Power Tuning: simulates the recorded workload at every memory size with the engine and
 * prices it for every architecture.
 *
 * <p>Runs at different memories are independent simulations of the same in-memory trace with the
 * same configuration and seed, so running them on several threads changes nothing in the result:
 * rows are collected in the order asked, not in the order they finish.
 */
public final class MemorySizing {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private MemorySizing() {
    }

    public static SizingResult run(InvocationArrays trace, SimulationConfig base, SizingPlan plan, LambdaPricer pricer) {
        return run(trace, base, plan, pricer, new io.lambdasim.reports.run.ProgressSum(null));
    }

    /** As {@link #run(InvocationArrays, SimulationConfig, SizingPlan, LambdaPricer)}, every size's run reported to {@code progress}. */
    public static SizingResult run(InvocationArrays trace, SimulationConfig base, SizingPlan plan, LambdaPricer pricer,
                                   io.lambdasim.reports.run.ProgressSum progress) {
        if (trace.size() == 0) {
            throw new IllegalArgumentException("the trace has no invocations to size");
        }
        int fallbackRef = plan.referenceMemoryMb() > 0 ? plan.referenceMemoryMb()
                : trace.memoryMb(0) > 0 ? trace.memoryMb(0) : SizingPlan.FALLBACK_REFERENCE_MB;
        // An explicit reference overrides the rows' memory; otherwise each row's own memory counts.
        boolean explicit = plan.referenceMemoryMb() > 0 || trace.memoryMb(0) <= 0;
        // One model for all architectures: simulated once, priced per architecture. A calibration per
        // architecture (issue 16): each architecture's durations simulated with its own.
        Map<String, List<Measured>> byArch = new LinkedHashMap<>();
        List<Measured> shared = null;
        for (String arch : plan.arches()) {
            if (plan.perArch()) {
                byArch.put(arch, simulateAll(trace, base, plan, plan.model(arch), fallbackRef, explicit, progress));
            } else {
                shared = shared == null ? simulateAll(trace, base, plan, plan.model(), fallbackRef, explicit, progress) : shared;
                byArch.put(arch, shared);
            }
        }
        // The covered period does not depend on the memory size: the workload's (its horizon, whole
        // days), else the span of the first run.
        List<Measured> first = byArch.values().iterator().next();
        Period period = Period.of(plan.periodUs(), trace.report(), trace.report().format(), first.get(0).result.horizonUs());
        BigDecimal factor = plan.month().factorExact(period.us());
        List<SizingRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<Measured>> e : byArch.entrySet()) {
            for (Measured m : e.getValue()) {
                rows.add(price(m, e.getKey(), factor, pricer));
            }
        }
        SizingRow best = plan.strategy().pick(rows, plan.balancedWeight());
        if (plan.perArch()) {
            List<String> described = new ArrayList<>();
            for (String arch : plan.arches()) {
                described.add(arch + ": " + plan.model(arch).description());
            }
            return new SizingResult(String.join("; ", described), PER_ARCH, plan.strategy(), plan.balancedWeight(), rows,
                    best, period);
        }
        DurationModel model = plan.model();
        return new SizingResult(model.description(), model.kind(), plan.strategy(), plan.balancedWeight(), rows, best, period);
    }

    /** The model kind of a sizing whose architectures have their own calibrations. */
    public static final String PER_ARCH = "calibrated-per-arch";

    /** One simulated memory size, before pricing. */
    private record Measured(int memoryMb, SimulationResult result, double meanDurationMs, double p99DurationMs) {
    }

    private static List<Measured> simulateAll(InvocationArrays trace, SimulationConfig base, SizingPlan plan,
                                              DurationModel model, int fallbackRef, boolean explicit,
                                              io.lambdasim.reports.run.ProgressSum progress) {
        List<Integer> memories = plan.memoriesMb();
        if (plan.threads() == 1 || memories.size() == 1) {
            List<Measured> out = new ArrayList<>();
            for (int m : memories) {
                out.add(simulate(trace, base, plan, model, m, fallbackRef, explicit, progress.run()));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(plan.threads(), memories.size()), r -> {
            Thread t = new Thread(r, "lambdasim-sizing");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Measured>> futures = new ArrayList<>();
            for (int m : memories) {
                futures.add(pool.submit(() -> simulate(trace, base, plan, model, m, fallbackRef, explicit, progress.run())));
            }
            List<Measured> out = new ArrayList<>();
            for (Future<Measured> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sizing interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Measured simulate(InvocationArrays trace, SimulationConfig base, SizingPlan plan, DurationModel model,
                                     int memoryMb, int fallbackRef, boolean explicit, io.lambdasim.engine.ProgressListener progress) {
        SimulationConfig.Builder config = base.toBuilder().memoryMb(memoryMb);
        InvocationCursor cursor;
        if (!model.kind().equals(DurationModel.cpuShare(plan.cpu()).kind())) {
            // The cursor already carries durations at this memory: the engine must not scale again.
            cursor = new RescaledCursor(trace.cursor(), model, memoryMb, fallbackRef, explicit);
            config.referenceMemoryMb(memoryMb);
        } else {
            cursor = trace.cursor();
            config.cpu(plan.cpu()).referenceMemoryMb(explicit ? fallbackRef : InvocationCursor.MISSING);
        }
        SimulationConfig c = config.build();
        SimulationResult result;
        try (cursor) {
            result = Simulator.run(cursor, c, progress);
        }
        // Durations at this memory, as the model makes them (capped at the timeout, as billed).
        Histogram durations = new Histogram(3);
        double sum = 0;
        for (int i = 0; i < trace.size(); i++) {
            int ref = explicit || trace.memoryMb(i) <= 0 ? fallbackRef : trace.memoryMb(i);
            long d = Math.min(c.timeoutUs(), Math.round(trace.durationUs(i) * model.factor(ref, memoryMb)));
            durations.recordValue(Math.max(0, d));
            sum += d;
        }
        return new Measured(memoryMb, result, sum / trace.size() / 1e3,
                durations.getValueAtPercentile(99) / 1e3);
    }

    /** One configuration's month: its usage over the covered period times {@code scale}, priced as a month. */
    private static SizingRow price(Measured m, String arch, BigDecimal scale, LambdaPricer pricer) {
        UsageStats total = m.result.total();
        long requests = total.billing().requests();
        BigDecimal gbs = total.billing().gbSeconds();
        long monthRequests = BigDecimal.valueOf(requests).multiply(scale).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BigDecimal monthGbs = gbs.multiply(scale, MathContext.DECIMAL64);
        BigDecimal monthly = pricer.monthlyCost(arch, monthRequests, monthGbs);
        BigDecimal monthInvocations = BigDecimal.valueOf(total.invocations()).multiply(scale);
        BigDecimal perMillion = monthInvocations.signum() == 0 ? BigDecimal.ZERO
                : monthly.multiply(MILLION).divide(monthInvocations, MathContext.DECIMAL64);
        // Ranked like Power Tuning's averagePrice: the invocations' own duration charge, without
        // the INIT of the few cold starts (which Power Tuning's warm measurements leave out too).
        BigDecimal warmGbs = gbs.subtract(BillingUsage.gbSeconds(total.billing().initBilledUs(), m.memoryMb));
        double computePerInvocation = requests == 0 ? 0
                : pricer.computeCost(arch, warmGbs).doubleValue() / requests;
        return new SizingRow(m.memoryMb, arch, total.invocations(), monthly, perMillion, computePerInvocation,
                m.meanDurationMs, m.p99DurationMs, total.coldStarts(), total.latency().p99Ms(),
                total.outOfMemory(), total.timeouts(), monthGbs.doubleValue());
    }
}
