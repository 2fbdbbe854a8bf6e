package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundUsage;
import io.lambdasim.reports.around.AroundScenarioExtension;
import io.lambdasim.reports.run.Period;
import io.lambdasim.reports.slo.LatencySlo;
import io.lambdasim.reports.slo.SloRanking;
import io.lambdasim.reports.slo.SloVerdict;
import io.lambdasim.reports.sizing.LambdaPricer;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.scale.TrafficScaling;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Break-even by simulation: replays the trace scaled by a traffic factor {@code k} on Lambda (the
 * engine) and on each other option (EC2 fleets, Managed Instances capacity providers), and finds
 * the factor at which the cheaper side changes. The cheapest of all at today's traffic is named
 * first, then each option's swap with Lambda.
 *
 * <p>Search: from k = 1, double (or halve, when EC2 is already cheaper) until the order flips,
 * then bisect on log k to {@link Search#relativePrecision()}. Costs are step-like in k (an
 * instance more, a cold start less), so the answer is the first flip found going outward from
 * today's traffic, which is the one a user acts on. Every k simulated is kept as a chart point;
 * Lambda's cost at a k is computed once and shared by all options.
 */
public final class TraceBreakEven {

    public static final String LAMBDA = "lambda";

    /**
     * @param minFactor          smallest factor tried (thinning)
     * @param maxFactor          largest factor tried (superposition)
     * @param relativePrecision  bisection stops when the bracket's ends are this close (ratio − 1)
     * @param seed               seed of the traffic scaling
     * @param maxInvocations     no factor whose scaled trace exceeds this many invocations is tried
     */
    public record Search(double minFactor, double maxFactor, double relativePrecision, long seed, long maxInvocations) {
        public static final Search DEFAULT = new Search(1.0 / 1024, 1024, 0.02, 1, 50_000_000L);
    }

    private final InvocationArrays trace;
    private final SimulationConfig lambdaConfig;
    /** Hears every Lambda simulation's progress, as one count (front ends' progress lines). */
    private io.lambdasim.reports.run.ProgressSum progress = new io.lambdasim.reports.run.ProgressSum(null);
    private final String arch;
    private final LambdaPricer pricer;
    private final double hoursPerMonth;
    private final Period period;
    private final Search search;
    private final Map<Double, LambdaAt> lambdaCosts = new TreeMap<>();
    private final Map<TraceOption, Map<Double, TraceOption.Priced>> pricedAt = new java.util.IdentityHashMap<>();
    private AroundBilling around;
    private String region;
    private LatencySlo slo;
    private Histogram lambdaLatencyToday;

    public TraceBreakEven(InvocationArrays trace, SimulationConfig lambdaConfig, String arch, LambdaPricer pricer,
                          double hoursPerMonth, Search search) {
        this(trace, lambdaConfig, arch, pricer, hoursPerMonth, null, search);
    }

    /** {@code periodUs}: the period the trace covers when given ({@code --period}), else null (the trace's own). */
    public TraceBreakEven(InvocationArrays trace, SimulationConfig lambdaConfig, String arch, LambdaPricer pricer,
                          double hoursPerMonth, Long periodUs, Search search) {
        if (trace.size() == 0) {
            throw new IllegalArgumentException("the trace has no invocations");
        }
        // Scaling traffic by k changes how much happens in the period, not the period itself.
        this.period = Period.of(periodUs, trace.report(), trace.report().format(),
                trace.startUs(trace.size() - 1) + trace.durationUs(trace.size() - 1));
        this.trace = trace;
        this.lambdaConfig = lambdaConfig;
        this.arch = arch;
        this.pricer = pricer;
        this.hoursPerMonth = hoursPerMonth;
        this.search = search;
    }

    /**
     * Prices what surrounds the function on both sides (issue 18), as {@code simulate} and the
     * analytic break-even do: Lambda's front door, triggers, network and logs from its simulated usage
     * at each factor; each EC2 fleet's public addresses, volumes and the same data out from its
     * instance-hours; Managed Instances (Lambda functions too) the function's. The crossings are then
     * of whole bills, with the function alone's and each component's beside them.
     */
    public TraceBreakEven around(AroundBilling billing, String region) {
        this.around = billing == null || !billing.config().any() ? null : billing;
        this.region = region;
        return this;
    }

