package io.lambdasim.reports.uncertainty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario's figures over what it is uncertain about ({@link UncertainInputs}): the scenario run
 * again with each input at each end of its range ({@link OneAtATime}), each figure reported as its
 * central value with a low–high band, and the sensitivity of the monthly cost. Added to the
 * scenario's result like an extension's: {@code simulate} prints it, its JSON gains an
 * {@code uncertainty} object, and batch gains {@code *_low}/{@code *_high} columns.
 */
public final class ScenarioUncertainty implements ScenarioExtension.Result {

    /** The figures banded, in the JSON's names (per month: USD for a month of the workload). */
    public static final List<String> FIGURES = List.of("coldStarts", "coldStartRatio", "environmentsCreated", "billedMs",
            "gbSeconds", "initBilledMs", "latencyP99Ms", "monthlyRequests", "monthlyCompute", "monthlyTotal", "periodTotal");

    /** The figure the sensitivity table ranks inputs by. */
    public static final String HEADLINE = "monthlyTotal";

    /** results.csv columns: a figure's band → its low and high columns. */
    static final Map<String, String> COLUMNS = Map.of("coldStarts", "cold_starts", "coldStartRatio", "cold_start_ratio",
            "monthlyTotal", "lambda_monthly_usd");

    private final UncertainInputs inputs;
    private final OneAtATime runs;
    /** The runs at the ends themselves, for charts drawn from a whole result (the break-even's ribbon). */
    private final List<ScenarioResult> ends;

    public ScenarioUncertainty(UncertainInputs inputs, OneAtATime runs) {
        this(inputs, runs, List.of());
    }

    public ScenarioUncertainty(UncertainInputs inputs, OneAtATime runs, List<ScenarioResult> ends) {
        this.inputs = inputs;
        this.runs = runs;
        this.ends = List.copyOf(ends);
    }

    /** The scenario's results at each end of each range, in {@link OneAtATime#runs()} order. */
    public List<ScenarioResult> ends() {
        return ends;
    }

    /** The scenario run at both ends of each uncertain input (no runs when there is none: null). */
    public static ScenarioUncertainty evaluate(ScenarioRunner runner, ScenarioOptions options, ScenarioResult central,
                                              ProgressListener listener) {
        UncertainInputs in = options.uncertain();
        if (in.isEmpty()) {
            return null;
        }
        List<OneAtATime.Run> list = new ArrayList<>();
        List<ScenarioResult> ends = new ArrayList<>();
        for (UncertainInputs.Variant v : in.variants(options.simulation())) {
            ScenarioResult r = runner.run(options.withSimulation(v.config()).certain(), listener);
            list.add(new OneAtATime.Run(v.input(), v.high(), v.value(), figures(r)));
            ends.add(r);
        }
        return new ScenarioUncertainty(in, new OneAtATime(figures(central), list), ends);
    }

    /** The banded figures of one run. */
    public static Map<String, Double> figures(ScenarioResult r) {
        UsageStats t = r.simulation().total();
        BillingUsage b = t.billing();
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("invocations", (double) t.invocations());
        f.put("coldStarts", (double) t.coldStarts());
        f.put("coldStartRatio", t.coldStartRatio());
        f.put("environmentsCreated", (double) t.environmentsCreated());
        f.put("billedMs", b.billedMs());
        f.put("gbSeconds", b.gbSeconds().doubleValue());
        f.put("initBilledMs", b.initBilledMs());
        f.put("latencyP99Ms", t.latency().p99Ms());
        f.put("monthlyRequests", r.monthly().requests().doubleValue());
        f.put("monthlyCompute", r.monthly().compute().doubleValue());
        f.put("monthlyTotal", r.monthly().total().doubleValue());
        f.put("periodTotal", r.cost().total().doubleValue());
        return f;
    }

    public OneAtATime runs() {
        return runs;
    }

    public Band band(String figure) {
        return runs.band(figure);
    }

