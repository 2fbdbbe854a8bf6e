package io.lambdasim.gui.replay;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Example;
import io.lambdasim.gui.form.SettingInputs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.Figures;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSource;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.charts.CostStack;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.charts.LatencyData;
import io.lambdasim.reports.charts.TimelineData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Trace replay: one scenario (a trace file or a generator spec, and the simulate settings) run by the
 * library's {@link ScenarioExecutor} in the background; the outcome as summary figures and chart data.
 * The settings are kept as the text of scenario-file cells ({@link SettingInputs}), so each is checked
 * by the registry and shown next to its field, and the run is the one a batch row would be.
 */
public final class ReplayViewModel {
    /** The function and its account, in the form's order. */
    public static final List<Setting<?>> FUNCTION = List.of(Settings.MEMORY_MB, Settings.ARCH, Settings.KEEP_ALIVE,
            Settings.TIMEOUT, Settings.INIT, Settings.CONCURRENCY_LIMIT, Settings.REFERENCE_MEMORY_MB,
            Settings.CPU_FRACTION, Settings.SNAPSTART, Settings.SEED);
    /** How it is priced. */
    public static final List<Setting<?>> PRICING = List.of(Settings.REGION, Settings.RULES, Settings.FREE_TIER);
    /** The EC2 fleets it is compared with, and how their load balancer places requests. */
    public static final List<Setting<?>> EC2 = List.of(Settings.EC2, Settings.FLEET, Settings.BALANCER,
            Settings.MIN_INSTANCES, Settings.MAX_INSTANCES);
    /** The third option: Lambda Managed Instances (none unless an instance type is chosen). */
    public static final List<Setting<?>> MANAGED_INSTANCES = List.of(Settings.LMI_INSTANCE, Settings.LMI_MIN,
            Settings.LMI_MAX, Settings.LMI_MAX_CONCURRENCY, Settings.LMI_TARGET_CPU);
    /** What surrounds the function (front door, publisher, VPC and NAT, logs): all off unless chosen. */
    public static final List<Setting<?>> AROUND = io.lambdasim.reports.around.AroundSettings.SETTINGS;
    /** The latency objective the options are ranked under (issue 16), and the threads the replay may use. */
    public static final List<Setting<?>> OBJECTIVE = List.of(Settings.LATENCY_SLO, Settings.JOBS);

    /** The headline figures shown as tiles, when the outcome has them. */
    static final List<String> HEADLINE = List.of(ResultColumns.INVOCATIONS, ResultColumns.COLD_STARTS,
            ResultColumns.COLD_START_RATIO, ResultColumns.THROTTLES, ResultColumns.LATENCY_P50_MS,
            ResultColumns.LATENCY_P99_MS, ResultColumns.PERIOD_SECONDS, ResultColumns.LAMBDA_MONTHLY_USD,
            ResultColumns.CHEAPEST_OPTION, ResultColumns.CHEAPEST_MONTHLY_USD, "slo_option", "lmi_monthly_usd");

    /** A caption and a value for the summary. */
    public record Figure(String caption, String value) {
    }