    /** The latency objective the options are ranked under at today's traffic, or null (cost alone). */
    public TraceBreakEven slo(LatencySlo objective) {
        this.slo = objective;
        return this;
    }

    public TraceBreakEvenResult run(List<? extends TraceOption> options) {
        Set<Component> priced = priced();
        double lambdaToday = lambdaCost(1, priced);
        List<OptionOutcome> outcomes = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (TraceOption c : options) {
            try {
                outcomes.add(outcome(c, priced));
            } catch (IllegalArgumentException e) {
                // An instance too small for one request is an answer about that option, not an error of the run.
                leftOut.add(c.name() + " left out: " + e.getMessage() + ".");
            }
        }
        if (outcomes.isEmpty() && !leftOut.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", leftOut));
        }
        TraceWholeBill whole = around == null ? null
                : new TraceWholeBill(around.config(), priced, lambdaCost(1, EnumSet.noneOf(Component.class)));
        TraceBreakEvenResult partial = new TraceBreakEvenResult(lambdaToday, trace.size(), period, outcomes, "");
        String cheapest = partial.cheapestToday();
        double best = cheapest.equals(LAMBDA) ? lambdaToday
                : outcomes.stream().filter(o -> o.option().equals(cheapest)).findFirst().orElseThrow().ec2Today();
        SloRanking ranking = slo == null ? null : ranking(lambdaToday, outcomes);
        StringBuilder summary = new StringBuilder();
        summary.append(cheapestSentence(whole == null ? "" : " (whole bills)", cheapest, best, outcomes, ranking));
        for (OptionOutcome o : outcomes) {
            summary.append('\n').append(o.summary());
            if (o.wholeBill() != null) {
                summary.append('\n').append(o.wholeBill().sentence(label(o.option())));
            }
        }
        for (String l : leftOut) {
            summary.append('\n').append(l);
        }
        return new TraceBreakEvenResult(lambdaToday, trace.size(), period, outcomes, summary.toString(), null, whole, ranking);
    }

    /** Every option's verdict at today's traffic under the objective, ranked. */
    private SloRanking ranking(double lambdaToday, List<OptionOutcome> outcomes) {
        List<SloVerdict> verdicts = new ArrayList<>();
        verdicts.add(SloVerdict.lambda(slo, LAMBDA, lambdaLatencyToday, lambdaToday));
        for (OptionOutcome o : outcomes) {
            if (o.fleetToday() != null) {
                verdicts.add(SloVerdict.ec2(slo, o.option(), o.fleetToday(), o.ec2Today()));
            } else if (o.lmiToday() != null) {
                verdicts.add(SloVerdict.lmi(slo, o.option(), o.lmiToday(), o.ec2Today()));
            }
        }
        return SloRanking.of(slo, verdicts);
    }

    /**
     * "Cheapest at today's traffic: ...": under an objective, the cheapest option meeting it, with the
     * cheaper ones that miss it and why; without one, a cheapest fleet that was overloaded says so.
     */
    private static String cheapestSentence(String basis, String cheapest, double best, List<OptionOutcome> outcomes,
                                            SloRanking ranking) {
        StringBuilder s = new StringBuilder();
        if (ranking == null) {
            s.append("Cheapest at today's traffic").append(basis).append(": ").append(label(cheapest)).append(" (").append(money(best)).append(" a month).");
            outcomes.stream().filter(o -> o.option().equals(cheapest) && o.fleetToday() != null
                    && o.fleetToday().overloadedSeconds() > 0).findFirst().ifPresent(o -> s.append(String.format(Locale.ROOT,
                    " Its fleet was %s, queue p99 %,.0f ms: give --latency-slo (e.g. p99=300ms) to rank by a latency objective.",
                    SloVerdict.overload(o.fleetToday()), o.fleetToday().queue().p99Ms())));
            return s.toString();
        }
        SloVerdict meets = ranking.cheapestMeeting();
        if (meets == null) {
            s.append("No option meets the latency objective ").append(ranking.slo().spec())
                    .append("; cheapest at today's traffic").append(basis).append(": ").append(label(cheapest)).append(" (").append(money(best))
                    .append(" a month).");
        } else {
            s.append("Cheapest at today's traffic").append(basis).append(" meeting ").append(ranking.slo().spec()).append(": ")
                    .append(label(meets.option())).append(" (").append(money(meets.monthlyUsd())).append(" a month).");
        }
        String missed = ranking.missedInWords();
        if (!missed.isEmpty()) {
            s.append(' ').append(missed);
        }
        return s.toString();
    }

