package io.lambdasim.reports.uncertainty;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a run is uncertain about: ranges for every function ({@code --keep-alive fixed:5m..60m},
 * {@code --init-range}, {@code --cpu-fraction-range}) and per function (a calibrated
 * {@code --functions} file). {@link #variants} turns them into the one-at-a-time runs: each input
 * at its low end and at its high end, everything else central.
 *
 * @param keepAlive   range of every function's keep-alive, or null
 * @param init        range of every function's INIT model, or null
 * @param cpuFraction range of every function's CPU-bound share, or null
 * @param functions   per-function ranges (first matching row wins, as for the settings)
 */
public record UncertainInputs(Span<KeepAlive> keepAlive, Span<InitModel> init, Span<Double> cpuFraction,
                              List<FunctionRanges> functions) {

    public static final UncertainInputs NONE = new UncertainInputs(null, null, null, List.of());

    public UncertainInputs {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    public boolean isEmpty() {
        return keepAlive == null && init == null && cpuFraction == null && functions.isEmpty();
    }

    /** The inputs that have a range, in a fixed order. */
    public List<UncertainInput> inputs() {
        List<UncertainInput> out = new ArrayList<>();
        if (keepAlive != null || functions.stream().anyMatch(f -> f.keepAlive() != null)) {
            out.add(UncertainInput.KEEP_ALIVE);
        }
        if (init != null || functions.stream().anyMatch(f -> f.init() != null)) {
            out.add(UncertainInput.INIT);
        }
        if (cpuFraction != null || functions.stream().anyMatch(f -> f.cpuFraction() != null)) {
            out.add(UncertainInput.CPU_FRACTION);
        }
        return out;
    }

    /** One end of one input: the configuration to run and how the end reads. */
    public record Variant(UncertainInput input, boolean high, String value, SimulationConfig config) {
        public String end() {
            return high ? "high" : "low";
        }
    }

    /** For each input with a range, the run at its low end and the run at its high end. */
    public List<Variant> variants(SimulationConfig central) {
        List<Variant> out = new ArrayList<>();
        for (UncertainInput in : inputs()) {
            for (boolean high : new boolean[] {false, true}) {
                out.add(new Variant(in, high, describe(in, high), at(central, in, high)));
            }
        }
        return out;
    }

    /** {@code central} with input {@code in} at its low or high end (every function that has a range). */
    public SimulationConfig at(SimulationConfig central, UncertainInput in, boolean high) {
        SimulationConfig.Builder b = central.toBuilder();
        switch (in) {
            case KEEP_ALIVE:
                if (keepAlive != null) {
                    b.keepAlive(end(keepAlive, high));
                }
                b.functionRules(rules(central.functionRules(), FunctionRanges::keepAlive,
                        (r, s) -> r.settings().withKeepAlive(end(s, high))));
                break;
            case INIT:
                if (init != null) {
                    b.init(end(init, high));
                }
                b.functionRules(rules(central.functionRules(), FunctionRanges::init,
                        (r, s) -> r.settings().withInit(end(s, high))));
                break;
            case CPU_FRACTION:
                if (cpuFraction != null) {
                    b.cpu(new CpuModel(end(cpuFraction, high), central.cpu().threads()));
                }
                b.functionRules(rules(central.functionRules(), FunctionRanges::cpuFraction,
                        (r, s) -> r.settings().withCpuFraction(end(s, high))));
                break;
            default:
                throw new IllegalStateException(in.name());
        }
        return b.build();
    }

    /** The values of the input at one end, as the table prints them: "fixed:5m", or "checkout fixed:6m; api ...". */
    public String describe(UncertainInput in, boolean high) {
        List<String> parts = new ArrayList<>();
        Span<?> global = in == UncertainInput.KEEP_ALIVE ? keepAlive : in == UncertainInput.INIT ? init : cpuFraction;
        if (global != null) {
            parts.add(text(end(global, high)));
        }
        for (FunctionRanges f : functions) {
            Span<?> s = in == UncertainInput.KEEP_ALIVE ? f.keepAlive() : in == UncertainInput.INIT ? f.init() : f.cpuFraction();
            if (s != null) {
                parts.add(f.pattern() + " " + text(end(s, high)));
            }
        }
        return String.join("; ", parts);
    }

    private static String text(Object v) {
        if (v instanceof KeepAlive k) {
            return k.spec();
        }
        if (v instanceof InitModel m) {
            return Spans.initText(m);
        }
        return v instanceof Double d ? Spans.plain(d) : String.valueOf(v);
    }

    private static <T> T end(Span<T> s, boolean high) {
        return high ? s.high() : s.low();
    }

    private interface RuleEnd<T> {
        io.lambdasim.engine.FunctionSettings apply(FunctionRule rule, Span<T> span);
    }

    /** The rules with each rule that has a range of this input set to one end of it. */
    private <T> List<FunctionRule> rules(List<FunctionRule> rules, Function<FunctionRanges, Span<T>> span, RuleEnd<T> end) {
        if (functions.isEmpty()) {
            return rules;
        }
        List<FunctionRule> out = new ArrayList<>(rules.size());
        for (FunctionRule r : rules) {
            Span<T> s = null;
            for (FunctionRanges f : functions) {
                if (r.pattern().equals(f.pattern())) {
                    s = span.apply(f);
                    break;
                }
            }
            out.add(s == null ? r : new FunctionRule(r.pattern(), end.apply(r, s)));
        }
        return out;
    }
}
