package io.lambdasim.gui.sizing;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.WorkloadSource;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.usecase.SizingRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.util.LinkedHashMap;
import java.util.Map;
import io.lambdasim.reports.sizing.SizingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
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
 * Memory sizing: the library's offline Power Tuning ({@link UseCases#sizing}) over a trace or
 * generated workload, run in the background exactly as {@code lambdasim sizing} runs it (the inputs
 * become the same settings, the registry supplies every default); the result as a table, two charts
 * (cost and duration against memory, the recommendation marked) and one sentence.
 */
public final class SizingViewModel {
    private final WorkloadSource source = new WorkloadSource();
    /** Blank: the default list within the billing era's range (as on the command line). */
    private final StringProperty memories = new SimpleStringProperty(this, "memories", "");
    private final BooleanProperty x86 = new SimpleBooleanProperty(this, "x86", true);
    private final BooleanProperty arm = new SimpleBooleanProperty(this, "arm", true);
    private final StringProperty strategy = new SimpleStringProperty(this, "strategy", Settings.STRATEGY.defaultValue());
    private final DoubleProperty balancedWeight = new SimpleDoubleProperty(this, "balancedWeight",
            Settings.BALANCED_WEIGHT.defaultValue());
    private final DoubleProperty cpuFraction = new SimpleDoubleProperty(this, "cpuFraction", Settings.CPU_FRACTION.defaultValue());
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", Settings.THREADS.defaultValue());
    private final StringProperty calibration = new SimpleStringProperty(this, "calibration", "");
    private final StringProperty rules = new SimpleStringProperty(this, "rules", Settings.RULES.defaultValue());
    private final BooleanProperty freeTier = new SimpleBooleanProperty(this, "freeTier", Settings.FREE_TIER.defaultValue());
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

    /** Null when the memory list is acceptable (or blank: the default list), else what is wrong with it. */
    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            Settings.MEMORY_SIZES.parse(text);
            return "";
        } catch (SettingException e) {
            return e.describe("memory sizes");
        }
    }

    /** The inputs as settings, the way {@code lambdasim sizing} receives them from its options. */
    public SettingValues settings() {
        Map<String, String> v = new LinkedHashMap<>();
        if (source.specOrNull() != null) {
            v.put(Settings.GENERATE.key(), source.specOrNull());
        } else if (source.tracePath() != null) {
            v.put(Settings.TRACE.key(), source.tracePath().toString());
            v.put(Settings.FORMAT.key(), source.formatOrNull());
        }
        v.put(Settings.MEMORY_SIZES.key(), memories.get());
        List<String> arches = new ArrayList<>();
        if (x86.get()) {
            arches.add("x86_64");
        }
        if (arm.get()) {
            arches.add("arm64");
        }
        v.put(Settings.ARCHES.key(), String.join(",", arches));
        v.put(Settings.STRATEGY.key(), strategy.get());
        v.put(Settings.BALANCED_WEIGHT.key(), Double.toString(balancedWeight.get()));
        v.put(Settings.CPU_FRACTION.key(), Double.toString(cpuFraction.get()));
        v.put(Settings.THREADS.key(), Integer.toString(threads.get()));
        v.put(Settings.CALIBRATION.key(), calibration.get());
        v.put(Settings.RULES.key(), rules.get());
        v.put(Settings.FREE_TIER.key(), freeTier.get() ? "yes" : "no");
        return SettingValues.of(v);
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
        SizingRequest request = null;
        if (err.isEmpty()) {
            try {
                request = SizingRequest.from(settings());
            } catch (SettingException e) {
                err = e.describe(e.setting().key().replace('_', ' '));
            } catch (IllegalArgumentException e) {
                err = e.getMessage();
            }
        }
        runError.set(err);
        if (!err.isEmpty()) {
            return;
        }
        SizingRequest r = request;
        runner.start("Sizing", p -> {
            p.update(-1, "Simulating every memory size…");
            return UseCases.sizing(r);
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
