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
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.around.AroundScenarioExtension;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.slo.LatencySlo;
import io.lambdasim.reports.slo.SloSubject;
import io.lambdasim.reports.slo.SloVerdict;
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

    @Override
    public Result run(ScenarioOptions options, ScenarioResult lambda) {
        if (options.ec2().isEmpty()) {
            return null;
        }
        PriceSource prices = PriceSources.open(options.pricesFile(), options.region(), options.rules(), options.freeTier());
        SettingValues given = options.settings();
        SimulationConfig sim = options.simulation();
        // Rows without a recorded memory ran at the reference memory: the one given, else 512 MB (as on Lambda's side).
        int reference = sim.referenceMemoryMb() > 0 ? sim.referenceMemoryMb() : SimulationConfig.FALLBACK_MEMORY_MB;
        FleetMode mode = FleetMode.parse(given.get(Settings.FLEET));
        int min = given.get(Settings.MIN_INSTANCES);
        int max = given.get(Settings.MAX_INSTANCES);
        double target = given.get(Settings.TARGET_UTILIZATION);
        double discount = given.get(Settings.EC2_DISCOUNT);
        long delay = given.get(Settings.LAUNCH_DELAY);
        long cooldown = given.get(Settings.COOLDOWN);
        boolean balancer = given.get(Settings.LOAD_BALANCER);
        Balancer placement = Balancer.parse(given.get(Settings.BALANCER));
        double hours = options.month().hours();
        double periodSeconds = lambda.period().seconds();
        double share = periodSeconds / (hours * 3600);
        double lambdaMonthly = lambda.monthly().total().doubleValue();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        AroundBilling around = new AroundBilling(AroundPrices.loadDefault(), AroundSettings.from(given), options.freeTier());
        long syncRequests = AroundScenarioExtension.monthlySyncRequests(lambda);
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
            // Once idle, a static fleet keeps its size and an autoscaled one shrinks to its floor.
            int tail = mode == FleetMode.STATIC ? r.initialInstances() : Math.max(1, min);
            double monthly = pricing.monthlyCost(r, periodSeconds, tail, hours);
            // issue 18: the instances' own addresses and volumes, and the same data out as Lambda's
            double network = around.ec2(options.region(), pricing.monthlyInstanceHours(r, periodSeconds, tail, hours),
                    syncRequests).total().doubleValue();
            outcomes.add(new Outcome(offer.name(), r, monthly * share, monthly, lambdaMonthly, network));
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
     * One instance type's fleet and cost; {@code cost} is over the covered period, like the Lambda
     * {@code cost}; {@code monthlyCost} a month of it; {@code lambdaMonthly} Lambda's monthly bill, the
     * figure it is compared with.
     */
    record Outcome(String type, FleetResult fleet, double cost, double monthlyCost, double lambdaMonthly,
                   double monthlyNetwork) {
    }

    private static final class Ec2Result implements Result, SloSubject {
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
                // issue 18: the instances' network and fixed costs (public IPv4, EBS, data out), not in monthlyCost
                n.put("monthlyNetworkCost", usd(o.monthlyNetwork()));
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

        /** Each fleet with its instances' addresses, volumes and data out (the monthly figures, as the JSON's). */
        @Override
        public List<io.lambdasim.reports.run.WholeBills.Option> wholeBillOptions(BigDecimal lambdaAround) {
            List<io.lambdasim.reports.run.WholeBills.Option> out = new ArrayList<>();
            for (Outcome o : outcomes) {
                out.add(new io.lambdasim.reports.run.WholeBills.Option(o.type(), usd(o.monthlyCost()), usd(o.monthlyNetwork())));
            }
            return out;
        }

        @Override
        public List<SloVerdict> verdicts(LatencySlo slo) {
            return outcomes.stream().map(o -> SloVerdict.ec2(slo, o.type(), o.fleet(), o.monthlyCost())).toList();
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
                                + "$%,.2f over the covered period, $%,.2f/month: %s than Lambda ($%,.2f/month)",
                        o.type(), f.mode().label(), f.peakInstances(), f.averageInstances(), FleetFigures.inWords(f),
                        f.queue().p99Ms(), o.cost(), o.monthlyCost(), o.monthlyCost() < o.lambdaMonthly() ? "cheaper" : "dearer",
                        o.lambdaMonthly()));
            }
            for (Outcome o : outcomes) {
                if (o.monthlyNetwork() > 0) {
                    lines.add(String.format(Locale.ROOT, "EC2 %s: + $%,.2f/month of network and fixed costs (public IPv4, EBS, data out)",
                            o.type(), o.monthlyNetwork()));
                }
            }
            leftOut.forEach((type, why) -> lines.add("EC2 " + type + " left out: " + why));
            return lines;
        }

        private static BigDecimal usd(double v) {
            return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN);
        }
    }
}
