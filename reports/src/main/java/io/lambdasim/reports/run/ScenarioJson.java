package io.lambdasim.reports.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.Metric;
import io.lambdasim.engine.MetricGroup;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.UsageStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON object of one scenario, shared by {@code simulate --json} and batch. Keys (the contract
 * of issue 4): invocations, coldStarts, coldStartRatio, throttled, timeouts, errors, dropped,
 * environments{created, peak, avgAlive, avgBusy, idleGbSeconds}, latencyMs{p50, p90, p99, max},
 * billing{billedMs, gbSeconds, initBilledMs, requests}, cost{requests, compute, provisioned, storage, snapStart,
 * total} (USD), observed{coldStarts, billedMs} when the trace carries them; plus further figures
 * and the configuration that produced them. The measured figures are the engine's {@link Metric}
 * declarations, written group by group under their keys.
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
        metrics(o, MetricGroup.TOP, t);
        o.put("horizonSeconds", num(r.simulation().horizonUs() / 1e6, 6));
        o.put("functions", r.simulation().functions().size());
        for (MetricGroup g : List.of(MetricGroup.ENVIRONMENTS, MetricGroup.LATENCY, MetricGroup.BILLING)) {
            group(o, g, t);
        }

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
            group(o, MetricGroup.OBSERVED, t);
        }
        // event sources (issue 18): totals over the functions that have a queue or a stream
        group(o, MetricGroup.SOURCES, t);
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
        WholeBills whole = WholeBills.of(r);
        if (whole.hasOptions()) {
            whole.writeJson(o);
        }
        return o;
    }

    /** The object of group {@code g} under {@code parent}: its metrics, then its child groups' objects. */
    static void group(ObjectNode parent, MetricGroup g, UsageStats t) {
        ObjectNode o = parent.putObject(g.jsonObject());
        metrics(o, g, t);
        for (MetricGroup child : MetricGroup.values()) {
            if (child.parent() == g) {
                group(o, child, t);
            }
        }
    }

    /** Every metric of group {@code g}, in declaration order, under its key. */
    static void metrics(ObjectNode o, MetricGroup g, UsageStats t) {
        for (Metric m : Metric.values()) {
            if (m.group() == g) {
                put(o, m, t);
            }
        }
    }

    static void put(ObjectNode o, Metric m, UsageStats t) {
        switch (m.kind()) {
            case COUNT: o.put(m.key(), t.count(m)); break;
            case EXACT: o.put(m.key(), decimal(t.exact(m), m.decimals())); break;
            // percentiles have always been written as rounded doubles (0 when unmeasured), the rest as plain decimals
            case PERCENTILE: o.put(m.key(), round(t.value(m), m.decimals())); break;
            default: o.put(m.key(), num(t.value(m), m.decimals()));
        }
    }

    /** The components of a Lambda bill under their JSON keys. */
    private static void costs(ObjectNode n, LambdaCost c) {
        n.put("requests", usd(c.requests()));
        n.put("compute", usd(c.compute()));
        n.put("provisioned", usd(c.provisioned()));
        n.put("storage", usd(c.storage()));
        n.put("snapStart", usd(c.snapStart()));
        n.put("total", usd(c.total()));
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
