package io.lambdasim.reports.batch;

import static io.lambdasim.reports.batch.ResultColumns.*;

import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Timeline;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.charts.CostStack;
import io.lambdasim.reports.charts.LatencyData;
import io.lambdasim.reports.charts.TimelineData;
import io.lambdasim.reports.run.LambdaCost;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.run.ScenarioTables;
import io.lambdasim.reports.run.WholeBills;
import io.lambdasim.reports.settings.SettingException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The batch's executor on the real thing: each scenario's settings go through
 * {@link ScenarioOptions.Builder#set} (the same parsing as {@code lambdasim simulate}), the
 * {@link ScenarioRunner} simulates and prices it, and the result becomes results.csv figures and
 * chart data. A setting the runner rejects is reported with its row and column.
 */
public final class SimulatingExecutor implements ScenarioExecutor {

    /** Timeline buckets aimed at for the chart when the scenario sets no {@code bucket}. */
    static final int TIMELINE_BUCKETS = 480;
    static final long MINUTE_US = 60_000_000L;

    private final ScenarioRunner runner;

    public SimulatingExecutor() {
        this(new ScenarioRunner());
    }

    public SimulatingExecutor(ScenarioRunner runner) {
        this.runner = runner;
    }

    /** The typed options of {@code s}; IllegalArgumentException naming the column on a bad value. */
    public static ScenarioOptions options(Scenario s, Path baseDir) {
        ScenarioOptions.Builder b = ScenarioOptions.builder().name(s.name()).baseDir(baseDir);
        for (Map.Entry<String, String> e : s.settings().entrySet()) {
            try {
                b.set(e.getKey(), e.getValue());
            } catch (SettingException ex) {
                throw new IllegalArgumentException(ex.describe("column " + e.getKey()), ex);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("column " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        ScenarioOptions o = b.build();
        if (o.simulation().timelineBucketUs() == 0) {
            long horizon = ScenarioRunner.expectedHorizonUs(o);
            long bucket = horizon > 0 ? Math.max(MINUTE_US, horizon / TIMELINE_BUCKETS / MINUTE_US * MINUTE_US) : MINUTE_US;
            b.simulation().timelineBucketUs(bucket);
            o = b.build();
        }
        return o;
    }

    @Override
    public ScenarioOutcome run(Scenario s, Path baseDir, DoubleConsumer progress) {
        ScenarioOptions options = options(s, baseDir);
        long horizon = ScenarioRunner.expectedHorizonUs(options);
        ScenarioResult r = runner.run(options, (invocations, simulatedUs) -> {
            if (horizon > 0) {
                progress.accept(Math.min(1.0, (double) simulatedUs / horizon));
            }
        });
        progress.accept(1.0);
        return outcome(s, r);
    }

    /** A figure an extension added, 0 when it did not (the bill around the function's parts of the cost bars). */
    private static double figure(Map<String, String> f, String column) {
        String v = f.get(column);
        return v == null || v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    static ScenarioOutcome outcome(Scenario s, ScenarioResult r) {
        SimulationResult sim = r.simulation();
        UsageStats t = sim.total();
        LambdaCost c = r.cost();
        Map<String, String> f = new LinkedHashMap<>();
        for (MetricColumn column : METRIC_COLUMNS) {
            f.put(column.column(), column.text(t));
        }
        f.put(LAMBDA_REQUESTS_USD, money(c.requests(), 2));
        f.put(LAMBDA_COMPUTE_USD, money(c.compute(), 2));
        f.put(LAMBDA_PROVISIONED_USD, money(c.provisioned(), 2));
        f.put(LAMBDA_STORAGE_USD, money(c.storage(), 2));
        f.put(LAMBDA_SNAPSTART_USD, money(c.snapStart(), 2));
        f.put(LAMBDA_TOTAL_USD, money(c.total(), 2));
        f.put(LAMBDA_USD_PER_1M, t.invocations() == 0 ? ""
                : money(c.total().multiply(BigDecimal.valueOf(1_000_000)).divide(BigDecimal.valueOf(t.invocations()),
                        10, java.math.RoundingMode.HALF_EVEN), 4));
        LambdaCost m = r.monthly();
        f.put(PERIOD_SECONDS, number(r.period().seconds(), 3));
        f.put(PERIOD_SOURCE, r.period().source().key());
        f.put(MONTHLY_INVOCATIONS, Long.toString(Math.round(t.invocations() * r.monthlyFactor())));
        f.put(LAMBDA_MONTHLY_REQUESTS_USD, money(m.requests(), 2));
        f.put(LAMBDA_MONTHLY_COMPUTE_USD, money(m.compute(), 2));
        f.put(LAMBDA_MONTHLY_PROVISIONED_USD, money(m.provisioned(), 2));
        f.put(LAMBDA_MONTHLY_STORAGE_USD, money(m.storage(), 2));
        f.put(LAMBDA_MONTHLY_SNAPSTART_USD, money(m.snapStart(), 2));
        f.put(LAMBDA_MONTHLY_USD, money(m.total(), 2));
        for (MetricColumn column : SOURCE_COLUMNS) {
            f.put(column.column(), column.text(t));
        }
        for (ScenarioExtension.Result e : r.extensions()) {
            f.putAll(e.figures());
        }
        // The report's cost bars and the cheapest option compare months (the same ranking as periods:
        // each period cost is its month's bill pro rata).
        List<CostStack> costs = new ArrayList<>();
        costs.add(new CostStack("Lambda", List.of(
                new CostStack.Part("requests", m.requests().doubleValue()),
                new CostStack.Part("compute", m.compute().doubleValue()),
                new CostStack.Part("provisioned", m.provisioned().doubleValue()),
                new CostStack.Part("storage", m.storage().doubleValue()),
                new CostStack.Part("SnapStart", m.snapStart().doubleValue()),
                new CostStack.Part("front door", figure(f, "front_door_monthly_usd")),
                new CostStack.Part("triggers", figure(f, "triggers_monthly_usd")),
                new CostStack.Part("network", figure(f, "network_monthly_usd")),
                new CostStack.Part("logs", figure(f, "logs_monthly_usd")))));
        for (ScenarioExtension.Result e : r.extensions()) {
            if (e instanceof io.lambdasim.reports.uncertainty.ScenarioUncertainty u) {
                var b = u.band(io.lambdasim.reports.uncertainty.ScenarioUncertainty.HEADLINE);
                if (b != null) {
                    costs.set(0, costs.get(0).withBand(b.central(), b.low(), b.high())); // the report's error bar
                }
            }
        }
        WholeBills whole = WholeBills.of(r);
        String cheapest = "Lambda";
        BigDecimal best = m.total();
        BigDecimal bestPeriod = c.total();
        for (String option : ec2Options(s.get("ec2"))) {
            String usd = f.get(ec2Column(option));
            String monthlyUsd = f.get(ec2MonthlyColumn(option));
            if (usd == null || usd.isEmpty() || monthlyUsd == null || monthlyUsd.isEmpty()) {
                continue;
            }
            BigDecimal v = new BigDecimal(usd);
            BigDecimal mv = new BigDecimal(monthlyUsd);
            f.put(ec2Column(option), money(v, 2));
            f.put(ec2MonthlyColumn(option), money(mv, 2));
            costs.add(new CostStack(option, List.of(new CostStack.Part("EC2 instances", mv.doubleValue()),
                    new CostStack.Part("network", aroundOf(whole, option)))));
            if (mv.compareTo(best) < 0) {
                best = mv;
                bestPeriod = v;
                cheapest = option;
            }
        }
        for (ScenarioExtension.Result e : r.extensions()) {
            if (e instanceof io.lambdasim.reports.lmi.LmiOutcome lmi) {
                // The third option: Managed Instances, itemised, a month of it like the others.
                var bill = lmi.bills().monthly();
                costs.add(new CostStack(lmi.option().name(), List.of(
                        new CostStack.Part("instances", bill.instances().doubleValue()),
                        new CostStack.Part("management fee", bill.managementFee().doubleValue()),
                        new CostStack.Part("requests", bill.requests().doubleValue()),
                        new CostStack.Part("around the function", aroundOf(whole, lmi.option().name())))));
                if (bill.total().compareTo(best) < 0) {
                    best = bill.total();
                    bestPeriod = lmi.bills().period().total();
                    cheapest = lmi.option().name();
                }
            }
        }
        if (costs.size() > 1) {
            f.put(CHEAPEST_OPTION, cheapest);
            f.put(CHEAPEST_USD, money(bestPeriod, 2));
            f.put(CHEAPEST_MONTHLY_USD, money(best, 2));
            // issue 18: the same comparison on whole bills, each option with its own surroundings
            f.put(CHEAPEST_WHOLE_BILL_OPTION, whole.cheapest().name());
            f.put(CHEAPEST_WHOLE_BILL_MONTHLY_USD, money(whole.cheapest().whole(), 2));
        }
        if (ScenarioColumn.isYes(s.get("breakeven")) && costs.size() > 1) {
            TraceBreakEvenFactor.Answer a = TraceBreakEvenFactor.find(r.options());
            f.put(BREAKEVEN_FACTOR, Double.isNaN(a.factor()) ? "" : number(a.factor(), 2));
            f.put(BREAKEVEN_OPTION, Double.isNaN(a.factor()) ? "none in 1/1024..1024" : a.option());
        }
        LatencyData.Curve latency = sim.latencyHistogram() == null ? null
                : LatencyData.curve(s.name(), sim.latencyHistogram(), 1000.0);
        return new ScenarioOutcome(f, costs, breakEven(r), timeline(sim.timeline()), latency,
                ScenarioTables.perFunction(r), ScenarioTables.timeline(r));
    }

    private static double aroundOf(WholeBills whole, String option) {
        return whole.options().stream().filter(o -> o.name().equals(option)).findFirst()
                .map(o -> o.around().doubleValue()).orElse(0.0);
    }

    /** The break-even chart is a picture, not a figure: without a price source for it the report leaves it out. */
    private static io.lambdasim.reports.charts.BreakEvenData breakEven(ScenarioResult r) {
        try {
            return AnalyticBreakEven.of(r);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static TimelineData timeline(Timeline t) {
        if (t == null || t.buckets() == 0) {
            return null;
        }
        int n = t.buckets();
        double[] conc = new double[n];
        double[] alive = new double[n];
        double[] cold = new double[n];
        double[] thr = new double[n];
        for (int i = 0; i < n; i++) {
            conc[i] = t.peakConcurrency()[i];
            alive[i] = t.peakAlive()[i];
            cold[i] = t.coldStarts()[i];
            thr[i] = t.throttled()[i];
        }
        return new TimelineData(t.bucketUs() / 1e6, conc, alive, cold, thr);
    }
}
