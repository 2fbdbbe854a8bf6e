package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.BreakEvenBands;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.Choices;
import io.lambdasim.reports.usecase.UseCases;
import java.util.LinkedHashMap;
import java.util.Map;
import io.lambdasim.pricing.breakeven.CheapestInterval;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the break-even explorer as JavaFX properties, and the one call into the library that turns
 * it into curves, crossings and the readout: {@link UseCases#breakEven}, exactly what {@code lambdasim
 * breakeven} runs, fed with the inputs as settings (the registry parses them and supplies every
 * default). Every input change recomputes at once (a few milliseconds), so the chart follows a dragged
 * slider. No toolkit needed: tests drive it directly.
 */
public final class BreakevenViewModel {

    // ---- inputs ------------------------------------------------------------------------------
    private final IntegerProperty memoryMb = new SimpleIntegerProperty(this, "memoryMb", 512);
    private final DoubleProperty durationMs = new SimpleDoubleProperty(this, "durationMs", 200);
    private final StringProperty arch = new SimpleStringProperty(this, "arch", Settings.ARCH.defaultValue());
    private final StringProperty region = new SimpleStringProperty(this, "region", Settings.REGION.defaultValue());
    private final StringProperty rules = new SimpleStringProperty(this, "rules", Settings.RULES.defaultValue());
    private final BooleanProperty freeTier = new SimpleBooleanProperty(this, "freeTier", Settings.FREE_TIER.defaultValue());
    private final DoubleProperty initMs = new SimpleDoubleProperty(this, "initMs", Settings.INIT_MS.defaultValue());
    private final DoubleProperty coldRatio = new SimpleDoubleProperty(this, "coldRatio", Settings.COLD_RATIO.defaultValue());
    private final DoubleProperty cpuFraction = new SimpleDoubleProperty(this, "cpuFraction", Settings.CPU_FRACTION.defaultValue());
    /** What the INIT and the CPU share are uncertain over, in the settings' range grammar; blank: taken as known. */
    private final StringProperty initRange = new SimpleStringProperty(this, "initRange", "");
    private final StringProperty cpuFractionRange = new SimpleStringProperty(this, "cpuFractionRange", "");
    /** The explorer opens on an example: three common types (the command line has no default here). */
    private final ObservableList<String> ec2Types = FXCollections.observableArrayList(EXAMPLE_EC2_TYPES);
    private final IntegerProperty minInstances = new SimpleIntegerProperty(this, "minInstances",
            Settings.MIN_INSTANCES.defaultValue());
    private final DoubleProperty targetUtilization = new SimpleDoubleProperty(this, "targetUtilization",
            Settings.TARGET_UTILIZATION.defaultValue());
    private final DoubleProperty ec2Discount = new SimpleDoubleProperty(this, "ec2Discount", Settings.EC2_DISCOUNT.defaultValue());
    /** Compute Savings Plans discount on Lambda duration (never on requests). */
    private final DoubleProperty lambdaSavingsPlan = new SimpleDoubleProperty(this, "lambdaSavingsPlan",
            Settings.SAVINGS_PLAN.defaultValue());

    // ---- outputs -----------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<BreakEvenResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart", ChartData.EMPTY);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper memoryError = new ReadOnlyStringWrapper(this, "memoryError", "");
    private final ObjectProperty<Long> lastComputeNanos = new SimpleObjectProperty<>(this, "lastComputeNanos", 0L);

    /** The EC2 types the explorer (and the replay screen) open with. */
    public static final List<String> EXAMPLE_EC2_TYPES = List.of("m7g.large", "c7g.large", "t4g.small");

