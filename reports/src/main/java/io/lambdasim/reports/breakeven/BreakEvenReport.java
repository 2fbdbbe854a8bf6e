package io.lambdasim.reports.breakeven;

import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.BreakEvenBands;
import io.lambdasim.reports.uncertainty.OneAtATime;
import io.lambdasim.reports.uncertainty.Sensitivity;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CheapestInterval;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.pricing.breakeven.Ec2CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.pricing.breakeven.ManagedInstancesCostCurve;
import io.lambdasim.pricing.breakeven.StepCostCurve;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The analytic break-even as a table for people and a JSON tree for tools: Lambda, the EC2 options
 * and the Managed Instances options (the three curve families), their crossings with Lambda, and
 * the cheapest of all in every interval of monthly requests.
 */
public final class BreakEvenReport {

    private final PriceSource prices;
    private final LambdaProfile profile;
    private final List<Ec2CostCurve> curves;
    private final List<ManagedInstancesCostCurve> lmiCurves;
    private final BreakEvenResult result;
    /** With the bill around the function (issue 18): what it is, the function alone's result, each component's alone. */
    private AroundConfig around;
    private BreakEvenResult functionOnly;
    private Map<AroundBill.Component, BreakEvenResult> alone = Map.of();

    private final BreakEvenBands bands;

    public BreakEvenReport(PriceSource prices, LambdaProfile profile, List<Ec2CostCurve> curves, BreakEvenResult result) {
        this(prices, profile, curves, List.of(), result);
    }

    /** With Managed Instances options beside the EC2 ones: the three curve families. */
    public BreakEvenReport(PriceSource prices, LambdaProfile profile, List<Ec2CostCurve> curves,
                           List<ManagedInstancesCostCurve> lmiCurves, BreakEvenResult result) {
        this(prices, profile, curves, lmiCurves, result, null);
    }

    private BreakEvenReport(PriceSource prices, LambdaProfile profile, List<Ec2CostCurve> curves,
                            List<ManagedInstancesCostCurve> lmiCurves, BreakEvenResult result, BreakEvenBands bands) {
        this.prices = prices;
        this.profile = profile;
        this.curves = List.copyOf(curves);
        this.lmiCurves = List.copyOf(lmiCurves);
        this.result = result;
        this.bands = bands;
    }

    /** This report with the bands of what it is uncertain over. */
    public BreakEvenReport withBands(BreakEvenBands b) {
        return new BreakEvenReport(prices, profile, curves, lmiCurves, result, b);
    }

    /** Crossings as intervals and Lambda's cost as a ribbon over the uncertain inputs, or null. */
    public BreakEvenBands bands() {
        return bands;
    }

    /**
     * This report (whose result is of the whole bills) with the function alone's result beside it and
     * each component's own: the crossings with and without what surrounds the function.
     */
    public BreakEvenReport withFunctionOnly(AroundConfig around, BreakEvenResult functionOnly,
                                            Map<AroundBill.Component, BreakEvenResult> alone) {
        BreakEvenReport r = new BreakEvenReport(prices, profile, curves, lmiCurves, result);
        r.around = around;
        r.functionOnly = functionOnly;
        r.alone = alone.isEmpty() ? Map.of() : new java.util.EnumMap<>(alone); // component order: deterministic output
        return r;
    }

    /** The function alone's curves and crossings when the result is of whole bills, else null. */
    public BreakEvenResult functionOnly() {
        return functionOnly;
    }

    /**
     * Each priced component with its crossing when it alone is added to the function, the largest move
     * from the function alone's crossing first, for {@code option}'s first crossing.
     */
    public List<Map.Entry<AroundBill.Component, Double>> movers(String option) {
        if (functionOnly == null) {
            return List.of();
        }
        double base = first(functionOnly, option);
        List<Map.Entry<AroundBill.Component, Double>> out = new ArrayList<>();
        alone.forEach((c, res) -> out.add(Map.entry(c, first(res, option))));
        out.sort(java.util.Comparator.comparingDouble(e -> -moved(base, e.getValue())));
        return out;
    }

    /** How far {@code v} is from {@code base}, on a log scale; a crossing that appears or vanishes moves furthest. */
    static double moved(double base, double v) {
        if (Double.isNaN(base) || Double.isNaN(v)) {
            return Double.isNaN(base) == Double.isNaN(v) ? 0 : Double.MAX_VALUE;
        }
        return Math.abs(Math.log(v / base));
    }

    /** The first crossing of {@code option} with Lambda, NaN when none in range. */
    private static double first(BreakEvenResult res, String option) {
        List<Crossing> c = res.crossingsOf(option);
        return c.isEmpty() ? Double.NaN : c.get(0).requests();
    }

