package io.lambdasim.gui.sizing;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.BackgroundRunner;
import io.lambdasim.gui.Example;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.WorkloadSource;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.gui.form.SettingInputs;
import io.lambdasim.gui.form.SettingLabel;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.SizingRow;
import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.usecase.SizingRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Memory sizing: the library's offline Power Tuning ({@link UseCases#sizing}) over a trace or
 * generated workload, run in the background exactly as {@code lambdasim sizing} runs it (the inputs
 * are the same settings as text, the registry parses them and supplies every default); the result as
 * a table, two charts (cost and duration against memory, the recommendation marked) and one sentence.
 */
public final class SizingViewModel {
    /** What is tried and how one is chosen. */
    public static final List<Setting<?>> SWEEP = List.of(Settings.MEMORY_SIZES, Settings.ARCHES, Settings.STRATEGY,
            Settings.BALANCED_WEIGHT, Settings.JOBS);
    /** How durations change with memory. */
    public static final List<Setting<?>> MODEL = List.of(Settings.CPU_FRACTION, Settings.THREADS,
            Settings.REFERENCE_MEMORY_MB, Settings.CALIBRATION, Settings.CPU_FRACTION_RANGE, Settings.INIT_RANGE);
    /** Durations measured on arm64, when the user has them: then each architecture is simulated with its own. */
    public static final Setting<?> ARM64_CALIBRATION = Settings.CALIBRATION_ARM64;
    /** How it is priced. */
    public static final List<Setting<?>> PRICING = List.of(Settings.REGION, Settings.RULES, Settings.FREE_TIER,
            Settings.SEED);