    public BreakevenViewModel() {
        Observable[] inputs = {memoryMb, durationMs, arch, region, rules, freeTier, initMs, coldRatio, cpuFraction,
            initRange, cpuFractionRange, ec2Types, minInstances, targetUtilization, ec2Discount, lambdaSavingsPlan};
        for (Observable o : inputs) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    /** Remembers every input between runs. */
    public void remember(AppPrefs prefs) {
        prefs.bind("memoryMb", memoryMb);
        prefs.bind("durationMs", durationMs);
        prefs.bind("arch", arch);
        prefs.bind("region", region);
        prefs.bind("rules", rules);
        prefs.bind("freeTier", freeTier);
        prefs.bind("initMs", initMs);
        prefs.bind("coldRatio", coldRatio);
        prefs.bind("cpuFraction", cpuFraction);
        prefs.bind("initRange", initRange);
        prefs.bind("cpuFractionRange", cpuFractionRange);
        prefs.bind("minInstances", minInstances);
        prefs.bind("targetUtilization", targetUtilization);
        prefs.bind("ec2Discount", ec2Discount);
        prefs.bind("lambdaSavingsPlan", lambdaSavingsPlan);
        String types = prefs.get("ec2Types", null);
        if (types != null) {
            ec2Types.setAll(types.isBlank() ? List.of() : List.of(types.split(",")));
        }
        ec2Types.addListener((Observable o) -> prefs.put("ec2Types", String.join(",", ec2Types)));
    }

    /** Runs the analysis for the current inputs; errors land in {@link #errorProperty()}, inputs stay. */
    public void recompute() {
        long t0 = System.nanoTime();
        Choices.MemoryRange lim = Choices.memory(rules.get());
        // Said next to the memory field too: each billing era has its own range (aws-2014: 128..1536).
        memoryError.set(lim.contains(memoryMb.get()) ? ""
                : memoryMb.get() + " MB is outside " + lim.min() + ".." + lim.max() + " MB under " + rules.get());
        try {
            BreakEvenReport report = UseCases.breakEven(BreakEvenRequest.from(settings()));
            BreakEvenResult r = report.result();
            result.set(r);
            chart.set(chartOf(r, report.bands()));
            readout.set(readoutOf(r) + intervalsOf(r, report.bands()));
            error.set(String.join("; ", r.notes()));
        } catch (SettingException e) {
            error.set(e.describe(label(e.setting())));
        } catch (RuntimeException e) {
            // Keep the last good chart on screen; say what is wrong with the inputs.
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        lastComputeNanos.set(System.nanoTime() - t0);
    }

    /** The inputs as settings, the way {@code lambdasim breakeven} receives them from its options. */
    public SettingValues settings() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(Settings.MEMORY_MB.key(), Integer.toString(memoryMb.get()));
        v.put(Settings.DURATION_MS.key(), Double.toString(durationMs.get()));
        v.put(Settings.ARCH.key(), arch.get());
        v.put(Settings.REGION.key(), region.get());
        v.put(Settings.RULES.key(), rules.get());
        v.put(Settings.FREE_TIER.key(), freeTier.get() ? "yes" : "no");
        v.put(Settings.INIT_MS.key(), Double.toString(initMs.get()));
        v.put(Settings.COLD_RATIO.key(), Double.toString(coldRatio.get()));
        v.put(Settings.CPU_FRACTION.key(), Double.toString(cpuFraction.get()));
        if (!initRange.get().isBlank()) {
            v.put(Settings.INIT_RANGE.key(), initRange.get().strip());
        }
        if (!cpuFractionRange.get().isBlank()) {
            v.put(Settings.CPU_FRACTION_RANGE.key(), cpuFractionRange.get().strip());
        }
        v.put(Settings.EC2.key(), String.join(",", ec2Types));
        v.put(Settings.MIN_INSTANCES.key(), Integer.toString(minInstances.get()));
        v.put(Settings.TARGET_UTILIZATION.key(), Double.toString(targetUtilization.get()));
        v.put(Settings.EC2_DISCOUNT.key(), Double.toString(ec2Discount.get()));
        v.put(Settings.SAVINGS_PLAN.key(), Double.toString(lambdaSavingsPlan.get()));
        return SettingValues.of(v);
    }

    /** How the screen names a setting in a message (its field label). */
    private static String label(io.lambdasim.reports.settings.Setting<?> s) {
        return s.key().replace('_', ' ');
    }

    static ChartData chartOf(BreakEvenResult r) {
        return chartOf(r, null);
    }

    /**
     * The curves and crossings; over uncertain inputs ({@code bands} with runs) Lambda's cost also as
     * its ribbon's two edges, and each first crossing labelled with its interval.
     */
    static ChartData chartOf(BreakEvenResult r, BreakEvenBands bands) {
        boolean banded = bands != null && bands.requests().length > 0;
        List<Series> out = new ArrayList<>();
        for (CostSeries s : r.series()) {
            int n = s.points().size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                CostPoint p = s.points().get(i);
                x[i] = p.requests();
                // A free month costs $0, which a log axis cannot show: draw it at one cent.
                y[i] = Math.max(p.monthlyCost(), 0.01);
            }
            out.add(Series.line(s.option().equals(BreakEvenAnalysis.LAMBDA) ? "Lambda" : s.option(), x, y));
        }
        if (banded) {
            out.add(Series.bound(LAMBDA_LOW, bands.requests(), floor(bands.lambdaLow())));
            out.add(Series.bound(LAMBDA_HIGH, bands.requests(), floor(bands.lambdaHigh())));
        }
        List<Crossing> shown = labelled(r.crossings());
        if (!shown.isEmpty()) {
            double[] x = shown.stream().mapToDouble(Crossing::requests).toArray();
            double[] y = shown.stream().mapToDouble(c -> Math.max(c.lambdaCost(), 0.01)).toArray();
            String[] labels = new String[shown.size()];
            for (int i = 0; i < labels.length; i++) {
                Crossing c = shown.get(i);
                Band b = banded && isFirst(r, c) ? bands.crossing(c.option()) : null;
                labels[i] = Units.count(c.requests()) + (b == null || !(b.low() < b.high()) ? ""
                        : " (" + Units.count(b.low()) + "–" + Units.count(b.high()) + ")");
            }
            out.add(Series.markers("Crossings", x, y, labels));
        }
        return new ChartData("Monthly cost against monthly requests", "Requests per month", "USD per month",
                true, true, out);
    }