    /** The curves, crossings and cheapest intervals. */
    public BreakEvenResult result() {
        return result;
    }

    public LambdaProfile profile() {
        return profile;
    }

    public List<Ec2CostCurve> curves() {
        return curves;
    }

    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Lambda: %d MB %s, %s ms a request (%s)%n", profile.memoryMb(), profile.arch(),
                plain(profile.durationMs()), prices.describe()));
        if (!curves.isEmpty()) {
            rows(s, "EC2 option", curves, c -> c.name());
        }
        if (!lmiCurves.isEmpty()) {
            rows(s, "Managed Instances", lmiCurves, c -> c.instance().name());
        }
        if (!lmiCurves.isEmpty()) {
            s.append(String.format(Locale.ROOT, "  (instance at the on-demand price less the discount, plus the %s management "
                    + "fee on the on-demand price; $%s per million requests on top; at least %d instances)%n",
                    percent(prices.managedInstances().managementFeeShare()), prices.managedInstances().requestUsdPerMillion().toPlainString(),
                    lmiCurves.get(0).policy().minInstances()));
        }
        if (functionOnly != null) {
            s.append(String.format(Locale.ROOT, "Whole bills: the function plus %s; each instance plus its own fixed costs%n",
                    String.join(", ", alone.keySet().stream().sorted().map(AroundBill.Component::label).toList())));
            for (StepCostCurve c : allCurves()) {
                s.append(String.format(Locale.ROOT, "  %-20s break-even %s with them, %s for the function alone; moved most by %s%n",
                        c.name(), at(first(result, c.name())), at(first(functionOnly, c.name())), moversText(c.name())));
            }
        }
        s.append("Cheapest option by monthly requests:\n");
        for (CheapestInterval i : result.intervals()) {
            s.append(String.format(Locale.ROOT, "  %15s – %-15s %s%n", count(i.fromRequests()), count(i.toRequests()),
                    label(i.cheapest())));
        }
        for (String n : result.notes()) {
            s.append("Note: ").append(n).append('\n');
        }
        if (bands != null) {
            bandsTable(s);
        }
        return s.toString();
    }

    private void bandsTable(StringBuilder s) {
        OneAtATime runs = bands.runs();
        if (!runs.inputs().isEmpty()) {
            s.append("Break-even over the uncertain inputs (one at a time at each end of its range, effects added):\n");
            for (Ec2CostCurve c : curves) {
                Band b = bands.crossing(c.name());
                s.append(String.format(Locale.ROOT, "  %-22s %s%n", c.name(), b == null ? "no crossing at the central values"
                        : count(b.central()) + " requests/month (band " + count(b.low()) + " – " + count(b.high()) + ")"));
            }
            s.append(String.format(Locale.ROOT, "Sensitivity (which input moves the break-even most):%n  %-16s %-18s %-18s  %s%n",
                    "input", "low end", "high end", "break-even at low / high end"));
            for (Sensitivity x : runs.sensitivity(BreakEvenBands.LAMBDA_AT_BREAK_EVEN)) {
                List<String> parts = new ArrayList<>();
                for (Ec2CostCurve c : curves) {
                    runs.sensitivity(BreakEvenBands.crossingKey(c.name())).stream().filter(y -> y.input() == x.input()).findFirst()
                            .ifPresent(y -> parts.add(c.name() + " " + countOrNone(y.atLow()) + " / " + countOrNone(y.atHigh())));
                }
                s.append(String.format(Locale.ROOT, "  %-16s %-18s %-18s  %s; Lambda at the break-even %s / %s a month%n",
                        x.input().label(), x.lowValue(), x.highValue(), String.join(", ", parts), usdOrNone(x.atLow()),
                        usdOrNone(x.atHigh())));
            }
        }
        for (String n : bands.notes()) {
            s.append("Note: ").append(n).append('\n');
        }
    }

    private static String countOrNone(double v) {
        return Double.isNaN(v) ? "none" : count(v);
    }

    private static String usdOrNone(double v) {
        return Double.isNaN(v) ? "-" : usd(v);
    }

    private Map<String, Object> bandsJson() {
        OneAtATime runs = bands.runs();
        Map<String, Object> u = new LinkedHashMap<>();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (var in : runs.inputs()) {
            Sensitivity any = runs.sensitivity(BreakEvenBands.LAMBDA_AT_BREAK_EVEN).stream().filter(x -> x.input() == in)
                    .findFirst().orElseThrow();
            inputs.add(map("input", in.label(), "low", any.lowValue(), "high", any.highValue()));
        }
        u.put("inputs", inputs);
        List<Map<String, Object>> cross = new ArrayList<>();
        for (Ec2CostCurve c : curves) {
            Band b = bands.crossing(c.name());
            cross.add(map("type", c.name(), "breakEvenRequests", b == null ? null : Math.round(b.central()),
                    "low", b == null ? null : Math.round(b.low()), "high", b == null ? null : Math.round(b.high())));
        }
        u.put("breakEven", cross);
        List<double[]> ribbon = new ArrayList<>();
        for (int i = 0; i < bands.requests().length; i++) {
            ribbon.add(new double[] {bands.requests()[i], bands.lambdaLow()[i], bands.lambdaHigh()[i]});
        }
        u.put("lambdaRibbon", ribbon);
        List<Map<String, Object>> sens = new ArrayList<>();
        for (Sensitivity x : runs.sensitivity(BreakEvenBands.LAMBDA_AT_BREAK_EVEN)) {
            Map<String, Object> row = map("input", x.input().label(), "low", x.lowValue(), "high", x.highValue(),
                    "lambdaMonthlyAtBreakEvenLow", Double.isNaN(x.atLow()) ? null : round(x.atLow()),
                    "lambdaMonthlyAtBreakEvenHigh", Double.isNaN(x.atHigh()) ? null : round(x.atHigh()));
            Map<String, Object> be = new LinkedHashMap<>();
            for (Ec2CostCurve c : curves) {
                runs.sensitivity(BreakEvenBands.crossingKey(c.name())).stream().filter(y -> y.input() == x.input()).findFirst()
                        .ifPresent(y -> be.put(c.name(), map("atLow", Double.isNaN(y.atLow()) ? null : Math.round(y.atLow()),
                                "atHigh", Double.isNaN(y.atHigh()) ? null : Math.round(y.atHigh()))));
            }
            row.put("breakEvenRequests", be);
            sens.add(row);
        }
        u.put("sensitivity", sens);
        u.put("notes", bands.notes());
        return u;
    }

    /** One table row per option: its instance-month, its step width and where it crosses Lambda. */
    private <C extends StepCostCurve> void rows(StringBuilder s, String title, List<C> options, Function<C, String> name) {
        s.append(String.format(Locale.ROOT, "%-22s %16s %24s  %s%n", title, "$/instance-month",
                "requests/instance-month", "break-even (requests/month)"));
        for (C c : options) {
            List<Crossing> cross = result.crossingsOf(c.name());
            String be = cross.isEmpty() ? "none in " + count(result.fromRequests()) + " – " + count(result.toRequests())
                    : describe(cross);
            s.append(String.format(Locale.ROOT, "%-22s %16s %24s  %s%n", name.apply(c), usd(c.instanceMonthlyCost()),
                    Double.isInfinite(c.requestsPerInstance()) ? "unbounded" : count(c.requestsPerInstance()), be));
        }
    }

    private List<StepCostCurve> allCurves() {
        List<StepCostCurve> all = new ArrayList<>(curves);
        all.addAll(lmiCurves);
        return all;
    }

    private String moversText(String option) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<AroundBill.Component, Double> e : movers(option)) {
            parts.add(e.getKey().label() + " (alone: " + at(e.getValue()) + ")");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String at(double requests) {
        return Double.isNaN(requests) ? "none in range" : count(requests);
    }

    private static Object requests(double v) {
        return Double.isNaN(v) ? null : Math.round(v);
    }

    private static String describe(List<Crossing> cross) {
        List<String> parts = new ArrayList<>();
        for (Crossing c : cross) {
            parts.add(count(c.requests()) + " (" + label(c.cheaperAbove()) + " cheaper above)");
        }
        return String.join(", ", parts);
    }

    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", "analytic");
        Map<String, Object> lambda = new LinkedHashMap<>();
        lambda.put("memoryMb", profile.memoryMb());
        lambda.put("durationMs", profile.durationMs());
        lambda.put("arch", profile.arch());
        lambda.put("pricing", prices.describe());
        root.put("lambda", lambda);
        List<Map<String, Object>> options = new ArrayList<>();
        for (Ec2CostCurve c : curves) {
            Ec2Offer o = c.offer();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", o.name());
            m.put("hourlyUsd", o.hourlyUsd());
            m.put("vcpus", o.vcpus());
            m.put("memoryMb", o.memoryMb());
            m.put("burst", o.burst().name().toLowerCase(Locale.ROOT));
            m.put("monthlyCost", round(c.instanceMonthlyCost()));
            m.put("requestsPerInstance", Double.isInfinite(c.requestsPerInstance()) ? null : c.requestsPerInstance());
            List<Crossing> cross = result.crossingsOf(c.name());
            m.put("breakEvenRequests", cross.isEmpty() ? null : Math.round(cross.get(0).requests()));
            m.put("crossings", crossings(cross));
            options.add(m);
        }
        root.put("ec2", options);
        List<Map<String, Object>> lmi = new ArrayList<>();
        for (ManagedInstancesCostCurve c : lmiCurves) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("option", c.name());
            m.put("type", c.instance().name());
            m.put("hourlyUsd", c.instance().hourlyUsd());
            m.put("vcpus", c.instance().vcpus());
            m.put("memoryMb", c.instance().memoryMb());
            m.put("environmentsPerInstance", c.environmentsPerInstance());
            m.put("requestsPerEnvironment", c.requestsPerEnvironment());
            m.put("requestsPerInstance", c.requestsPerInstance());
            m.put("instanceMonthlyCost", round(c.instanceOnlyMonthlyCost()));
            m.put("managementFeeMonthlyCost", round(c.feeMonthlyCost()));
            m.put("usdPerMillionRequests", round(c.usdPerRequest() * 1e6));
            m.put("minInstances", c.policy().minInstances());
            m.put("targetUtilization", c.policy().targetUtilization());
            List<Crossing> cross = result.crossingsOf(c.name());
            m.put("breakEvenRequests", cross.isEmpty() ? null : Math.round(cross.get(0).requests()));
            m.put("crossings", crossings(cross));
            lmi.add(m);
        }
        root.put("lmi", lmi);
        root.put("crossings", crossings(result.crossings()));
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (CheapestInterval i : result.intervals()) {
            intervals.add(map("fromRequests", i.fromRequests(), "toRequests", i.toRequests(), "cheapest", i.cheapest()));
        }
        root.put("intervals", intervals);
        List<Map<String, Object>> series = new ArrayList<>();
        for (CostSeries cs : result.series()) {
            List<double[]> pts = new ArrayList<>();
            for (CostPoint p : cs.points()) {
                pts.add(new double[] {p.requests(), p.monthlyCost()});
            }
            series.add(map("option", cs.option(), "points", pts));
        }
        root.put("series", series);
        root.put("notes", result.notes());
        if (bands != null) {
            root.put("uncertainty", bandsJson());
        }
        if (functionOnly != null) {
            // issue 18: the crossings above are of whole bills; the function alone's, and what moved them
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("frontDoor", around.frontDoor().id());
            w.put("components", alone.keySet().stream().sorted().map(AroundBill.Component::key).toList());
            List<Map<String, Object>> opts = new ArrayList<>();
            for (StepCostCurve c : allCurves()) {
                List<Map<String, Object>> movers = new ArrayList<>();
                for (Map.Entry<AroundBill.Component, Double> e : movers(c.name())) {
                    movers.add(map("component", e.getKey().key(), "breakEvenRequests", requests(e.getValue())));
                }
                opts.add(map("option", c.name(), "breakEvenRequests", requests(first(result, c.name())),
                        "breakEvenRequestsFunctionOnly", requests(first(functionOnly, c.name())), "movedMostBy", movers));
            }
            w.put("options", opts);
            w.put("crossingsFunctionOnly", crossings(functionOnly.crossings()));
            functionOnly.series().stream().filter(cs -> cs.option().equals(BreakEvenAnalysis.LAMBDA)).findFirst()
                    .ifPresent(cs -> w.put("lambdaSeriesFunctionOnly",
                            cs.points().stream().map(p -> new double[] {p.requests(), p.monthlyCost()}).toList()));
            root.put("wholeBill", w);
        }
        return root;
    }

    private List<Map<String, Object>> crossings(List<Crossing> cross) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Crossing c : cross) {
            Map<String, Object> m = map("option", c.option(), "requests", Math.round(c.requests()),
                    "lambdaCost", round(c.lambdaCost()), "ec2Cost", round(c.ec2Cost()));
            // The price book's exact bill at the crossing: what 'lambdasim cost' prints for it.
            m.put("lambdaCostExact", prices.lambdaMonthly(profile, Math.round(c.requests())));
            m.put("cheaperAbove", c.cheaperAbove());
            m.put("atStep", c.atStep());
            m.put("instances", c.instances());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String label(String option) {
        return option.equals(BreakEvenAnalysis.LAMBDA) ? "Lambda" : io.lambdasim.reports.lmi.LmiOption.label(option);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static BigDecimal round(double usd) {
        return BigDecimal.valueOf(usd).setScale(4, RoundingMode.HALF_EVEN);
    }

    static String usd(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }

    static String count(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