    /** The components priced on either side (none without {@link #around}). */
    private Set<Component> priced() {
        Set<Component> s = EnumSet.noneOf(Component.class);
        if (around != null) {
            s.addAll(lambdaAt(1).around().components());
            s.addAll(around.ec2(region, 1, 1).components());
        }
        return s;
    }

    private OptionOutcome outcome(TraceOption c, Set<Component> priced) {
        TraceOption.Priced today = priced(c, 1);
        Crossing main = crossing(c, priced);
        double lambdaToday = lambdaCost(1, priced);
        double ec2Today = optionCost(c, 1, priced);
        OptionWholeBill wholeBill = null;
        if (around != null) {
            Crossing alone = crossing(c, EnumSet.noneOf(Component.class));
            List<OptionWholeBill.Mover> movers = new ArrayList<>();
            for (Component k : priced) {
                movers.add(new OptionWholeBill.Mover(k, crossing(c, EnumSet.of(k)).factor()));
            }
            movers.sort(java.util.Comparator.comparingDouble(m -> -BreakEvenReport.moved(alone.factor(), m.breakEvenFactor())));
            wholeBill = new OptionWholeBill(alone.factor(), lambdaCost(1, EnumSet.noneOf(Component.class)),
                    optionCost(c, 1, EnumSet.noneOf(Component.class)), movers);
        }
        List<FactorPoint> points = new ArrayList<>();
        for (double k : pricedAt.get(c).keySet()) {
            Set<Component> none = EnumSet.noneOf(Component.class);
            points.add(new FactorPoint(k, lambdaCost(k, priced), optionCost(c, k, priced), lambdaCost(k, none),
                    optionCost(c, k, none)));
        }
        String cheaper = main.ec2Cheaper() ? c.name() : LAMBDA;
        return new OptionOutcome(c.name(), lambdaToday, ec2Today, today.fleet(), main.factor(), cheaper,
                sentence(c.name(), lambdaToday, ec2Today, main.ec2Cheaper(), main.factor()), points, today.lmi(), wholeBill);
    }

    /** Where Lambda and {@code c} swap places with the function's bill plus the components {@code with}. */
    private record Crossing(boolean ec2Cheaper, double factor) {
    }

