package io.lambdasim.gui.replay;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.Figures;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSource;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.gui.breakeven.BreakevenViewModel;
import io.lambdasim.reports.batch.ScenarioColumn;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.charts.CostStack;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Trace replay: one scenario (a trace file or a generator spec, and the simulate options) run by the
 * library's {@link ScenarioExecutor} in the background; the outcome as summary figures and chart data.
 * The options are kept as the text of scenario-file cells, so each is checked by the library's own
 * {@link ScenarioColumn#problem} and shown next to its field.
 */
public final class ReplayViewModel {
    /** The options the screen offers, in tab order. */
    public static final List<Setting<?>> OPTIONS = List.of(Settings.MEMORY_MB, Settings.ARCH, Settings.REGION,
            Settings.RULES, Settings.KEEP_ALIVE, Settings.TIMEOUT, Settings.INIT, Settings.CONCURRENCY_LIMIT,
            Settings.REFERENCE_MEMORY_MB, Settings.CPU_FRACTION, Settings.FREE_TIER, Settings.EC2, Settings.FLEET,
            Settings.BALANCER, Settings.MIN_INSTANCES, Settings.SEED);

    /** The headline figures shown as tiles, when the outcome has them. */
    static final List<String> HEADLINE = List.of(ResultColumns.INVOCATIONS, ResultColumns.COLD_STARTS,
            ResultColumns.COLD_START_RATIO, ResultColumns.THROTTLES, ResultColumns.LATENCY_P50_MS,
            ResultColumns.LATENCY_P99_MS, ResultColumns.GB_SECONDS, ResultColumns.LAMBDA_MONTHLY_USD,
            ResultColumns.CHEAPEST_OPTION, ResultColumns.CHEAPEST_MONTHLY_USD);

    /** A caption and a value for the summary. */
    public record Figure(String caption, String value) {
    }

    private final ScenarioExecutor executor;
    private final BackgroundRunner runner;
    private final WorkloadSource source = new WorkloadSource();
    private final Map<Setting<?>, StringProperty> options = new LinkedHashMap<>();
    private final Map<Setting<?>, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ReadOnlyObjectWrapper<ScenarioOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ObservableList<Figure> summary = FXCollections.observableArrayList();
    private final ObservableList<Figure> allFigures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper observed = new ReadOnlyStringWrapper(this, "observed", "");
    private final ReadOnlyObjectWrapper<ChartData> timeline = new ReadOnlyObjectWrapper<>(this, "timeline", ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<ChartData> latency = new ReadOnlyObjectWrapper<>(this, "latency", ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<ChartData> costs = new ReadOnlyObjectWrapper<>(this, "costs", ChartData.EMPTY);

    public ReplayViewModel(ScenarioExecutor executor, Executor ui) {
        this.executor = executor;
        this.runner = new BackgroundRunner(ui);
        for (Setting<?> c : OPTIONS) {
            // The registry's default where it has one; the EC2 types the break-even explorer opens with.
            String initial = c == Settings.EC2 ? String.join(",", BreakevenViewModel.EXAMPLE_EC2_TYPES)
                    : c.defaultText() == null ? "" : c.defaultText();
            StringProperty p = new SimpleStringProperty(this, c.key(), initial);
            ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, c.key() + "Problem", "");
            p.addListener((o, a, b) -> problem.set(problemOf(c, b)));
            options.put(c, p);
            problems.put(c, problem);
        }
    }

    public void remember(AppPrefs prefs) {
        source.remember(prefs);
        for (Setting<?> c : OPTIONS) {
            prefs.bind("option." + c.key(), options.get(c));
        }
    }

    private static String problemOf(Setting<?> c, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String p = ScenarioColumn.problem(c, value);
        return p == null ? "" : p;
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
        for (Setting<?> c : OPTIONS) {
            String v = options.get(c).get();
            if (v != null && !v.isBlank()) {
                settings.put(c.key(), v.trim());
            }
        }
        return new Scenario(0, 1, "replay", settings, null);
    }

    /** True when every input is acceptable; the first problem goes to {@link #runErrorProperty()}. */
    public boolean validate() {
        source.inspect();
        if (!source.errorProperty().get().isEmpty()) {
            runError.set(source.errorProperty().get());
            return false;
        }
        for (Setting<?> c : OPTIONS) {
            String p = problemOf(c, options.get(c).get());
            problems.get(c).set(p);
            if (!p.isEmpty()) {
                runError.set(c.key() + ": " + p);
                return false;
            }
        }
        runError.set("");
        return true;
    }

    public void run() {
        if (runner.runningProperty().get() || !validate()) {
            return;
        }
        Scenario s = scenario();
        Path base = source.tracePath() == null ? Path.of(".").toAbsolutePath() : source.tracePath().getParent();
        runner.start("Replay", p -> executor.run(s, base, f -> p.update(f, String.format("Simulating… %.0f%%", f * 100))),
                this::show, e -> runError.set(message(e)));
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
        for (String k : HEADLINE) {
            if (f.containsKey(k) && !f.get(k).isEmpty()) {
                head.add(new Figure(Figures.caption(k), f.get(k)));
            }
        }
        summary.setAll(head);
        List<Figure> all = new ArrayList<>();
        f.forEach((k, v) -> all.add(new Figure(Figures.caption(k), v)));
        allFigures.setAll(all);
        observed.set(observedText(o.perFunction()));
        timeline.set(o.timeline() == null ? ChartData.EMPTY : timelineChart(o.timeline()));
        latency.set(o.latency() == null ? ChartData.EMPTY : latencyChart(o.latency()));
        costs.set(costChart(o.costs()));
        outcome.set(o); // last: listeners of the outcome see every derived property filled
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

    static ChartData timelineChart(TimelineData t) {
        int n = t.buckets();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * t.bucketSeconds() / 60.0;
        }
        return new ChartData("Timeline", "Minutes from the start", "Count per bucket", false, false, List.of(
                Series.line("Concurrency", x, t.concurrency()),
                Series.line("Environments alive", x, t.environmentsAlive()),
                Series.line("Cold starts", x, t.coldStarts()),
                Series.line("Throttles", x, t.throttles())));
    }

    static ChartData latencyChart(LatencyData.Curve c) {
        // The percentile axis is drawn as "nines": x = 1 / (1 - p/100), so 90% -> 10, 99% -> 100.
        int n = c.percentiles().length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1.0 / (1.0 - c.percentiles()[i] / 100.0);
        }
        return new ChartData("Latency distribution", "Percentile", "Latency (ms)", true, true,
                List.of(Series.line(c.name() == null || c.name().isEmpty() ? "latency" : c.name(), x, c.latencyMs())));
    }

    static ChartData costChart(List<CostStack> stacks) {
        if (stacks.isEmpty()) {
            return ChartData.EMPTY;
        }
        Set<String> components = new LinkedHashSet<>();
        stacks.forEach(s -> s.parts().forEach(p -> components.add(p.component())));
        String[] options = stacks.stream().map(CostStack::option).toArray(String[]::new);
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
        return new ChartData("Cost per month: Lambda against EC2", "Option", "USD per month", false, false, series);
    }

    public WorkloadSource source() {
        return source;
    }

    public StringProperty option(Setting<?> c) {
        return options.get(c);
    }

    public ReadOnlyStringProperty problem(Setting<?> c) {
        return problems.get(c).getReadOnlyProperty();
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
