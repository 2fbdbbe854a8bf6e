package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.UsageStats;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final String arch;
    private final LambdaPricer pricer;
    private final double hoursPerMonth;
    private final Period period;
    private final Search search;
    private final Map<Double, Double> lambdaCosts = new TreeMap<>();
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

    /** The latency objective the options are ranked under at today's traffic, or null (cost alone). */
    public TraceBreakEven slo(LatencySlo objective) {
        this.slo = objective;
        return this;
    }

    public TraceBreakEvenResult run(List<? extends TraceOption> options) {
        double lambdaToday = lambdaMonthly(1);
        List<OptionOutcome> outcomes = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (TraceOption c : options) {
            try {
                outcomes.add(outcome(c));
            } catch (IllegalArgumentException e) {
                // An instance too small for one request is an answer about that option, not an error of the run.
                leftOut.add(c.name() + " left out: " + e.getMessage() + ".");
            }
        }
        if (outcomes.isEmpty() && !leftOut.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", leftOut));
        }
        TraceBreakEvenResult partial = new TraceBreakEvenResult(lambdaToday, trace.size(), period, outcomes, "");
        String cheapest = partial.cheapestToday();
        double best = cheapest.equals(LAMBDA) ? lambdaToday
                : outcomes.stream().filter(o -> o.option().equals(cheapest)).findFirst().orElseThrow().ec2Today();
        SloRanking ranking = slo == null ? null : ranking(lambdaToday, outcomes);
        StringBuilder summary = new StringBuilder();
        summary.append(cheapestSentence(cheapest, best, outcomes, ranking));
        for (OptionOutcome o : outcomes) {
            summary.append('\n').append(o.summary());
        }
        for (String l : leftOut) {
            summary.append('\n').append(l);
        }
        return new TraceBreakEvenResult(lambdaToday, trace.size(), period, outcomes, summary.toString(), null, ranking);
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
    private static String cheapestSentence(String cheapest, double best, List<OptionOutcome> outcomes, SloRanking ranking) {
        StringBuilder s = new StringBuilder();
        if (ranking == null) {
            s.append("Cheapest at today's traffic: ").append(label(cheapest)).append(" (").append(money(best)).append(" a month).");
            outcomes.stream().filter(o -> o.option().equals(cheapest) && o.fleetToday() != null
                    && o.fleetToday().overloadedSeconds() > 0).findFirst().ifPresent(o -> s.append(String.format(Locale.ROOT,
                    " Its fleet was %s, queue p99 %,.0f ms: give --latency-slo (e.g. p99=300ms) to rank by a latency objective.",
                    SloVerdict.overload(o.fleetToday()), o.fleetToday().queue().p99Ms())));
            return s.toString();
        }
        SloVerdict meets = ranking.cheapestMeeting();
        if (meets == null) {
            s.append("No option meets the latency objective ").append(ranking.slo().spec())
                    .append("; cheapest at today's traffic: ").append(label(cheapest)).append(" (").append(money(best))
                    .append(" a month).");
        } else {
            s.append("Cheapest at today's traffic meeting ").append(ranking.slo().spec()).append(": ")
                    .append(label(meets.option())).append(" (").append(money(meets.monthlyUsd())).append(" a month).");
        }
        String missed = ranking.missedInWords();
        if (!missed.isEmpty()) {
            s.append(' ').append(missed);
        }
        return s.toString();
    }

    private OptionOutcome outcome(TraceOption c) {
        TreeMap<Double, FactorPoint> points = new TreeMap<>();
        TraceOption.Priced today = c.price(scaled(1), period, hoursPerMonth);
        double ec2Today = today.monthly();
        double lambdaToday = lambdaMonthly(1);
        points.put(1.0, new FactorPoint(1, lambdaToday, ec2Today));
        boolean ec2Cheaper = ec2Today < lambdaToday;
        // Walk outward from k = 1 until the order flips: up when Lambda is cheaper, down otherwise.
        double step = ec2Cheaper ? 0.5 : 2;
        double inside = 1;
        double outside = Double.NaN;
        for (double k = step; k >= search.minFactor() && k <= search.maxFactor() && withinReach(k); k *= step) {
            if (ec2CheaperAt(c, k, points) != ec2Cheaper) {
                outside = k;
                break;
            }
            inside = k;
        }
        double factor = Double.NaN;
        if (!Double.isNaN(outside)) {
            // Bisect on log k between the last factor with today's order and the first without.
            while (Math.max(inside, outside) / Math.min(inside, outside) - 1 > search.relativePrecision()) {
                double mid = Math.sqrt(inside * outside);
                if (ec2CheaperAt(c, mid, points) == ec2Cheaper) {
                    inside = mid;
                } else {
                    outside = mid;
                }
            }
            factor = outside;
        }
        String cheaper = ec2Cheaper ? c.name() : LAMBDA;
        return new OptionOutcome(c.name(), lambdaToday, ec2Today, today.fleet(), factor, cheaper,
                sentence(c.name(), lambdaToday, ec2Today, ec2Cheaper, factor), List.copyOf(points.values()), today.lmi());
    }

    private boolean withinReach(double k) {
        return trace.size() * k <= search.maxInvocations();
    }

    private boolean ec2CheaperAt(TraceOption c, double k, TreeMap<Double, FactorPoint> points) {
        double lambda = lambdaMonthly(k);
        double ec2 = c.price(scaled(k), period, hoursPerMonth).monthly();
        points.put(k, new FactorPoint(k, lambda, ec2));
        return ec2 < lambda;
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

    /** Lambda's monthly cost with the trace scaled by {@code k}; simulated once per k. */
    double lambdaMonthly(double k) {
        Double cached = lambdaCosts.get(k);
        if (cached != null) {
            return cached;
        }
        SimulationResult r;
        try (InvocationCursor c = scaled(k).get()) {
            r = Simulator.run(c, lambdaConfig);
        }
        if (k == 1) {
            lambdaLatencyToday = r.latencyHistogram();
        }
        UsageStats total = r.total();
        BigDecimal scale = BigDecimal.valueOf(hoursPerMonth * 3600e6 / period.us());
        long requests = BigDecimal.valueOf(total.billing().requests()).multiply(scale)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        double cost = pricer.monthlyCost(arch, requests, total.billing().gbSeconds().multiply(scale, MathContext.DECIMAL64))
                .doubleValue();
        lambdaCosts.put(k, cost);
        return cost;
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
