package io.lambdasim.reports.lmi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.lmi.CapacityProviderConfig;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.pricing.ManagedInstancesBill;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.slo.LatencySlo;
import io.lambdasim.reports.slo.SloSubject;
import io.lambdasim.reports.slo.SloVerdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scenario's Managed Instances option measured and cost: the {@code lmi} block of the JSON,
 * the {@code lmi_*} columns of results.csv, and the lines {@code lambdasim simulate} prints. Money
 * says its period: {@code cost} over the scenario's covered period, {@code monthly} that period
 * projected to the scenario's month (730 hours unless {@code hours} says otherwise).
 */
public record LmiOutcome(LmiOption option, ManagedInstancesResult result, LmiOption.Bills bills)
        implements ScenarioExtension.Result, SloSubject {

    @Override
    public List<SloVerdict> verdicts(LatencySlo slo) {
        return List.of(SloVerdict.lmi(slo, option.name(), result, bills.monthly().total().doubleValue()));
    }

    /** The results.csv columns this option fills, in order. */
    public static final List<String> COLUMNS = List.of("lmi_usd", "lmi_monthly_usd", "lmi_instances_min",
            "lmi_instances_mean", "lmi_instances_peak", "lmi_instance_hours", "lmi_throttles", "lmi_latency_p50_ms",
            "lmi_latency_p99_ms");

    @Override
    public void writeJson(ObjectNode scenario) {
        ManagedInstancesResult r = result;
        CapacityProviderConfig c = option.config();
        ObjectNode n = scenario.putObject("lmi");
        n.put("option", option.name());
        n.put("instanceType", option.offer().name());
        ObjectNode inst = n.putObject("instances");
        inst.put("min", r.minInstances());
        inst.put("mean", round(r.meanInstances(), 6));
        inst.put("peak", r.peakInstances());
        n.put("instanceHours", round(r.instanceHours(), 6));
        n.put("launches", r.launches());
        n.put("invocations", r.invocations());
        n.put("executed", r.executed());
        n.put("throttled", r.throttled());
        n.put("throttleEvents", r.throttleEvents());
        n.put("retries", r.retries());
        n.put("dropped", r.dropped());
        n.put("coldStarts", r.coldStarts());
        ObjectNode lat = n.putObject("latencyMs");
        lat.put("p50", round(r.latency().p50Ms(), 3));
        lat.put("p90", round(r.latency().p90Ms(), 3));
        lat.put("p99", round(r.latency().p99Ms(), 3));
        lat.put("max", round(r.latency().maxMs(), 3));
        ObjectNode env = n.putObject("environments");
        env.put("memoryMb", r.environment().memoryMb());
        env.put("vcpus", r.environment().vcpus());
        env.put("maxConcurrency", r.environment().maxConcurrency());
        env.put("perInstance", r.environmentsPerInstance());
        env.put("started", r.environmentsStarted());
        env.put("peak", r.peakEnvironments());
        env.put("mean", round(r.meanEnvironments(), 6));
        ObjectNode conc = n.putObject("concurrency");
        conc.put("peakPerEnvironment", r.peakEnvironmentConcurrency());
        conc.put("meanPerEnvironment", round(r.meanEnvironmentConcurrency(), 6));
        n.put("cpuUtilization", round(r.cpuUtilization(), 6));
        n.put("contentionFactor", round(r.contentionFactor(), 6));
        n.put("periodSeconds", round(r.periodSeconds(), 6));
        money(n.putObject("cost"), bills.period());
        money(n.putObject("monthly"), bills.monthly());
        n.put("discount", bills.period().discount());
        ObjectNode cfg = n.putObject("config");
        cfg.put("runtime", option.runtime());
        cfg.put("minInstances", c.minInstances());
        cfg.put("maxInstances", c.maxInstances());
        cfg.put("minEnvironments", c.minEnvironments());
        cfg.put("targetCpu", round(c.targetUtilization(), 6));
        cfg.put("reaction", io.lambdasim.engine.Durations.format(c.reactionUs()));
        cfg.put("step", c.step());
        cfg.put("launchDelay", io.lambdasim.engine.Durations.format(c.launchDelayUs()));
        cfg.put("cooldown", io.lambdasim.engine.Durations.format(c.cooldownUs()));
        cfg.put("feeSource", option.price().source());
    }

    private static void money(ObjectNode o, ManagedInstancesBill b) {
        o.put("instances", usd(b.instances()));
        o.put("managementFee", usd(b.managementFee()));
        o.put("requests", usd(b.requests()));
        o.put("total", usd(b.total()));
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lmi_usd", cents(bills.period().total()));
        m.put("lmi_monthly_usd", cents(bills.monthly().total()));
        m.put("lmi_instances_min", Integer.toString(result.minInstances()));
        m.put("lmi_instances_mean", plain(result.meanInstances(), 3));
        m.put("lmi_instances_peak", Integer.toString(result.peakInstances()));
        m.put("lmi_instance_hours", plain(result.instanceHours(), 3));
        m.put("lmi_throttles", Long.toString(result.throttled()));
        m.put("lmi_latency_p50_ms", plain(result.latency().p50Ms(), 3));
        m.put("lmi_latency_p99_ms", plain(result.latency().p99Ms(), 3));
        return m;
    }

    @Override
    public List<String> summaryLines() {
        ManagedInstancesResult r = result;
        ManagedInstancesBill p = bills.period();
        return List.of(
                String.format(Locale.ROOT, "Lambda Managed Instances on %s: %s instances (%.2f on average, %,.2f instance-hours), "
                                + "%,d environments at peak, CPU %.0f%%, %,d throttled, latency p50 %.1f ms, p99 %.1f ms, %d cold starts",
                        option.offer().name(), r.minInstances() == r.peakInstances() ? Integer.toString(r.peakInstances())
                                : r.minInstances() + "–" + r.peakInstances(), r.meanInstances(), r.instanceHours(),
                        r.peakEnvironments(), 100 * r.cpuUtilization(), r.throttled(), r.latency().p50Ms(), r.latency().p99Ms(),
                        r.coldStarts()),
                String.format(Locale.ROOT, "  over the covered period: instances $%,.4f + management fee $%,.4f + requests $%,.4f = $%,.4f;"
                                + " $%,.2f/month", p.instances(), p.managementFee(), p.requests(), p.total(),
                        bills.monthly().total()));
    }

    /** Managed Instances are Lambda functions: the same front door, triggers, network and logs as Lambda's. */
    @Override
    public List<io.lambdasim.reports.run.WholeBills.Option> wholeBillOptions(BigDecimal lambdaAround) {
        return List.of(new io.lambdasim.reports.run.WholeBills.Option(option.name(), bills.monthly().total(), lambdaAround));
    }

    /** The period's total, for the cheapest-option comparison. */
    public BigDecimal periodTotal() {
        return bills.period().total();
    }

    private static BigDecimal usd(BigDecimal v) {
        BigDecimal r = v.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static BigDecimal round(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String plain(double v, int places) {
        return round(v, places).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