    private final WorkloadSource source = new WorkloadSource();
    private final SettingInputs inputs = new SettingInputs(concat(SWEEP, MODEL, List.of(ARM64_CALIBRATION), PRICING));
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
        inputs.apply(Example.settings());
    }

    @SafeVarargs
    private static List<Setting<?>> concat(List<Setting<?>>... parts) {
        List<Setting<?>> all = new ArrayList<>();
        for (List<Setting<?>> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    public void remember(AppPrefs prefs) {
        source.remember(prefs);
        inputs.remember(prefs);
    }

    public SettingInputs inputs() {
        return inputs;
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
        v.putAll(inputs.values().asMap());
        return SettingValues.of(v);
    }

    public void run() {
        if (runner.runningProperty().get()) {
            return;
        }
        String err = source.validate();
        if (err.isEmpty()) {
            err = inputs.validate();
        }
        SizingRequest request = null;
        if (err.isEmpty()) {
            try {
                request = SizingRequest.from(settings());
            } catch (SettingException e) {
                err = e.describe(SettingLabel.of(e.setting()));
            } catch (IllegalArgumentException e) {
                err = e.getMessage();
            }
        }
        runError.set(SettingLabel.plain(err));
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
        recommendation.set(recommendationOf(r));
        result.set(r);
    }

    /** "Recommended (cost): 512 MB on x86_64: $0.2083 per million invocations, $1.25/month, 100.0 ms mean." */
    static String recommendationOf(SizingResult r) {
        SizingRow best = r.recommended();
        if (best == null) {
            return "No configuration ran without failures.";
        }
        return "Recommended (" + r.strategy().label() + "): " + Units.whole(best.memoryMb()) + " MB on " + best.arch()
                + ": " + Units.price(best.costPerMillion().doubleValue()) + " per million invocations, "
                + Units.monthly(best.monthlyCost()) + bandOf(r, best) + ", " + Units.ms(best.meanDurationMs())
                + " mean duration. Model: " + r.model() + "." + holds(r, best);
    }

    /** " (band $0.98–$1.61/month over the ranges)", or "" when nothing is uncertain. */
    private static String bandOf(SizingResult r, SizingRow row) {
        Band b = r.bands() == null ? null : r.bands().monthlyCost(row);
        return b == null || b.isPoint() ? "" : " (band " + Units.money(b.low()) + "–" + Units.monthly(b.high()) + " over the ranges)";
    }

    /** Whether the recommendation survives the ranges' ends, said only when something is uncertain. */
    private static String holds(SizingResult r, SizingRow best) {
        if (r.bands() == null) {
            return "";
        }
        return r.bands().recommendationHolds(best) ? " Every end of the ranges recommends the same."
                : " The ranges' ends recommend: " + r.bands().recommended().entrySet().stream()
                        .map(e -> e.getKey() + " → " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")) + ".";
    }

    /**
     * The sizing on screen for the report writer: one record per configuration tried, all from one
     * row, so the report draws them as a memory sweep with its sizing chart per architecture.
     */
    public List<ScenarioRecord> analysis() {
        SizingResult r = result.get();
        if (r == null) {
            return List.of();
        }
        List<ScenarioRecord> out = new ArrayList<>();
        for (SizingRow row : r.rows()) {
            Map<String, String> settings = new LinkedHashMap<>(settings().asMap());
            settings.put(Settings.MEMORY_MB.key(), Integer.toString(row.memoryMb()));
            settings.put(Settings.ARCH.key(), row.arch());
            Map<String, String> f = new LinkedHashMap<>();
            f.put(ResultColumns.INVOCATIONS, Long.toString(row.invocations()));
            f.put(ResultColumns.COLD_STARTS, Long.toString(row.coldStarts()));
            f.put(ResultColumns.LATENCY_P99_MS, ResultColumns.number(row.p99LatencyMs(), 3));
            f.put(ResultColumns.MEAN_DURATION_MS, ResultColumns.number(row.meanDurationMs(), 3));
            f.put(ResultColumns.LAMBDA_USD_PER_1M, ResultColumns.money(row.costPerMillion(), 4));
            f.put(ResultColumns.LAMBDA_MONTHLY_USD, ResultColumns.money(row.monthlyCost(), 2));
            String name = "Memory sizing [memory_mb=" + row.memoryMb() + ", arch=" + row.arch() + "]";
            out.add(new ScenarioRecord(out.size(), 1, name, settings, ResultColumns.OK, "",
                    new ScenarioOutcome(f, List.of(), null, null, null, List.of(), List.of())));
        }
        return out;
    }

    /** Cost (or duration) against memory, a line per architecture, the recommendation marked. */
    static ChartData chart(SizingResult r, boolean cost) {
        List<Series> out = new ArrayList<>();
        List<String> arches = r.rows().stream().map(SizingRow::arch).distinct().toList();
        for (String arch : arches) {
            List<SizingRow> rs = r.rows().stream().filter(x -> x.arch().equals(arch)).toList();
            double[] x = rs.stream().mapToDouble(SizingRow::memoryMb).toArray();
            double[] y = rs.stream().mapToDouble(row -> value(row, cost)).toArray();
            out.add(Series.line(arch, x, y));
        }
        if (cost && r.bands() != null) {
            // over uncertain inputs each architecture's cost curve is a ribbon: its band at each memory size
            for (String arch : arches) {
                List<SizingRow> rs = r.rows().stream().filter(x -> x.arch().equals(arch)).toList();
                double[] x = rs.stream().mapToDouble(SizingRow::memoryMb).toArray();
                double[] lo = rs.stream().mapToDouble(row -> bandEnd(r, row, false)).toArray();
                double[] hi = rs.stream().mapToDouble(row -> bandEnd(r, row, true)).toArray();
                out.add(Series.band(arch + " over the ranges", arch, x, lo, hi));
            }
        }
        SizingRow best = r.recommended();
        if (best != null) {
            out.add(Series.markers("Recommended", new double[] {best.memoryMb()}, new double[] {value(best, cost)},
                    new String[] {Units.whole(best.memoryMb()) + " MB " + best.arch()}));
        }
        ChartData d = cost
                ? new ChartData("Cost per million invocations", "Memory (MB)", "USD per million invocations", true, false, out)
                : new ChartData("Mean duration", "Memory (MB)", "Duration (ms)", true, false, out);
        // Without a calibration per architecture the model gives both the same durations: their lines
        // lie on top of each other in the duration chart, which needs saying.
        if (!cost && arches.size() > 1 && !io.lambdasim.reports.sizing.MemorySizing.PER_ARCH.equals(r.modelKind())) {
            d = d.withNote(String.join(" and ", arches) + " durations are modelled the same (" + modelName(r)
                    + "); give a calibration per architecture to tell them apart. Their costs differ by price.");
        }
        return d;
    }

    private static String modelName(SizingResult r) {
        return "calibrated".equals(r.modelKind()) ? "one calibration for both" : "the CPU-share model";
    }

    private static double bandEnd(SizingResult r, SizingRow row, boolean high) {
        Band b = r.bands().costPerMillion(row);
        return b == null ? Double.NaN : high ? b.high() : b.low();
    }

    private static double value(SizingRow row, boolean cost) {
        return cost ? row.costPerMillion().doubleValue() : row.meanDurationMs();
    }

    public WorkloadSource source() {
        return source;
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
