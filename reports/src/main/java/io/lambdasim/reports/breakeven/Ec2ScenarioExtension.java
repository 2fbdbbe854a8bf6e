package io.lambdasim.reports.breakeven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.ec2.Balancer;
import io.lambdasim.engine.ec2.BurstBehaviour;
import io.lambdasim.engine.ec2.Ec2Fleet;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.traces.InvocationCursor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The EC2 baseline of a scenario ({@code lambdasim simulate --ec2 ...}, the {@code ec2} column of
 * a batch): each instance type's fleet replays the same workload, and its cost over the same span
 * sits beside the Lambda bill. Registered through {@code META-INF/services}.
 *
 * <p>Settings beyond {@code ec2}, by key (batch columns or {@code --set}): {@code fleet}
 * ({@code static}|{@code autoscaled}), {@code min_instances} (2), {@code max_instances},
 * {@code target_utilization} (0.7), {@code launch_delay} (3m), {@code cooldown} (5m),
 * {@code ec2_discount} (0), {@code load_balancer} ({@code true} adds an ALB), {@code balancer}
 * ({@code least-outstanding}|{@code round-robin}|{@code central}: how requests are placed).
 */
public final class Ec2ScenarioExtension implements ScenarioExtension {

    private static final double HOURS_PER_MONTH = 730;

    @Override
    public Result run(ScenarioOptions options, ScenarioResult lambda) {
        if (options.ec2().isEmpty()) {
            return null;
        }
        PriceSource prices = PriceSources.open(options.pricesFile(), options.region(), options.rules(), options.freeTier());
        Map<String, String> extra = options.extra();
        SimulationConfig sim = options.simulation();
        int reference = sim.referenceMemoryMb() > 0 ? sim.referenceMemoryMb()
                : sim.memoryMb() > 0 ? sim.memoryMb() : SimulationConfig.FALLBACK_MEMORY_MB;
        FleetMode mode = FleetMode.parse(extra.getOrDefault("fleet", "static"));
        int min = Integer.parseInt(extra.getOrDefault("min_instances", Integer.toString(FleetConfig.DEFAULT_MIN_INSTANCES)));
        int max = Integer.parseInt(extra.getOrDefault("max_instances", Integer.toString(FleetConfig.DEFAULT_MAX_INSTANCES)));
        double target = Double.parseDouble(extra.getOrDefault("target_utilization", "0.7"));
        double discount = Double.parseDouble(extra.getOrDefault("ec2_discount", "0"));
        long delay = io.lambdasim.engine.Durations.parseUs(extra.getOrDefault("launch_delay", "3m"));
        long cooldown = io.lambdasim.engine.Durations.parseUs(extra.getOrDefault("cooldown", "5m"));
        boolean balancer = Boolean.parseBoolean(extra.getOrDefault("load_balancer", "false"));
        Balancer placement = Balancer.parse(extra.getOrDefault("balancer", Balancer.DEFAULT_LABEL));
        double lambdaMonthly = lambdaMonthly(lambda, prices, options.arch());
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        for (String spec : options.ec2()) {
            Ec2Offer offer = prices.ec2(spec.trim());
            FleetConfig fleet = fleetOf(offer, sim.cpu(), reference)
                    .withSizing(mode, target, min, Math.max(max, Math.max(1, min)))
                    .withTiming(delay, cooldown, FleetConfig.DEFAULT_PERIOD_US)
                    .withBalancer(placement);
            Ec2Pricing pricing = pricingOf(offer, discount, balancer, prices);
            FleetResult r;
            try {
                r = Ec2Fleet.simulate(() -> options.source().open(), fleet);
            } catch (IllegalArgumentException e) {
                // Too small for one request: say so beside the others rather than fail the scenario.
                leftOut.put(offer.name(), e.getMessage());
                continue;
            }
            double monthly = pricing.monthlyCost(r, HOURS_PER_MONTH);
            double span = monthly * r.horizonSeconds() / 3600 / HOURS_PER_MONTH;
            outcomes.add(new Outcome(offer.name(), r, span, monthly, lambdaMonthly));
        }
        return new Ec2Result(outcomes, leftOut, placement);
    }

    /** An instance type's fleet for the workload, at the default sizing. */
    static FleetConfig fleetOf(Ec2Offer offer, CpuModel cpu, int referenceMb) {
        BurstBehaviour burst = switch (offer.burst()) {
            case UNLIMITED -> BurstBehaviour.UNLIMITED;
            case STANDARD -> BurstBehaviour.STANDARD;
            default -> BurstBehaviour.NONE;
        };
        return FleetConfig.of(offer.vcpus(), (int) Math.round(offer.memoryMb()))
                .withBurst(offer.baselinePerVcpu(), burst)
                .withWorkload(cpu, referenceMb, InvocationCursor.MISSING);
    }

