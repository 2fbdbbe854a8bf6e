package io.lambdasim.reports.breakeven;

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

    public BreakEvenReport(PriceSource prices, LambdaProfile profile, List<Ec2CostCurve> curves, BreakEvenResult result) {
        this(prices, profile, curves, List.of(), result);
    }

    /** With Managed Instances options beside the EC2 ones: the three curve families. */
    public BreakEvenReport(PriceSource prices, LambdaProfile profile, List<Ec2CostCurve> curves,
                           List<ManagedInstancesCostCurve> lmiCurves, BreakEvenResult result) {
        this.prices = prices;
        this.profile = profile;
        this.curves = List.copyOf(curves);
        this.lmiCurves = List.copyOf(lmiCurves);
        this.result = result;
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
        s.append("Cheapest option by monthly requests:\n");
        for (CheapestInterval i : result.intervals()) {
            s.append(String.format(Locale.ROOT, "  %15s – %-15s %s%n", count(i.fromRequests()), count(i.toRequests()),
                    label(i.cheapest())));
        }
        for (String n : result.notes()) {
            s.append("Note: ").append(n).append('\n');
        }
        return s.toString();
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
