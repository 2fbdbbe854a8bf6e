package io.lambdasim.reports.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.LatencySummary;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.UsageStats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JSON object of one scenario, shared by {@code simulate --json} and batch. Keys (the contract
 * of issue 4): invocations, coldStarts, coldStartRatio, throttled, timeouts, errors, dropped,
 * environments{created, peak, avgAlive, avgBusy, idleGbSeconds}, latencyMs{p50, p90, p99, max},
 * billing{billedMs, gbSeconds, initBilledMs, requests}, cost{requests, compute, provisioned, storage,
 * total} (USD), observed{coldStarts, billedMs} when the trace carries them; plus further figures
 * and the configuration that produced them.
 */
public final class ScenarioJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ScenarioJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(ScenarioResult r) {
        UsageStats t = r.simulation().total();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("scenario", r.options().name());
        o.put("invocations", t.invocations());
        o.put("coldStarts", t.coldStarts());
        o.put("coldStartRatio", num(t.coldStartRatio(), 6));
        o.put("warmStarts", t.warmStarts());
        o.put("throttled", t.throttled());
        o.put("timeouts", t.timeouts());
        o.put("errors", t.errors());
        o.put("outOfMemory", t.outOfMemory());
        o.put("retries", t.retries());
        o.put("dropped", t.dropped());
        o.put("warmerInvocations", t.warmerInvocations());
        o.put("peakConcurrency", t.peakConcurrency());
        o.put("horizonSeconds", num(r.simulation().horizonUs() / 1e6, 6));
        o.put("functions", r.simulation().functions().size());

        ObjectNode env = o.putObject("environments");
        env.put("created", t.environmentsCreated());
        env.put("provisioned", t.provisionedEnvironments());
        env.put("peak", t.peakEnvironments());
        env.put("avgAlive", num(t.avgAlive(), 6));
        env.put("avgBusy", num(t.avgBusy(), 6));
        env.put("idleGbSeconds", decimal(t.idleGbSeconds(), 6));

        latency(o.putObject("latencyMs"), t.latency());

        BillingUsage b = t.billing();
        ObjectNode billing = o.putObject("billing");
        billing.put("billedMs", num(b.billedMs(), 3));
        billing.put("gbSeconds", decimal(b.gbSeconds(), 6));
        billing.put("initBilledMs", num(b.initBilledMs(), 3));
        billing.put("requests", b.requests());
        billing.put("provisionedBilledMs", num(b.provisionedBilledUs() / 1000.0, 3));
        billing.put("provisionedGbSeconds", decimal(b.provisionedGbSeconds(), 6));
        billing.put("provisionedConfiguredGbSeconds", decimal(b.provisionedConfiguredGbSeconds(), 6));

        ObjectNode period = o.putObject("period");
        period.put("seconds", num(r.period().seconds(), 6));
        period.put("source", r.period().source().key());
        period.put("monthHours", num(r.options().month().hours(), 3));
        period.put("monthlyFactor", num(r.monthlyFactor(), 6));

        LambdaCost c = r.cost();
        ObjectNode cost = o.putObject("cost");
        costs(cost, c);
        if (t.invocations() > 0) {
            cost.put("perMillionInvocations", usd(c.total().multiply(BigDecimal.valueOf(1_000_000))
                    .divide(BigDecimal.valueOf(t.invocations()), 10, RoundingMode.HALF_EVEN)));
        }
        // a month of this workload: the same keys as cost (USD), and the invocations of that month
        ObjectNode monthly = o.putObject("monthly");
        costs(monthly, r.monthly());
        monthly.put("invocations", Math.round(t.invocations() * r.monthlyFactor()));
        monthly.put("billedRequests", Math.round(t.billing().requests() * r.monthlyFactor()));

        if (t.observed().isPresent()) {
            ObjectNode obs = o.putObject("observed");
            obs.put("coldStarts", t.observed().coldStarts());
            obs.put("billedMs", num(t.observed().billedMs(), 3));
            obs.put("rowsWithBilledDuration", t.observed().billedRows());
        }
        ObjectNode trace = o.putObject("trace");
        trace.put("format", r.trace().format());
        trace.put("rowsRead", r.trace().rowsRead());
        trace.put("rowsSkipped", r.trace().rowsSkipped());
        if (r.trace().rowsSkipped() > 0) {
            r.trace().firstSkipped().forEach(trace.putArray("firstSkipped")::add);
        }
        config(o.putObject("config"), r.options());
        for (ScenarioExtension.Result e : r.extensions()) {
            e.writeJson(o);
        }
        return o;
    }

    /** The components of a Lambda bill under their JSON keys. */
    private static void costs(ObjectNode n, LambdaCost c) {
        n.put("requests", usd(c.requests()));
        n.put("compute", usd(c.compute()));
        n.put("provisioned", usd(c.provisioned()));
        n.put("storage", usd(c.storage()));
        n.put("total", usd(c.total()));
    }

    private static void latency(ObjectNode l, LatencySummary s) {
        l.put("p50", round(s.p50Ms(), 3));
        l.put("p90", round(s.p90Ms(), 3));
        l.put("p99", round(s.p99Ms(), 3));
        l.put("max", num(s.maxMs(), 3));
        l.put("mean", num(s.meanMs(), 3));
    }

    private static void config(ObjectNode c, ScenarioOptions o) {
        SimulationConfig s = o.simulation();
        c.put("source", o.source().describe());
        c.put("memoryMb", s.memoryMb() < 0 ? "trace" : String.valueOf(s.memoryMb()));
        c.put("arch", o.arch());
        c.put("region", o.region());
        c.put("rules", o.rules());
        c.put("freeTier", o.freeTier());
        c.put("savingsPlan", o.savingsPlan());
        c.put("keepAlive", s.keepAlive().spec());
        c.put("reuse", s.reuse().name().toLowerCase(java.util.Locale.ROOT));
        c.put("timeout", Durations.format(s.timeoutUs()));
        c.put("concurrencyLimit", s.accountConcurrency());
        c.put("scaling", s.scaling().name());
        c.put("init", s.init().spec());
        c.put("cpuFraction", s.cpu().cpuFraction());
        c.put("threads", s.cpu().threads());
        c.put("provisioned", s.provisioned().toString());
        c.put("warmer", s.warmer().toString());
        c.put("seed", s.seed());
    }

    /** {@code v} rounded to {@code places} decimals as a plain decimal (no exponent in the JSON). */
    static BigDecimal num(double v, int places) {
        BigDecimal d = BigDecimal.valueOf(round(v, places)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static double round(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return 0;
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    static BigDecimal decimal(BigDecimal v, int places) {
        return v.setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** USD to a millionth of a cent at most (display rounding only; the bill itself is exact). */
    static BigDecimal usd(BigDecimal v) {
        BigDecimal r = v.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** Plain decimal text without exponent or trailing zeros ({@code 0.5}, {@code 12}). */
    static String decimalText(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