    @Override
    public void writeJson(ObjectNode scenario) {
        ObjectNode u = scenario.putObject("uncertainty");
        u.put("method", "one at a time: each input at each end of its range, the others central; band = central plus "
                + "each input's effect at its worse end");
        ArrayNode ins = u.putArray("inputs");
        for (UncertainInput in : runs.inputs()) {
            ObjectNode i = ins.addObject();
            i.put("input", in.label());
            i.put("low", inputs.describe(in, false));
            i.put("high", inputs.describe(in, true));
        }
        ObjectNode figs = u.putObject("figures");
        for (String name : FIGURES) {
            Band b = runs.band(name);
            if (b != null) {
                ObjectNode o = figs.putObject(name);
                o.put("central", round(b.central()));
                o.put("low", round(b.low()));
                o.put("high", round(b.high()));
            }
        }
        ArrayNode sens = u.putArray("sensitivity");
        for (Sensitivity s : runs.sensitivity(HEADLINE)) {
            ObjectNode o = sens.addObject();
            o.put("input", s.input().label());
            o.put("low", s.lowValue());
            o.put("high", s.highValue());
            o.put("monthlyTotalAtLow", round(s.atLow()));
            o.put("monthlyTotalAtHigh", round(s.atHigh()));
            o.put("monthlyTotalSwing", round(s.swing()));
            o.put("coldStartsAtLow", round(runs.sensitivity("coldStarts").stream().filter(x -> x.input() == s.input())
                    .findFirst().map(Sensitivity::atLow).orElse(Double.NaN)));
            o.put("coldStartsAtHigh", round(runs.sensitivity("coldStarts").stream().filter(x -> x.input() == s.input())
                    .findFirst().map(Sensitivity::atHigh).orElse(Double.NaN)));
        }
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> f = new LinkedHashMap<>();
        for (String name : List.of("coldStarts", "coldStartRatio", "monthlyTotal")) {
            Band b = runs.band(name);
            if (b == null) {
                continue;
            }
            String col = COLUMNS.get(name);
            int places = name.equals("coldStartRatio") ? 6 : name.equals("monthlyTotal") ? 2 : 0;
            f.put(col + "_low", plain(b.low(), places));
            f.put(col + "_high", plain(b.high(), places));
        }
        // the cost per million invocations over the covered period: the period's bill over the same
        // invocations at every end (the trace does not change), so its band is the period total's, scaled
        Band p = runs.band("periodTotal");
        double invocations = runs.central().getOrDefault("invocations", 0.0);
        if (p != null && invocations > 0) {
            f.put(PER_1M + "_low", plain(p.low() * 1e6 / invocations, 4));
            f.put(PER_1M + "_high", plain(p.high() * 1e6 / invocations, 4));
        }
        UncertainInput most = runs.mostSensitive(HEADLINE);
        f.put(MOST_SENSITIVE, most == null ? "" : most.label());
        return f;
    }

    /** The results.csv column naming the input that moves the monthly cost most. */
    public static final String MOST_SENSITIVE = "most_sensitive_input";

    /** The results.csv columns this adds, in order. */
    public static final List<String> CSV_COLUMNS = List.of("cold_starts_low", "cold_starts_high", "cold_start_ratio_low",
            "cold_start_ratio_high", "lambda_monthly_usd_low", "lambda_monthly_usd_high", "lambda_usd_per_1m_invocations_low",
            "lambda_usd_per_1m_invocations_high", MOST_SENSITIVE);

    /** results.csv's cost per million invocations, whose band the report's sizing chart draws as a ribbon. */
    private static final String PER_1M = "lambda_usd_per_1m_invocations";

    @Override
    public List<String> summaryLines() {
        List<String> out = new ArrayList<>();
        out.add("Uncertain inputs (each figure: central value and its band over their ranges, one at a time):");
        for (UncertainInput in : runs.inputs()) {
            out.add(String.format(Locale.ROOT, "  %-14s %s .. %s", in.label(), inputs.describe(in, false), inputs.describe(in, true)));
        }
        line(out, "cold starts", "coldStarts", "%,.0f", "");
        line(out, "environments", "environmentsCreated", "%,.0f", " created");
        line(out, "billed", "billedMs", "%,.0f", " ms");
        line(out, "p99 latency", "latencyP99Ms", "%,.1f", " ms");
        Band m = runs.band("monthlyTotal");
        if (m != null) {
            out.add(String.format(Locale.ROOT, "  %-14s $%,.2f/month (band $%,.2f to $%,.2f)", "Lambda total", m.central(),
                    m.low(), m.high()));
        }
        out.add("Sensitivity of the monthly total (one input at each end, the others central; largest swing first):");
        out.add(String.format(Locale.ROOT, "  %-16s %-36s %-36s %14s %14s %12s", "input", "low end", "high end", "$/month at low",
                "at high", "swing"));
        for (Sensitivity s : runs.sensitivity(HEADLINE)) {
            out.add(String.format(Locale.ROOT, "  %-16s %-36s %-36s %14s %14s %12s", s.input().label(), clip(s.lowValue()),
                    clip(s.highValue()), usd(s.atLow()), usd(s.atHigh()), usd(s.swing())));
        }
        return out;
    }

    private void line(List<String> out, String label, String figure, String format, String unit) {
        Band b = runs.band(figure);
        if (b != null) {
            out.add(String.format(Locale.ROOT, "  %-14s " + format + "%s (band " + format + " to " + format + ")", label,
                    b.central(), unit, b.low(), b.high()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 36 ? s : s.substring(0, 35) + "~";
    }

    private static String usd(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "$%,.2f", v);
    }

    private static BigDecimal round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String plain(double v, int places) {
        return Double.isNaN(v) ? "" : BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