    /** The edges of Lambda's ribbon: its cost at each volume at the cheapest and dearest end of the ranges. */
    public static final String LAMBDA_LOW = "Lambda, low end";
    public static final String LAMBDA_HIGH = "Lambda, high end";

    private static double[] floor(double[] usd) {
        double[] out = new double[usd.length];
        for (int i = 0; i < usd.length; i++) {
            out[i] = Math.max(usd[i], 0.01); // a free month on a log axis, as above
        }
        return out;
    }

    /** The bands are of each option's first crossing with Lambda. */
    private static boolean isFirst(BreakEvenResult r, Crossing c) {
        List<Crossing> of = r.crossingsOf(c.option());
        return !of.isEmpty() && of.get(0) == c;
    }

    /** "; over the ranges, m7g.large breaks even between 20 M and 45 M requests/month (INIT moves it most)". */
    static String intervalsOf(BreakEvenResult r, BreakEvenBands bands) {
        if (bands == null || bands.requests().length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (CostSeries s : r.series()) {
            Band b = s.option().equals(BreakEvenAnalysis.LAMBDA) ? null : bands.crossing(s.option());
            if (b != null && !Double.isNaN(b.low()) && !Double.isNaN(b.high())) {
                sb.append(sb.length() == 0 ? "; over the ranges, " : ", ").append(s.option()).append(" breaks even between ")
                        .append(Units.count(b.low())).append(" and ").append(Units.count(b.high()));
                var most = bands.runs().mostSensitive(BreakEvenBands.crossingKey(s.option()));
                if (most != null) {
                    sb.append(" (").append(most.label()).append(" moves it most)");
                }
            }
        }
        return sb.length() == 0 ? "" : sb.append(" requests/month").toString();
    }

    /**
     * Crossings worth a label: an EC2 step function can flip back and forth with Lambda at many step
     * edges; beyond a handful of labels the chart is unreadable, so keep the first per option then.
     */
    static List<Crossing> labelled(List<Crossing> all) {
        if (all.size() <= 6) {
            return all;
        }
        List<Crossing> first = new ArrayList<>();
        for (Crossing c : all) {
            if (first.stream().noneMatch(f -> f.option().equals(c.option()))) {
                first.add(c);
            }
        }
        return first;
    }

    /** "below 4.1 M requests/month Lambda is cheaper; above, m7g.large". */
    static String readoutOf(BreakEvenResult r) {
        List<CheapestInterval> iv = r.intervals();
        if (iv.isEmpty()) {
            return "";
        }
        String range = " between " + Units.count(r.fromRequests()) + " and " + Units.count(r.toRequests())
                + " requests/month";
        if (iv.size() == 1) {
            return name(iv.get(0).cheapest()) + " is cheapest everywhere" + range;
        }
        StringBuilder sb = new StringBuilder("below ").append(Units.count(iv.get(0).toRequests()))
                .append(" requests/month ").append(name(iv.get(0).cheapest())).append(" is cheaper; above, ")
                .append(name(iv.get(1).cheapest()));
        if (iv.size() > 2) {
            sb.append(" (then ");
            for (int i = 2; i < Math.min(iv.size(), 5); i++) {
                sb.append(i > 2 ? ", " : "").append(name(iv.get(i).cheapest())).append(" above ")
                        .append(Units.count(iv.get(i).fromRequests()));
            }
            sb.append(iv.size() > 5 ? ", …)" : ")");
        }
        return sb.toString();
    }

    private static String name(String option) {
        return option.equals(BreakEvenAnalysis.LAMBDA) ? "Lambda" : option;
    }

    public List<String> availableEc2Types() {
        return Choices.ec2Types(region.get());
    }

    public List<String> regions() {
        return Choices.regions();
    }

    public List<String> ruleSets() {
        return Settings.RULES.type().choices();
    }

    /** Memory range and step of the selected billing rules, for the slider: {min, max, step}. */
    public int[] memoryLimits() {
        Choices.MemoryRange r = Choices.memory(rules.get());
        return new int[] {r.min(), r.max(), r.step()};
    }

    public IntegerProperty memoryMbProperty() {
        return memoryMb;
    }

    public DoubleProperty durationMsProperty() {
        return durationMs;
    }

    public StringProperty archProperty() {
        return arch;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty rulesProperty() {
        return rules;
    }

    public BooleanProperty freeTierProperty() {
        return freeTier;
    }

    public DoubleProperty initMsProperty() {
        return initMs;
    }

    public DoubleProperty coldRatioProperty() {
        return coldRatio;
    }

    public DoubleProperty cpuFractionProperty() {
        return cpuFraction;
    }

    public StringProperty initRangeProperty() {
        return initRange;
    }

    public StringProperty cpuFractionRangeProperty() {
        return cpuFractionRange;
    }

    public ObservableList<String> ec2Types() {
        return ec2Types;
    }

    public IntegerProperty minInstancesProperty() {
        return minInstances;
    }

    public DoubleProperty targetUtilizationProperty() {
        return targetUtilization;
    }

    public DoubleProperty ec2DiscountProperty() {
        return ec2Discount;
    }

    public DoubleProperty lambdaSavingsPlanProperty() {
        return lambdaSavingsPlan;
    }

    public ReadOnlyObjectProperty<BreakEvenResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryErrorProperty() {
        return memoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How long the last recompute took, for the benchmark and a debug readout. */
    public long lastComputeNanos() {
        return lastComputeNanos.get();
    }
}
