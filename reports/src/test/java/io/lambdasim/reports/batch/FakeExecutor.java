package io.lambdasim.reports.batch;

import static io.lambdasim.reports.batch.ResultColumns.*;

import io.lambdasim.reports.charts.ChartSamples;
import io.lambdasim.reports.charts.CostStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Stands in for the simulator: figures are a pure function of the scenario's settings (so any
 * thread order gives the same rows), and each run sleeps a pseudo-random few milliseconds so that
 * runs on several threads really finish out of order.
 */
public final class FakeExecutor implements ScenarioExecutor {

    final AtomicInteger runs = new AtomicInteger();

    @Override
    public ScenarioOutcome run(Scenario s, Path baseDir, DoubleConsumer progress) throws Exception {
        runs.incrementAndGet();
        if (s.name().contains("explode")) {
            throw new IllegalArgumentException("unknown keep-alive policy 'forever'");
        }
        int memory = Integer.parseInt(s.settings().getOrDefault("memory_mb", "128"));
        Thread.sleep(Math.floorMod(s.name().hashCode(), 7) * 3L);
        progress.accept(0.5);
        double durationMs = 400.0 * 1769 / Math.min(memory, 1769); // CPU-bound: faster up to 1 vCPU
        long invocations = 100_000;
        double gbs = invocations * durationMs / 1000 * memory / 1024;
        double compute = gbs * 0.0000166667;
        double requests = invocations * 0.0000002;
        Map<String, String> f = new LinkedHashMap<>();
        f.put(INVOCATIONS, Long.toString(invocations));
        f.put(COLD_STARTS, "120");
        f.put(COLD_START_RATIO, "0.0012");
        f.put(THROTTLES, "0");
        f.put(TIMEOUTS, "0");
        f.put(ERRORS, "0");
        f.put(LATENCY_P50_MS, number(durationMs, 1));
        f.put(LATENCY_P99_MS, number(durationMs * 1.5, 1));
        f.put(MEAN_DURATION_MS, number(durationMs, 1));
        f.put(GB_SECONDS, number(gbs, 1));
        f.put(LAMBDA_REQUESTS_USD, money(requests, 2));
        f.put(LAMBDA_COMPUTE_USD, money(compute, 2));
        f.put(LAMBDA_PROVISIONED_USD, "0.00");
        f.put(LAMBDA_STORAGE_USD, "0.00");
        f.put(LAMBDA_TOTAL_USD, money(compute + requests, 2));
        f.put(LAMBDA_USD_PER_1M, money((compute + requests) / invocations * 1e6, 4));
        // the fake workload covers a 730-hour month: its period's figures are its monthly ones
        f.put(PERIOD_SECONDS, "2628000.000");
        f.put(PERIOD_SOURCE, "horizon");
        f.put(MONTHLY_INVOCATIONS, Long.toString(invocations));
        f.put(LAMBDA_MONTHLY_REQUESTS_USD, money(requests, 2));
        f.put(LAMBDA_MONTHLY_COMPUTE_USD, money(compute, 2));
        f.put(LAMBDA_MONTHLY_PROVISIONED_USD, "0.00");
        f.put(LAMBDA_MONTHLY_STORAGE_USD, "0.00");
        f.put(LAMBDA_MONTHLY_USD, money(compute + requests, 2));
        List<CostStack> costs = new ArrayList<>();
        costs.add(new CostStack("Lambda", List.of(new CostStack.Part("requests", requests), new CostStack.Part("compute", compute))));
        String cheapest = "Lambda";
        double best = compute + requests;
        for (String o : ec2Options(s.get("ec2"))) {
            double usd = 12.26 * (1 + Math.floorMod(o.hashCode(), 5));
            f.put(ec2Column(o), money(usd, 2));
            f.put(ec2MonthlyColumn(o), money(usd, 2));
            costs.add(new CostStack(o, List.of(new CostStack.Part("instances", usd))));
            if (usd < best) {
                best = usd;
                cheapest = o;
            }
        }
        f.put(CHEAPEST_OPTION, cheapest);
        f.put(CHEAPEST_USD, money(best, 2));
        f.put(CHEAPEST_MONTHLY_USD, money(best, 2));
        return new ScenarioOutcome(f, costs, ChartSamples.breakEven(), ChartSamples.timeline(),
                ChartSamples.latency().curves().get(0), List.of(Map.of("function", "api", "invocations", "100000")), List.of());
    }
}