    /**
     * Lambda's bill for the run's usage scaled to a month: the comparison is made per month,
     * because a fleet bills by the hour while a short run can sit inside Lambda's monthly free tier.
     */
    static double lambdaMonthly(ScenarioResult lambda, PriceSource prices, String arch) {
        var billing = lambda.simulation().total().billing();
        double scale = HOURS_PER_MONTH * 3600e6 / Math.max(1, lambda.simulation().horizonUs());
        long requests = Math.round(billing.requests() * scale);
        return prices.lambdaPricer().monthlyCost(arch, requests,
                billing.gbSeconds().multiply(BigDecimal.valueOf(scale), java.math.MathContext.DECIMAL64)).doubleValue();
    }

    /** An instance type's prices: on-demand with {@code discount}, plus an ALB when asked. */
    static Ec2Pricing pricingOf(Ec2Offer offer, double discount, boolean balancer, PriceSource prices) {
        Ec2Pricing pricing = Ec2Pricing.onDemand(offer.name(), offer.hourlyUsd(), discount, offer.surplusUsdPerVcpuHour());
        if (balancer) {
            PriceSource.LoadBalancerPrice lb = prices.loadBalancer();
            // ALB: one LCU carries 25 new connections a second (its binding dimension for short requests).
            pricing = pricing.withBalancer(lb.hourlyUsd(), lb.usdPerLcuHour(), 25);
        }
        return pricing;
    }

    /**
     * One instance type's fleet and cost; {@code cost} is over the simulated span, like the Lambda
     * bill; {@code lambdaMonthly} is Lambda's bill scaled to a month, the figure it is compared with.
     */
    record Outcome(String type, FleetResult fleet, double cost, double monthlyCost, double lambdaMonthly) {
    }

    private static final class Ec2Result implements Result {
        private static final ObjectMapper JSON = new ObjectMapper();

        private final List<Outcome> outcomes;
        private final Map<String, String> leftOut;
        private final Balancer balancer;

        Ec2Result(List<Outcome> outcomes, Map<String, String> leftOut, Balancer balancer) {
            this.outcomes = List.copyOf(outcomes);
            this.leftOut = leftOut;
            this.balancer = balancer;
        }

        @Override
        public void writeJson(ObjectNode scenario) {
            ArrayNode array = scenario.putArray("ec2");
            for (Outcome o : outcomes) {
                FleetResult f = o.fleet();
                ObjectNode n = array.addObject();
                n.put("type", o.type());
                n.put("mode", f.mode().label());
                n.put("cost", usd(o.cost()));
                n.put("monthlyCost", usd(o.monthlyCost()));
                n.put("lambdaMonthlyCost", usd(o.lambdaMonthly()));
                n.put("cheaperThanLambda", o.monthlyCost() < o.lambdaMonthly());
                ObjectNode inst = n.putObject("instances");
                inst.put("peak", f.peakInstances());
                inst.put("average", f.averageInstances());
                n.put("instanceHours", f.instanceHours());
                n.put("launches", f.launches());
                n.put("cpuUtilization", f.cpuUtilization());
                n.put("overloadedSeconds", f.overloadedSeconds());
                n.put("queuedInvocations", f.queuedInvocations());
                n.set("queueMs", JSON.valueToTree(FleetFigures.queue(f)));
                n.put("surplusVcpuHours", f.surplusVcpuSeconds() / 3600);
                n.put("throttledSeconds", f.throttledSeconds());
                n.setAll((ObjectNode) JSON.valueToTree(FleetFigures.contention(f)));
            }
            leftOut.forEach((type, why) -> array.addObject().put("type", type).put("error", why));
        }

        @Override
        public Map<String, String> figures() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("ec2_balancer", balancer.label());
            for (Outcome o : outcomes) {
                m.put("ec2_" + o.type() + "_usd", usd(o.cost()).toPlainString());
                m.put("ec2_" + o.type() + "_monthly_usd", usd(o.monthlyCost()).toPlainString());
                m.put("ec2_" + o.type() + "_peak_instances", Integer.toString(o.fleet().peakInstances()));
            }
            return m;
        }

        @Override
        public List<String> summaryLines() {
            List<String> lines = new ArrayList<>();
            for (Outcome o : outcomes) {
                FleetResult f = o.fleet();
                lines.add(String.format(Locale.ROOT,
                        "EC2 %s (%s): %d instances at peak, %.2f on average, %s, queue p99 %.1f ms; "
                                + "$%,.2f for this workload, $%,.2f a month: %s than Lambda ($%,.2f a month)",
                        o.type(), f.mode().label(), f.peakInstances(), f.averageInstances(), FleetFigures.inWords(f),
                        f.queue().p99Ms(), o.cost(), o.monthlyCost(), o.monthlyCost() < o.lambdaMonthly() ? "cheaper" : "dearer",
                        o.lambdaMonthly()));
            }
            leftOut.forEach((type, why) -> lines.add("EC2 " + type + " left out: " + why));
            return lines;
        }

        private static BigDecimal usd(double v) {
            return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN);
        }
    }
}
