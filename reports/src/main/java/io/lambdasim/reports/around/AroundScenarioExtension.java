package io.lambdasim.reports.around;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.FunctionConfig;
import io.lambdasim.engine.Metric;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.pricing.AroundUsage;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bill around the function of a simulated scenario (issue 18): the engine's usage (requests,
 * events, messages, batches, records, shards) counted per function by what invokes it, projected to
 * the month as Lambda's usage is, and priced by {@link AroundBilling}. Adds {@code frontDoor,
 * triggers, network, logs} to the scenario's {@code cost} (the covered period) and {@code monthly}
 * objects, an {@code around} object with the month's lines, the results.csv columns
 * ({@link #COLUMNS}) and the summary lines of {@code simulate}.
 */
public final class AroundScenarioExtension implements ScenarioExtension {

    /** results.csv columns, the covered period's then the month's (USD, 2 decimals). */
    public static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (Component k : Component.values()) {
            c.add(k.column() + "_usd");
        }
        for (Component k : Component.values()) {
            c.add(k.column() + "_monthly_usd");
        }
        return List.copyOf(c);
    }

    @Override
    public void check(ScenarioOptions options) {
        AroundSettings.from(options.settings());
    }

    @Override
    public Result run(ScenarioOptions options, ScenarioResult lambda) {
        AroundConfig config = AroundSettings.from(options.settings());
        AroundBilling billing = new AroundBilling(AroundPrices.loadDefault(), config, options.freeTier());
        AroundBill monthly = billing.month(usage(lambda, options.region()));
        AroundBill period = monthly.times(lambda.period().shareOf(options.month()));
        return new Outcome(config, monthly, period);
    }

    /**
     * A month of what the surroundings bill for: each function's counts by its source (a function
     * without one splits by each row's trigger: its queued events are async, the rest sync) times
     * the month's factor.
     */
    static AroundUsage usage(ScenarioResult r, String region) {
        return usage(r.simulation(), r.monthlyFactor(), region, r.options().month().hours());
    }

    /**
     * A month of what the surroundings of {@code sim}'s functions bill for, {@code k} being how many
     * times the simulated period fits in a month of {@code hours} (the trace break-even's Lambda side
     * at each traffic factor, and {@code simulate}'s).
     */
    public static AroundUsage usage(SimulationResult sim, double k, String region, double hours) {
        long sync = 0, events = 0, firings = 0, sqsMessages = 0, sqsBatches = 0, sqsBatched = 0, records = 0, shards = 0,
                reads = 0;
        for (UsageStats f : sim.functions()) {
            FunctionConfig c = sim.config().settingsFor(f.name());
            SourceKind kind = c.source();
            long messages = f.count(Metric.MESSAGES);
            if (kind == null) {
                events += messages;
                sync += Math.max(0, f.invocations() - messages);
                continue;
            }
            switch (kind) {
                case SYNC: sync += f.invocations(); break;
                case ASYNC: events += messages; break;
                case SCHEDULE: firings += f.invocations(); break;
                case SQS:
                    sqsMessages += messages;
                    sqsBatches += f.count(Metric.BATCHES);
                    sqsBatched += f.count(Metric.BATCHED_MESSAGES);
                    break;
                case KINESIS:
                    records += messages;
                    shards += c.stream().shards();
                    break;
                case DYNAMODB_STREAMS: reads += f.count(Metric.BATCHES); break;
                default: break;
            }
        }
        return new AroundUsage(region, hours, month(sync, k), month(events, k), month(firings, k),
                month(sqsMessages, k), month(sqsBatches, k), month(sqsBatched, k), month(records, k), shards, month(reads, k),
                month(sim.total().billing().requests(), k));
    }

    /** A month of the scenario's synchronous requests: the responses EC2 would send out too. */
    public static long monthlySyncRequests(ScenarioResult r) {
        return usage(r, r.options().region()).syncRequests();
    }

    private static long month(long count, double factor) {
        return Math.round(count * factor);
    }

    /** What one scenario's surroundings cost. */
    record Outcome(AroundConfig config, AroundBill monthly, AroundBill period) implements Result {

        @Override
        public void writeJson(ObjectNode scenario) {
            AroundJson.components((ObjectNode) scenario.get("cost"), period);
            AroundJson.components((ObjectNode) scenario.get("monthly"), monthly);
            ObjectNode a = scenario.putObject("around");
            a.put("frontDoor", config.frontDoor().id());
            a.put("publisher", config.publisher().id());
            ArrayNode lines = a.putArray("monthlyLines");
            for (AroundBill.Line l : monthly.lines()) {
                ObjectNode n = lines.addObject();
                n.put("component", l.component().key());
                n.put("item", l.item());
                n.put("quantity", AroundJson.usd(l.quantity()));
                n.put("unit", l.unit());
                n.put("cost", AroundJson.usd(l.cost()));
                if (l.lowerBound()) {
                    n.put("lowerBound", true); // the real quantity may be larger (SQS: idle pollers' empty receives)
                }
            }
        }

        @Override
        public BigDecimal lambdaAroundMonthly() {
            return monthly.total();
        }

        @Override
        public Map<String, String> figures() {
            Map<String, String> m = new LinkedHashMap<>();
            for (Component k : Component.values()) {
                m.put(k.column() + "_usd", money(period.of(k)));
            }
            for (Component k : Component.values()) {
                m.put(k.column() + "_monthly_usd", money(monthly.of(k)));
            }
            return m;
        }

        @Override
        public List<String> summaryLines() {
            if (monthly.lines().isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            out.add("Around the function, per month (front door " + config.frontDoor().id() + ")");
            StringBuilder b = new StringBuilder();
            AroundJson.table(b, "  %-56s %12s/month%n", monthly);
            b.toString().lines().forEach(out::add);
            out.add(String.format(Locale.ROOT, "  the covered period's share: %s", AroundJson.dollars(period.total())));
            return out;
        }

        private static String money(BigDecimal v) {
            return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}