    private Crossing crossing(TraceOption c, Set<Component> with) {
        boolean ec2Cheaper = optionCost(c, 1, with) < lambdaCost(1, with);
        // Walk outward from k = 1 until the order flips: up when Lambda is cheaper, down otherwise.
        double step = ec2Cheaper ? 0.5 : 2;
        double inside = 1;
        double outside = Double.NaN;
        for (double k = step; k >= search.minFactor() && k <= search.maxFactor() && withinReach(k); k *= step) {
            if (ec2CheaperAt(c, k, with) != ec2Cheaper) {
                outside = k;
                break;
            }
            inside = k;
        }
        if (Double.isNaN(outside)) {
            return new Crossing(ec2Cheaper, Double.NaN);
        }
        // Bisect on log k between the last factor with today's order and the first without.
        while (Math.max(inside, outside) / Math.min(inside, outside) - 1 > search.relativePrecision()) {
            double mid = Math.sqrt(inside * outside);
            if (ec2CheaperAt(c, mid, with) == ec2Cheaper) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return new Crossing(ec2Cheaper, outside);
    }

    private boolean withinReach(double k) {
        return trace.size() * k <= search.maxInvocations();
    }

    private boolean ec2CheaperAt(TraceOption c, double k, Set<Component> with) {
        return optionCost(c, k, with) < lambdaCost(k, with);
    }

    /** Lambda's monthly bill at factor {@code k}: the function's plus the components {@code with}. */
    double lambdaCost(double k, Set<Component> with) {
        LambdaAt l = lambdaAt(k);
        return with.isEmpty() ? l.function() : l.function() + l.around().only(with).total().doubleValue();
    }

    /**
     * {@code c}'s monthly bill at factor {@code k} plus its side of the components {@code with}: an EC2
     * fleet's addresses and volumes on its instance-hours and the responses' data out; Managed
     * Instances' the function's own (they are Lambda functions behind the same front door).
     */
    double optionCost(TraceOption c, double k, Set<Component> with) {
        TraceOption.Priced p = priced(c, k);
        if (with.isEmpty() || around == null) {
            return p.monthly();
        }
        LambdaAt l = lambdaAt(k);
        AroundBill side = p.lmi() != null ? l.around() : around.ec2(region, p.monthlyInstanceHours(), l.syncRequests());
        return p.monthly() + side.only(with).total().doubleValue();
    }

    /** A replay of {@code c} at factor {@code k}, once per (option, k): every crossing searched shares it. */
    private TraceOption.Priced priced(TraceOption c, double k) {
        Map<Double, TraceOption.Priced> byK = pricedAt.computeIfAbsent(c, x -> new TreeMap<>());
        TraceOption.Priced p = byK.get(k);
        if (p == null) {
            p = c.price(scaled(k), period, hoursPerMonth);
            byK.put(k, p);
        }
        return p;
    }

    private String sentence(String name, double lambda, double ec2, boolean ec2Cheaper, double factor) {
        String option = label(name);
        StringBuilder s = new StringBuilder();
        if (ec2Cheaper) {
            s.append("Today ").append(option).append(" is cheaper than Lambda (").append(money(ec2)).append(" vs ")
                    .append(money(lambda)).append(" a month)");
            if (Double.isNaN(factor)) {
                s.append(", down to ").append(times(search.minFactor())).append(" today's traffic at least.");
            } else {
                s.append("; below ").append(times(factor)).append(" today's traffic, Lambda becomes cheaper.");
            }
        } else {
            s.append("Today Lambda is cheaper than ").append(option).append(" (").append(money(lambda)).append(" vs ")
                    .append(money(ec2)).append(" a month)");
            if (Double.isNaN(factor)) {
                s.append("; ").append(option).append(" does not become cheaper up to ")
                        .append(times(Math.min(search.maxFactor(), search.maxInvocations() / (double) trace.size())))
                        .append(" today's traffic.");
            } else {
                s.append("; at ").append(times(factor)).append(" today's traffic, ").append(option)
                        .append(" becomes cheaper.");
            }
        }
        return s.toString();
    }

    /** Reports the simulations' progress to {@code listener}, as one count of invocations. */
    public TraceBreakEven progress(io.lambdasim.engine.ProgressListener listener) {
        this.progress = new io.lambdasim.reports.run.ProgressSum(listener);
        return this;
    }

    /** Lambda's monthly cost with the trace scaled by {@code k} (the function's own bill); simulated once per k. */
    double lambdaMonthly(double k) {
        return lambdaAt(k).function();
    }

    /**
     * Lambda at one factor, a month of it: the function's bill, what surrounds it (null without
     * {@link #around}) and its synchronous requests (the responses an EC2 fleet sends out too).
     */
    private record LambdaAt(double function, AroundBill around, long syncRequests) {
    }

    private LambdaAt lambdaAt(double k) {
        LambdaAt cached = lambdaCosts.get(k);
        if (cached != null) {
            return cached;
        }
        SimulationResult r;
        try (InvocationCursor c = scaled(k).get()) {
            r = Simulator.run(c, lambdaConfig, progress.run());
        }
        if (k == 1) {
            lambdaLatencyToday = r.latencyHistogram();
        }
        UsageStats total = r.total();
        double monthFactor = hoursPerMonth * 3600e6 / period.us();
        BigDecimal scale = BigDecimal.valueOf(monthFactor);
        long requests = BigDecimal.valueOf(total.billing().requests()).multiply(scale)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        double cost = pricer.monthlyCost(arch, requests, total.billing().gbSeconds().multiply(scale, MathContext.DECIMAL64))
                .doubleValue();
        LambdaAt at;
        if (around == null) {
            at = new LambdaAt(cost, null, 0);
        } else {
            AroundUsage usage = AroundScenarioExtension.usage(r, monthFactor, region, hoursPerMonth);
            at = new LambdaAt(cost, around.month(usage), usage.syncRequests());
        }
        lambdaCosts.put(k, at);
        return at;
    }

    private Supplier<InvocationCursor> scaled(double k) {
        return () -> TrafficScaling.scale(trace::cursor, k, search.seed());
    }

    static String label(String option) {
        return option.equals(LAMBDA) ? "Lambda" : io.lambdasim.reports.lmi.LmiOption.label(option);
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** {@code 3.4×}: two significant digits, no trailing zeros. */
    static String times(double k) {
        return new BigDecimal(k).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "×";
    }
}
