package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.FleetPolicy;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.uncertainty.FunctionRanges;
import io.lambdasim.reports.uncertainty.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytic break-even ({@code lambdasim breakeven --duration-ms ... --memory-mb ...}, the app's
 * Break-even screen, the break-even chart of a report): Lambda's monthly cost, each EC2 fleet's and
 * the Managed Instances option's over a range of monthly requests, with the crossings.
 *
 * @param lambda        the steady function
 * @param cpu           the CPU model: which share of a Lambda duration an EC2 vCPU must do, and at
 *                      which speed Lambda ran it ({@link CpuModel#usableCpus})
 * @param prices        which prices
 * @param ec2           the EC2 options (price-book types or NAME=USD_PER_HOUR)
 * @param fleet         how EC2 fleets are sized (target utilisation, minimum, month, discount)
 * @param fromRequests  lowest monthly requests of the range
 * @param toRequests    highest monthly requests of the range
 * @param lmi           the Managed Instances option (the third curve family), or null
 * @param ranges        what the answer is uncertain over (INIT, CPU share), or {@link Ranges#NONE}
 * @param around        what surrounds the function (issue 18): with any, the curves are whole bills and
 *                      the function-alone crossings are reported beside them
 */
public record BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2,
                               FleetPolicy fleet, double fromRequests, double toRequests, LmiSettings lmi, Ranges ranges,
                               AroundConfig around) {

    /** The function alone, with ranges. */
    public BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2,
                            FleetPolicy fleet, double fromRequests, double toRequests, LmiSettings lmi, Ranges ranges) {
        this(lambda, cpu, prices, ec2, fleet, fromRequests, toRequests, lmi, ranges, AroundConfig.NONE);
    }

    /** With what surrounds the function, without ranges. */
    public BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2,
                            FleetPolicy fleet, double fromRequests, double toRequests, LmiSettings lmi, AroundConfig around) {
        this(lambda, cpu, prices, ec2, fleet, fromRequests, toRequests, lmi, Ranges.NONE, around);
    }

    /**
     * The ranges of the analytic model's inputs: INIT per cold start (ms; an INIT model's mean) and
     * the CPU-bound share; {@code notes} say what a range given cannot reach (the analytic model has
     * no keep-alive: its cold starts are {@code --cold-ratio}).
     */
    public record Ranges(Span<Double> initMs, Span<Double> cpuFraction, List<String> notes) {
        public static final Ranges NONE = new Ranges(null, null, List.of());

        public Ranges {
            notes = List.copyOf(notes);
        }

        public boolean isEmpty() {
            return initMs == null && cpuFraction == null;
        }
    }

    public BreakEvenRequest {
        ec2 = List.copyOf(ec2);
        ranges = ranges == null ? Ranges.NONE : ranges;
        around = around == null ? AroundConfig.NONE : around;
        if (!(fromRequests >= 1 && toRequests > fromRequests)) {
            throw new IllegalArgumentException("monthly requests from " + fromRequests + " to " + toRequests
                    + ": expected 1 <= from < to");
        }
    }

    /** Lambda against EC2 options only. */
    public BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2, FleetPolicy fleet,
                            double fromRequests, double toRequests) {
        this(lambda, cpu, prices, ec2, fleet, fromRequests, toRequests, null, Ranges.NONE);
    }

    /** Without ranges. */
    public BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2, FleetPolicy fleet,
                            double fromRequests, double toRequests, LmiSettings lmi) {
        this(lambda, cpu, prices, ec2, fleet, fromRequests, toRequests, lmi, Ranges.NONE);
    }

    /**
     * From settings; {@code duration_ms} and {@code memory_mb} are required. A {@code --functions}
     * file (e.g. a calibrated one) gives the function's INIT and CPU share and their ranges: the row
     * of {@code --function NAME}, or the file's only row; values given on the command line win.
     */
    public static BreakEvenRequest from(SettingValues v) {
        if (v.has(Settings.LATENCY_SLO)) {
            // A steady load is priced, not simulated: there is no latency to hold against the objective.
            throw new io.lambdasim.reports.settings.SettingException(Settings.LATENCY_SLO, Settings.LATENCY_SLO.type().format(
                    v.get(Settings.LATENCY_SLO)), "a latency objective needs a simulated workload: give --trace FILE or --generate SPEC");
        }
        ModelChoice model = ModelChoice.from(v);
        FunctionRule rule = null;
        FunctionRanges fileRanges = null;
        if (v.has(Settings.FUNCTIONS)) {
            String name = v.get(Settings.FUNCTION);
            rule = pick(model.rules(), name, v.get(Settings.FUNCTIONS).toString());
            for (FunctionRanges r : model.uncertain().functions()) {
                if (r.pattern().equals(rule.pattern())) {
                    fileRanges = r;
                }
            }
        }
        double initMs = v.get(Settings.INIT_MS);
        if (!v.has(Settings.INIT_MS)) {
            InitModel init = rule != null && rule.settings().init() != null ? rule.settings().init()
                    : v.has(Settings.INIT) || v.has(Settings.INIT_RANGE) ? model.simulation().init() : null;
            if (init != null) {
                initMs = init.meanUs() / 1000;
            }
        }
        double cpuFraction = model.simulation().cpu().cpuFraction();
        if (!v.has(Settings.CPU_FRACTION) && rule != null && rule.settings().cpuFraction() != null) {
            cpuFraction = rule.settings().cpuFraction();
        }
        Span<InitModel> initRange = fileRanges != null && fileRanges.init() != null ? fileRanges.init() : model.uncertain().init();
        Span<Double> cpuRange = fileRanges != null && fileRanges.cpuFraction() != null ? fileRanges.cpuFraction()
                : model.uncertain().cpuFraction();
        List<String> notes = new ArrayList<>();
        if (model.uncertain().keepAlive() != null || (fileRanges != null && fileRanges.keepAlive() != null)) {
            notes.add("a keep-alive range does not enter the analytic break-even (its cold starts are --cold-ratio); "
                    + "a trace-based one (--trace or --generate) reports the keep-alive's band");
        }
        Ranges ranges = new Ranges(initRange == null ? null
                : new Span<>(initRange.low().meanUs() / 1000, initRange.high().meanUs() / 1000, initRange.text()),
                cpuRange, notes);
        LambdaProfile lambda = new LambdaProfile(Required.of(v, Settings.MEMORY_MB), Required.of(v, Settings.DURATION_MS),
                v.get(Settings.ARCH), initMs, v.get(Settings.COLD_RATIO));
        return new BreakEvenRequest(lambda, new CpuModel(cpuFraction, v.get(Settings.THREADS)),
                PriceChoice.from(v), v.getOr(Settings.EC2, List.of()), fleet(v), v.get(Settings.FROM), v.get(Settings.TO),
                LmiSettings.from(v), ranges, AroundSettings.from(v));
    }

    /** The rule of {@code name}, or the only rule; an error naming the file otherwise. */
    private static FunctionRule pick(List<FunctionRule> rules, String name, String file) {
        if (name != null) {
            for (FunctionRule r : rules) {
                if (r.matches(name)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("--functions " + file + ": no row for function '" + name + "'");
        }
        if (rules.size() != 1) {
            throw new IllegalArgumentException("--functions " + file + ": " + rules.size() + " functions; name the one to "
                    + "analyse with --function NAME");
        }
        return rules.get(0);
    }

    /** The same request with another INIT per cold start and CPU share (an end of a range). */
    public BreakEvenRequest at(double initMs, double cpuFraction) {
        return new BreakEvenRequest(new LambdaProfile(lambda.memoryMb(), lambda.durationMs(), lambda.arch(), initMs,
                lambda.coldRatio()), new CpuModel(cpuFraction, cpu.threads()), prices, ec2, fleet, fromRequests, toRequests,
                lmi, Ranges.NONE, around);
    }

    static FleetPolicy fleet(SettingValues v) {
        return new FleetPolicy(v.get(Settings.TARGET_UTILIZATION), v.get(Settings.MIN_INSTANCES), v.get(Settings.HOURS),
                v.get(Settings.EC2_DISCOUNT));
    }

    /** Sample points of the curves (the analysis refines crossings exactly between them). */
    static int samples() {
        return BreakEvenAnalysis.DEFAULT_SAMPLES;
    }
}