    private final ScenarioExecutor executor;
    private final BackgroundRunner runner;
    private final WorkloadSource source = new WorkloadSource();
    private final SettingInputs inputs = new SettingInputs(all());
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ReadOnlyObjectWrapper<ScenarioOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    /** The scenario whose outcome is on screen. */
    private Scenario shown;
    private final ObservableList<Figure> summary = FXCollections.observableArrayList();
    private final ObservableList<Figure> allFigures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper observed = new ReadOnlyStringWrapper(this, "observed", "");
    private final ReadOnlyStringWrapper slo = new ReadOnlyStringWrapper(this, "slo", "");
    private final ReadOnlyObjectWrapper<ChartData> timeline = new ReadOnlyObjectWrapper<>(this, "timeline", ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<ChartData> latency = new ReadOnlyObjectWrapper<>(this, "latency", ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<ChartData> costs = new ReadOnlyObjectWrapper<>(this, "costs", ChartData.EMPTY);

    /** Opens on the bundled example (its generated workload and EC2 types) over the registry's defaults. */
    public ReplayViewModel(ScenarioExecutor executor, Executor ui) {
        this.executor = executor;
        this.runner = new BackgroundRunner(ui);
        inputs.apply(Example.settings());
        inputs.set(Settings.MEMORY_MB, ""); // the workload's own memory unless the user sets one
    }

    private static List<Setting<?>> all() {
        List<Setting<?>> l = new ArrayList<>(FUNCTION);
        l.addAll(PRICING);
        l.addAll(EC2);
        l.addAll(MANAGED_INSTANCES);
        l.addAll(AROUND);
        l.addAll(OBJECTIVE);
        return l;
    }

    public void remember(AppPrefs prefs) {
        source.remember(prefs);
        inputs.remember(prefs);
    }

    public SettingInputs inputs() {
        return inputs;
    }

    /** The scenario the form describes, as a row of a scenario file would. */
    public Scenario scenario() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (source.specOrNull() != null) {
            settings.put(Settings.GENERATE.key(), source.specOrNull());
        } else {
            settings.put(Settings.TRACE.key(), source.tracePath().toString());
            if (source.formatOrNull() != null) {
                settings.put(Settings.FORMAT.key(), source.formatOrNull());
            }
        }
        settings.putAll(inputs.values().asMap());
        return new Scenario(0, 1, "replay", settings, null);
    }

    /** True when every input is acceptable; the first problem goes to {@link #runErrorProperty()}. */
    public boolean validate() {
        String problem = source.validate();
        if (problem.isEmpty()) {
            problem = inputs.validate();
        }
        runError.set(problem);
        return problem.isEmpty();
    }

    public void run() {
        if (runner.runningProperty().get() || !validate()) {
            return;
        }
        Scenario s = scenario();
        Path base = source.tracePath() == null ? Path.of(".").toAbsolutePath() : source.tracePath().getParent();
        runner.start("Replay", p -> executor.run(s, base, f -> p.update(f, String.format("Simulating… %.0f%%", f * 100))),
                o -> {
                    shown = s;
                    show(o);
                }, e -> runError.set(message(e)));
    }

    /** The replay on screen as the report writer draws a batch row: its figures, cost bars, timeline and latency. */
    public List<ScenarioRecord> analysis() {
        if (outcome.get() == null || shown == null) {
            return List.of();
        }
        String name = "Trace replay: " + (source.specOrNull() != null ? "generated workload"
                : source.tracePath().getFileName().toString());
        return List.of(new ScenarioRecord(0, 1, name, shown.settings(), ResultColumns.OK, "", outcome.get()));
    }

    public void cancel() {
        runner.cancel();
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void show(ScenarioOutcome o) {
        Map<String, String> f = o.figures();
        List<Figure> head = new ArrayList<>();
        // When Lambda is the cheapest, its cost is already a tile: "Cheapest $4.45/month" would say it twice.
        boolean lambdaCheapest = "lambda".equalsIgnoreCase(f.getOrDefault(ResultColumns.CHEAPEST_OPTION, ""));
        for (String k : HEADLINE) {
            if (lambdaCheapest && k.equals(ResultColumns.CHEAPEST_MONTHLY_USD)) {
                continue;
            }
            if (f.containsKey(k) && !f.get(k).isEmpty()) {
                head.add(new Figure(Figures.caption(k), withBand(k, f)));
            }
        }
        summary.setAll(head);
        List<Figure> all = new ArrayList<>();
        f.forEach((k, v) -> all.add(new Figure(Figures.caption(k), withBand(k, f))));
        allFigures.setAll(all);
        observed.set(observedText(o.perFunction()));
        slo.set(sloText(shown == null ? null : shown.get(Settings.LATENCY_SLO.key()), f));
        timeline.set(o.timeline() == null ? ChartData.EMPTY : timelineChart(o.timeline()));
        latency.set(o.latency() == null ? ChartData.EMPTY : latencyChart(o.latency()));
        costs.set(costChart(o.costs()));
        outcome.set(o); // last: listeners of the outcome see every derived property filled
    }

    /** "$4.45/month (band $3.10–$6.02/month)" over uncertain inputs (a keep-alive range), else the value alone. */
    static String withBand(String column, Map<String, String> figures) {
        String v = Figures.value(column, figures.get(column));
        String band = Figures.band(column, figures);
        return band.isEmpty() ? v : v + " (band " + band + ")";
    }

    /**
     * "Cold starts: 31 observed, 34 simulated" when the trace recorded them (CloudWatch logs): summed
     * over the functions whose rows carry an observed figure, so both sides count the same functions.
     */
    static String observedText(List<Map<String, String>> perFunction) {
        List<String> parts = new ArrayList<>();
        for (String[] what : new String[][] {{"cold_starts", "Cold starts"}, {"billed_ms", "Billed ms"}}) {
            double obs = 0;
            double sim = 0;
            boolean any = false;
            for (Map<String, String> row : perFunction) {
                String o = row.get("observed_" + what[0]);
                if (o != null && !o.isEmpty()) {
                    any = true;
                    obs += Double.parseDouble(o);
                    String s = row.get(what[0]);
                    sim += s == null || s.isEmpty() ? 0 : Double.parseDouble(s);
                }
            }
            if (any) {
                parts.add(what[1] + ": " + Units.count(obs) + " observed, " + Units.count(sim) + " simulated");
            }
        }
        return String.join("   ·   ", parts);
    }

    /**
     * The latency objective's mark, as the use case worded it: "Misses p99=300ms: box: response p99
     * 50,021 ms > 300 ms (overloaded 50 s of 120 s, queue p99 49,021 ms)". Empty without an objective.
     */
    static String sloText(String objective, Map<String, String> figures) {
        String pick = figures.get("slo_option");
        if (objective == null || objective.isBlank() || pick == null) {
            return "";
        }
        String misses = figures.getOrDefault("slo_misses", "");
        String head = pick.equals("none") ? "No option meets the latency objective " + objective + "."
                : "Latency objective " + objective + ": " + Figures.value("slo_option", pick) + " is the cheapest option meeting it.";
        return misses.isEmpty() ? head : head + "\nMisses it: " + misses + ".";
    }

    static ChartData timelineChart(TimelineData t) {
        int n = t.buckets();
        boolean hours = n * t.bucketSeconds() > 3 * 3600;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * t.bucketSeconds() / (hours ? 3600.0 : 60.0);
        }
        String bucket = Units.duration(Math.round(t.bucketSeconds() * 1e6));
        return new ChartData("Timeline", hours ? "Hours from the start" : "Minutes from the start",
                "Count per bucket", false, false, List.of(
                Series.line("Requests in flight", x, t.concurrency()),
                Series.line("Environments alive", x, t.environmentsAlive()),
                Series.line("Cold starts", x, t.coldStarts()),
                Series.line("Throttles", x, t.throttles()))).withNote("One point per " + bucket + ": requests in flight and environments at their peak, "
                        + "cold starts and throttles counted.");
    }

    /**
     * The percentile axis is drawn as "nines": x = 1 / (1 - p/100), so 90% -> 10, 99% -> 100. The
     * latency axis is logarithmic when the tail is more than ten times the median, showing three
     * decades below the slowest request (the fastest microseconds say nothing).
     */
    static ChartData latencyChart(LatencyData.Curve c) {
        int n = c.percentiles().length;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        double p50 = 0;
        double p99 = 0;
        for (int i = 0; i < n; i++) {
            double p = c.percentiles()[i];
            if (p >= 100) {
                continue; // the maximum has no place on a nines axis
            }
            xs.add(1.0 / (1.0 - p / 100.0));
            ys.add(c.latencyMs()[i]);
            if (p <= 50) {
                p50 = c.latencyMs()[i];
            }
            if (p <= 99) {
                p99 = c.latencyMs()[i];
            }
        }
        boolean logY = p50 > 0 && p99 / p50 > 10;
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        return new ChartData("Latency by percentile", "Percentile", "Latency (ms): queueing, INIT and duration",
                true, logY, List.of(Series.line("Lambda", x, y))).withYDecades(3);
    }

    static ChartData costChart(List<CostStack> stacks) {
        if (stacks.isEmpty()) {
            return ChartData.EMPTY;
        }
        Set<String> components = new LinkedHashSet<>();
        stacks.forEach(s -> s.parts().forEach(p -> components.add(p.component())));
        // Each bar names its option and its month's total: a bar of $0.85 beside one of $119 is a sliver.
        // Over uncertain inputs a bar's band goes under its total: a bar cannot show it in JavaFX's stacked chart.
        String[] options = stacks.stream().map(s -> LmiOption.label(s.option()) + "\n"
                + Units.monthly(s.parts().stream().mapToDouble(CostStack.Part::usd).sum())
                + (s.banded() ? "\nband " + Units.money(s.lowUsd()) + "–" + Units.money(s.highUsd()) : ""))
                .toArray(String[]::new);
        List<Series> series = new ArrayList<>();
        for (String comp : components) {
            double[] y = new double[stacks.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = stacks.get(i).parts().stream().filter(p -> p.component().equals(comp))
                        .mapToDouble(CostStack.Part::usd).sum();
            }
            series.add(Series.bars(comp, options, y));
        }
        // A month of the workload on each option (the usage over the covered period, projected).
        return new ChartData("Cost per month: Lambda against the other options", "Option", "USD per month", false, false,
                series)
                .withNote("A month of this workload: its usage over the covered period, projected to a month.");
    }

    public WorkloadSource source() {
        return source;
    }

    public ReadOnlyStringProperty runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public ReadOnlyObjectProperty<ScenarioOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ObservableList<Figure> summary() {
        return summary;
    }

    public ObservableList<Figure> allFigures() {
        return allFigures;
    }

    public ReadOnlyStringProperty observedProperty() {
        return observed.getReadOnlyProperty();
    }

    /** The latency objective's mark and reason, empty without an objective. */
    public ReadOnlyStringProperty sloProperty() {
        return slo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> costsProperty() {
        return costs.getReadOnlyProperty();
    }

    public void shutdown() {
        runner.shutdown();
    }
}
