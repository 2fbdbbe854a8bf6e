package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.run.Period;
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
    private final Map<Double, Double> lambdaCosts = new TreeMap<>();

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
        StringBuilder summary = new StringBuilder();
        summary.append("Cheapest at today's traffic: ").append(label(cheapest)).append(" (")
                .append(money(best)).append(" a month).");
        for (OptionOutcome o : outcomes) {
            summary.append('\n').append(o.summary());
        }
        for (String l : leftOut) {
            summary.append('\n').append(l);
        }
        return new TraceBreakEvenResult(lambdaToday, trace.size(), period, outcomes, summary.toString());
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

    /** Reports the simulations' progress to {@code listener}, as one count of invocations. */
    public TraceBreakEven progress(io.lambdasim.engine.ProgressListener listener) {
        this.progress = new io.lambdasim.reports.run.ProgressSum(listener);
        return this;
    }

    /** Lambda's monthly cost with the trace scaled by {@code k}; simulated once per k. */
    double lambdaMonthly(double k) {
        Double cached = lambdaCosts.get(k);
        if (cached != null) {
            return cached;
        }
        SimulationResult r;
        try (InvocationCursor c = scaled(k).get()) {
            r = Simulator.run(c, lambdaConfig, progress.run());
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
