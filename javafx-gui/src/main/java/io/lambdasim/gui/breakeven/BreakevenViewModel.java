package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Example;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.chart.ChartData;
import io.lambdasim.gui.chart.Series;
import io.lambdasim.gui.form.SettingInputs;
import io.lambdasim.gui.form.SettingLabel;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CheapestInterval;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.charts.BreakEvenData;
import io.lambdasim.reports.lmi.LmiOption;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.BreakEvenBands;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.Choices;
import io.lambdasim.reports.usecase.UseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the break-even explorer and the one call into the library that turns it into curves,
 * crossings and the readout: {@link UseCases#breakEven}, exactly what {@code lambdasim breakeven}
 * runs, fed with the inputs as settings (the registry parses them and supplies every default). Every
 * input change recomputes at once (a few milliseconds), so the chart follows a dragged slider. An
 * input the registry refuses leaves the last answer on screen marked stale, with the reason. No
 * toolkit needed: tests drive it directly.
 */
public final class BreakevenViewModel {

    /** The function's inputs, in the form's order. */
    public static final List<Setting<?>> LAMBDA = List.of(Settings.MEMORY_MB, Settings.DURATION_MS, Settings.ARCH,
            Settings.REGION, Settings.RULES, Settings.FREE_TIER, Settings.INIT_MS, Settings.COLD_RATIO,
            Settings.CPU_FRACTION, Settings.THREADS, Settings.INIT_RANGE, Settings.CPU_FRACTION_RANGE, Settings.SAVINGS_PLAN);
    /** The EC2 fleets' inputs. */
    public static final List<Setting<?>> EC2 = List.of(Settings.EC2, Settings.MIN_INSTANCES, Settings.TARGET_UTILIZATION,
            Settings.EC2_DISCOUNT);
    /**
     * The third option, Lambda Managed Instances: none until an instance type is chosen, then the same
     * curve {@code lambdasim breakeven --lmi-instance TYPE} draws.
     */
    public static final List<Setting<?>> MANAGED_INSTANCES = List.of(Settings.LMI_INSTANCE, Settings.LMI_MIN,
            Settings.LMI_MAX, Settings.LMI_MAX_CONCURRENCY, Settings.LMI_TARGET_CPU);

    private final SettingInputs inputs = new SettingInputs(concat(LAMBDA, EC2, MANAGED_INSTANCES));

    private final ReadOnlyObjectWrapper<BreakEvenResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart", ChartData.EMPTY);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper staleReason = new ReadOnlyStringWrapper(this, "staleReason", "");
    private final ReadOnlyStringWrapper memoryError = new ReadOnlyStringWrapper(this, "memoryError", "");
    private long lastComputeNanos;

    /** Opens on the bundled example (a 512 MB, 200 ms function against three EC2 types). */
    public BreakevenViewModel() {
        inputs.apply(Example.settings());
        for (Observable o : inputs.observables()) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    @SafeVarargs
    private static List<Setting<?>> concat(List<Setting<?>>... groups) {
        List<Setting<?>> all = new ArrayList<>();
        for (List<Setting<?>> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    /** Remembers every input between runs. */
    public void remember(AppPrefs prefs) {
        inputs.remember(prefs);
    }

    public SettingInputs inputs() {
        return inputs;
    }

    /** Sets one input as a user would type it. */
    public void set(Setting<?> s, String text) {
        inputs.set(s, text);
    }

    /** Runs the analysis for the current inputs; a refused input marks the last answer stale. */
    public void recompute() {
        long t0 = System.nanoTime();
        memoryError.set(memoryProblem());
        try {
            BreakEvenReport report = UseCases.breakEven(BreakEvenRequest.from(settings()));
            BreakEvenResult r = report.result();
            result.set(r);
            chart.set(chartOf(r, report.bands()));
            readout.set(readoutOf(r) + intervalsOf(r, report.bands()));
            notes.set(String.join("; ", r.notes()));
            staleReason.set("");
            stale.set(false);
        } catch (SettingException e) {
            markStale(e.describe(SettingLabel.of(e.setting())));
        } catch (RuntimeException e) {
            markStale(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        lastComputeNanos = System.nanoTime() - t0;
    }

    private void markStale(String why) {
        String reason = SettingLabel.plain(why);
        staleReason.set(reason);
        stale.set(result.get() != null);
        readout.set(result.get() == null ? "No answer yet: " + reason
                : "Not updated: " + reason + ". The chart still shows the last valid inputs.");
    }

    /** Said next to the memory field: each billing era has its own range (aws-2014: 128..1536 MB). */
    private String memoryProblem() {
        String rules = inputs.get(Settings.RULES);
        String text = inputs.get(Settings.MEMORY_MB);
        try {
            int mb = Settings.MEMORY_MB.parse(text);
            Choices.MemoryRange lim = Choices.memory(Settings.RULES.parse(rules));
            return lim.contains(mb) ? "" : mb + " MB is outside " + lim.min() + ".." + lim.max() + " MB under " + rules;
        } catch (IllegalArgumentException e) {
            return ""; // the field's own problem says it
        }
    }

    /** The inputs as settings, the way {@code lambdasim breakeven} receives them from its options. */
    public SettingValues settings() {
        return inputs.values();
    }

    /**
     * Curves and crossings for the chart. A month the free tier covers costs $0, which a log axis
     * cannot show: a curve starts at its first cost above zero (the readout says where Lambda is free).
     */
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
            List<CostPoint> paid = s.points().stream().filter(p -> p.monthlyCost() > 0).toList();
            if (paid.isEmpty()) {
                continue;
            }
            double[] x = paid.stream().mapToDouble(CostPoint::requests).toArray();
            double[] y = paid.stream().mapToDouble(CostPoint::monthlyCost).toArray();
            out.add(Series.line(name(s.option()), x, y));
        }
        if (banded) {
            out.add(Series.bound(LAMBDA_LOW, bands.requests(), floor(bands.lambdaLow())));
            out.add(Series.bound(LAMBDA_HIGH, bands.requests(), floor(bands.lambdaHigh())));
        }
        List<Crossing> shown = labelled(r.crossings()).stream().filter(c -> c.lambdaCost() > 0).toList();
        if (!shown.isEmpty()) {
            double[] x = shown.stream().mapToDouble(Crossing::requests).toArray();
            double[] y = shown.stream().mapToDouble(Crossing::lambdaCost).toArray();
            String[] labels = new String[shown.size()];
            for (int i = 0; i < labels.length; i++) {
                Crossing c = shown.get(i);
                Band b = banded && isFirst(r, c) ? bands.crossing(c.option()) : null;
                labels[i] = name(c.option()) + " · " + Units.count(c.requests()) + (b == null || !(b.low() < b.high()) ? ""
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

    /**
     * "Below 17 M requests/month Lambda is cheaper; above, t4g.small." Preceded, when the free tier
     * covers the bill at the low end, by where Lambda stops being free.
     */
    static String readoutOf(BreakEvenResult r) {
        List<CheapestInterval> iv = r.intervals();
        if (iv.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String free = freeUpTo(r);
        if (!free.isEmpty()) {
            sb.append(free).append(' ');
        }
        if (iv.size() == 1) {
            sb.append(name(iv.get(0).cheapest())).append(" is cheapest everywhere between ")
                    .append(Units.count(r.fromRequests())).append(" and ").append(Units.count(r.toRequests()))
                    .append(" requests/month.");
            return sb.toString();
        }
        sb.append("Below ").append(Units.count(iv.get(0).toRequests())).append(" requests/month ")
                .append(name(iv.get(0).cheapest())).append(" is cheaper; above, ").append(name(iv.get(1).cheapest()));
        if (iv.size() > 2) {
            sb.append(" (then ");
            for (int i = 2; i < Math.min(iv.size(), 5); i++) {
                sb.append(i > 2 ? ", " : "").append(name(iv.get(i).cheapest())).append(" above ")
                        .append(Units.count(iv.get(i).fromRequests()));
            }
            sb.append(iv.size() > 5 ? ", …)" : ")");
        }
        return sb.append('.').toString();
    }

    /** "Lambda is free up to about 1 M requests/month (the free tier)." when its cheapest months cost $0. */
    private static String freeUpTo(BreakEvenResult r) {
        for (CostSeries s : r.series()) {
            if (!s.option().equals(BreakEvenAnalysis.LAMBDA) || s.points().isEmpty() || s.points().get(0).monthlyCost() > 0) {
                continue;
            }
            CostPoint lastFree = s.points().get(0);
            CostPoint firstPaid = null;
            for (CostPoint p : s.points()) {
                if (p.monthlyCost() > 0) {
                    firstPaid = p;
                    break;
                }
                lastFree = p;
            }
            // The samples bracket where the free tier runs out; say the middle of the bracket, rounded.
            double edge = firstPaid == null ? lastFree.requests() : Math.sqrt(lastFree.requests() * firstPaid.requests());
            return firstPaid == null ? "Lambda is free over the whole range (the free tier)."
                    : "Lambda is free up to about " + Units.count(edge) + " requests/month (the free tier).";
        }
        return "";
    }

    /** "Lambda", "t4g.small", "Managed Instances (m7g.large)": the names the CLI's table uses. */
    private static String name(String option) {
        return option.equals(BreakEvenAnalysis.LAMBDA) ? "Lambda" : LmiOption.label(option);
    }

    /**
     * The explorer's answer for the report writer: one record whose chart is this break-even and whose
     * sentence is the readout; nothing while the inputs are refused.
     */
    public List<ScenarioRecord> analysis() {
        BreakEvenResult r = result.get();
        if (r == null || stale.get()) {
            return List.of();
        }
        ScenarioOutcome o = new ScenarioOutcome(Map.of(), List.of(), BreakEvenData.of(r, Double.NaN), null, null,
                List.of(), List.of());
        return List.of(new ScenarioRecord(0, 1, "Break-even explorer", settings().asMap(), ResultColumns.OK,
                readout.get(), o));
    }

    public List<String> availableEc2Types() {
        return Choices.ec2Types(inputs.get(Settings.REGION));
    }

    public List<String> regions() {
        return Choices.regions();
    }

    public List<String> ruleSets() {
        return Settings.RULES.type().choices();
    }

    /** Memory range and step of the selected billing rules, for the slider: {min, max, step}. */
    public int[] memoryLimits() {
        String rules;
        try {
            rules = Settings.RULES.parse(inputs.get(Settings.RULES));
        } catch (IllegalArgumentException e) {
            rules = Settings.RULES.defaultText();
        }
        Choices.MemoryRange r = Choices.memory(rules);
        return new int[] {r.min(), r.max(), r.step()};
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

    /** EC2 options the analysis left out, and why. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** True while the inputs are refused and the chart still shows the last valid answer. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Why the answer is stale ("Duration (ms) '12x': expected ..."), empty when it is current. */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryErrorProperty() {
        return memoryError.getReadOnlyProperty();
    }

    /** How long the last recompute took, for the benchmark and a debug readout. */
    public long lastComputeNanos() {
        return lastComputeNanos;
    }
}
