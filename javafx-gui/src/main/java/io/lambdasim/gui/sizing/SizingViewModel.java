package io.lambdasim.gui.sizing;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.WorkloadSource;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.reports.sizing.MemorySizing;
import io.lambdasim.reports.sizing.SizingPlan;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.SizingRow;
import io.lambdasim.reports.sizing.SizingStrategy;
import io.lambdasim.reports.sizing.Workloads;
import io.lambdasim.traces.InvocationArrays;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Memory sizing: the library's offline Power Tuning ({@link MemorySizing}) over a trace or generated
 * workload, run in the background exactly as {@code lambdasim sizing} runs it; the result as a
 * table, two charts (cost and duration against memory, the recommendation marked) and one sentence.
 */
public final class SizingViewModel {
    private final WorkloadSource source = new WorkloadSource();
    private final StringProperty memories = new SimpleStringProperty(this, "memories",
            SizingPlan.DEFAULT_MEMORIES.stream().map(String::valueOf).collect(Collectors.joining(",")));
    private final BooleanProperty x86 = new SimpleBooleanProperty(this, "x86", true);
    private final BooleanProperty arm = new SimpleBooleanProperty(this, "arm", true);
    private final StringProperty strategy = new SimpleStringProperty(this, "strategy", "balanced");
    private final DoubleProperty balancedWeight = new SimpleDoubleProperty(this, "balancedWeight",
            SizingStrategy.DEFAULT_BALANCED_WEIGHT);
    private final DoubleProperty cpuFraction = new SimpleDoubleProperty(this, "cpuFraction", CpuModel.DEFAULT_CPU_FRACTION);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", CpuModel.DEFAULT_THREADS);
    private final StringProperty calibration = new SimpleStringProperty(this, "calibration", "");
    private final StringProperty rules = new SimpleStringProperty(this, "rules", "aws-2025-08");
    private final BooleanProperty freeTier = new SimpleBooleanProperty(this, "freeTier", false);
    private final ReadOnlyStringWrapper memoriesError = new ReadOnlyStringWrapper(this, "memoriesError", "");
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ReadOnlyObjectWrapper<SizingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<SizingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> costChart = new ReadOnlyObjectWrapper<>(this, "costChart", ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<ChartData> durationChart = new ReadOnlyObjectWrapper<>(this, "durationChart",
            ChartData.EMPTY);
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper(this, "recommendation", "");
    private final BackgroundRunner runner;

    public SizingViewModel(Executor ui) {
        runner = new BackgroundRunner(ui);
        memories.addListener((o, a, b) -> memoriesError.set(problem(b)));
    }

    public void remember(AppPrefs prefs) {
        source.remember(prefs);
        prefs.bind("memories", memories);
        prefs.bind("x86", x86);
        prefs.bind("arm", arm);
        prefs.bind("strategy", strategy);
        prefs.bind("balancedWeight", balancedWeight);
        prefs.bind("cpuFraction", cpuFraction);
        prefs.bind("threads", threads);
        prefs.bind("calibration", calibration);
        prefs.bind("rules", rules);
        prefs.bind("freeTier", freeTier);
    }

    static List<Integer> parseMemories(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : text.split("[,;\\s]+")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.trim()));
            }
        }
        return out;
    }

    private static String problem(String text) {
        try {
            List<Integer> m = parseMemories(text);
            if (m.isEmpty()) {
                return "give at least one memory size, MB";
            }
            for (int v : m) {
                if (v < CpuModel.MIN_MEMORY_MB || v > CpuModel.MAX_MEMORY_MB) {
                    return v + " MB is outside " + CpuModel.MIN_MEMORY_MB + ".." + CpuModel.MAX_MEMORY_MB + " MB";
                }
            }
            return "";
        } catch (NumberFormatException e) {
            return "memory sizes are whole MB separated by commas, e.g. 128,512,1024";
        }
    }

    public void run() {
        if (runner.runningProperty().get()) {
            return;
        }
        source.inspect();
        String err = !source.errorProperty().get().isEmpty() ? source.errorProperty().get() : memoriesError.get();
        if (err.isEmpty() && !x86.get() && !arm.get()) {
            err = "tick at least one architecture";
        }
        runError.set(err);
        if (!err.isEmpty()) {
            return;
        }
        List<Integer> mems = parseMemories(memories.get());
        List<String> arches = new ArrayList<>();
        if (x86.get()) {
            arches.add("x86_64");
        }
        if (arm.get()) {
            arches.add("arm64");
        }
        Path trace = source.tracePath();
        String spec = source.specOrNull();
        String format = source.formatOrNull();
        String cal = calibration.get() == null || calibration.get().isBlank() ? null : calibration.get().trim();
        String strat = strategy.get();
        double w = balancedWeight.get();
        CpuModel cpu = new CpuModel(cpuFraction.get(), threads.get());
        String r = rules.get();
        boolean free = freeTier.get();
        runner.start("Sizing", p -> {
            // The same steps as `lambdasim sizing`: prices, limits, workload, plan, simulations.
            PriceSource prices = PriceSources.open(null, "us-east-1", r, free);
            for (int m : mems) {
                prices.checkMemory(m);
            }
            p.update(-1, "Loading the workload…");
            InvocationArrays arrays = Workloads.load(trace, format, spec);
            p.update(-1, "Simulating " + mems.size() * arches.size() + " configurations of "
                    + arrays.size() + " invocations…");
            SizingPlan plan = new SizingPlan(mems, arches, cpu, cal == null ? null : Calibration.read(Path.of(cal)),
                    0, SizingStrategy.parse(strat), w, Math.max(1, Runtime.getRuntime().availableProcessors()), 730);
            SimulationConfig base = SimulationConfig.builder().billing(prices.billingMeasure()).build();
            return MemorySizing.run(arrays, base, plan, prices.lambdaPricer());
        }, this::show, e -> runError.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private void show(SizingResult r) {
        rows.setAll(r.rows());
        costChart.set(chart(r, true));
        durationChart.set(chart(r, false));
        SizingRow best = r.recommended();
        recommendation.set(best == null ? "No configuration ran without failures" : String.format(Locale.ROOT,
                "Recommended (%s): %d MB %s, $%s per million invocations, %.1f ms mean duration. Model: %s",
                r.strategy().label(), best.memoryMb(), best.arch(), best.costPerMillion().setScale(4,
                        java.math.RoundingMode.HALF_EVEN).toPlainString(), best.meanDurationMs(), r.model()));
        result.set(r);
    }

    /** Cost (or duration) against memory, a line per architecture, the recommendation marked. */
    static ChartData chart(SizingResult r, boolean cost) {
        List<Series> out = new ArrayList<>();
        for (String arch : r.rows().stream().map(SizingRow::arch).distinct().toList()) {
            List<SizingRow> rs = r.rows().stream().filter(x -> x.arch().equals(arch)).toList();
            double[] x = rs.stream().mapToDouble(SizingRow::memoryMb).toArray();
            double[] y = rs.stream().mapToDouble(row -> value(row, cost)).toArray();
            out.add(Series.line(arch, x, y));
        }
        SizingRow best = r.recommended();
        if (best != null) {
            out.add(Series.markers("Recommended", new double[] {best.memoryMb()}, new double[] {value(best, cost)},
                    new String[] {best.memoryMb() + " MB " + best.arch()}));
        }
        return cost
                ? new ChartData("Cost per million invocations", "Memory (MB)", "USD per 1M invocations", true, false, out)
                : new ChartData("Mean duration", "Memory (MB)", "Duration (ms)", true, false, out);
    }

    private static double value(SizingRow row, boolean cost) {
        return cost ? row.costPerMillion().doubleValue() : row.meanDurationMs();
    }

    public WorkloadSource source() {
        return source;
    }

    public StringProperty memoriesProperty() {
        return memories;
    }

    public BooleanProperty x86Property() {
        return x86;
    }

    public BooleanProperty armProperty() {
        return arm;
    }

    public StringProperty strategyProperty() {
        return strategy;
    }

    public DoubleProperty balancedWeightProperty() {
        return balancedWeight;
    }

    public DoubleProperty cpuFractionProperty() {
        return cpuFraction;
    }

    public IntegerProperty threadsProperty() {
        return threads;
    }

    public StringProperty calibrationProperty() {
        return calibration;
    }

    public StringProperty rulesProperty() {
        return rules;
    }

    public BooleanProperty freeTierProperty() {
        return freeTier;
    }

    public ReadOnlyStringProperty memoriesErrorProperty() {
        return memoriesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SizingResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<SizingRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ChartData> costChartProperty() {
        return costChart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> durationChartProperty() {
        return durationChart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public BackgroundRunner runner() {
        return runner;
    }
}
