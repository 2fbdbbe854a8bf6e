package io.lambdasim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lambdasim.engine.CpuModel;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.pricing.breakeven.Ec2CostCurve;
import io.lambdasim.pricing.breakeven.FleetPolicy;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lambdasim breakeven}: where Lambda and EC2 cost the same. Analytic (a steady function
 * given by duration and memory: cost curves over 10^3..10^10 requests a month and their
 * crossings) or, with {@code --trace}/{@code --generate}, by simulating the workload with its
 * traffic scaled.
 */
@Command(name = "breakeven", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Where Lambda and EC2 cost the same, analytically or on a trace.",
                "Analytic: --duration-ms and --memory-mb describe a steady function; the monthly cost of Lambda and of "
                        + "each --ec2 option is computed from 10^3 to 10^10 requests a month, with the crossings and the "
                        + "cheapest option in every interval.",
                "Trace-based: --trace FILE or --generate SPEC; the traffic is scaled by a factor k and simulated on "
                        + "Lambda and on each EC2 fleet to find the factor at which the cheaper side changes."})
final class BreakevenCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    PriceOptions pricing;

    @Spec
    CommandSpec spec;

    /** Trace-based when given (the same --trace/--generate choice as sizing). */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    SizingCommand.Workload workload;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Trace format (default: detected).")
    String format;

    @Option(names = "--duration-ms", paramLabel = "MS", description = "Analytic: duration of one request, ms.")
    Double durationMs;

    @Option(names = "--memory-mb", paramLabel = "MB",
            description = "Configured memory (analytic: required; trace: simulated memory, default the trace's, else 512).")
    Integer memoryMb;

    @Option(names = "--ec2", paramLabel = "TYPES", required = true, split = ",",
            description = "EC2 options: price-book types or NAME=DOLLARS_PER_HOUR, comma-separated.")
    List<String> ec2;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "x86_64", description = "x86_64 or arm64 (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--min-instances", paramLabel = "N", defaultValue = "2",
            description = "Fewest EC2 instances (default: ${DEFAULT-VALUE}, one per availability zone).")
    int minInstances;

    @Option(names = "--max-instances", paramLabel = "N", defaultValue = "10000", description = "Trace: autoscaled fleet's largest size.")
    int maxInstances;

    @Option(names = "--target-utilization", paramLabel = "F", defaultValue = "0.7",
            description = "CPU utilisation the fleet is sized for (default: ${DEFAULT-VALUE}).")
    double targetUtilization;

    @Option(names = "--discount", paramLabel = "F", defaultValue = "0",
            description = "EC2 discount (Savings Plans, Reserved, Spot) on the hourly price, 0..1 (default: ${DEFAULT-VALUE}).")
    double discount;

    @Option(names = "--cpu-fraction", paramLabel = "F",
            description = "CPU-bound share of the duration (default: " + CpuModel.DEFAULT_CPU_FRACTION + ").")
    Double cpuFraction;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads the function can use (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--init-ms", paramLabel = "MS", defaultValue = "0", description = "Analytic: INIT of a cold start, ms.")
    double initMs;

    @Option(names = "--cold-ratio", paramLabel = "F", defaultValue = "0", description = "Analytic: share of requests that are cold.")
    double coldRatio;

    @Option(names = "--hours", paramLabel = "H", defaultValue = "730", description = "Hours in a month (default: ${DEFAULT-VALUE}).")
    double hours;

    @Option(names = "--from", paramLabel = "REQUESTS", defaultValue = "1e3", description = "Analytic: lowest monthly requests.")
    double from;

    @Option(names = "--to", paramLabel = "REQUESTS", defaultValue = "1e10", description = "Analytic: highest monthly requests.")
    double to;

    @Option(names = "--mode", paramLabel = "static|autoscaled", defaultValue = "static",
            description = "Trace: EC2 fleet mode (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--launch-delay", paramLabel = "DURATION", defaultValue = "3m", description = "Trace: autoscaled launch delay.")
    String launchDelay;

    @Option(names = "--cooldown", paramLabel = "DURATION", defaultValue = "5m", description = "Trace: autoscaled scale-in cooldown.")
    String cooldown;

    @Option(names = "--max-factor", paramLabel = "K", defaultValue = "1024", description = "Trace: largest traffic factor tried.")
    double maxFactor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Trace: seed of traffic scaling and the simulation.")
    long seed;

    @Option(names = "--load-balancer", description = "Trace: add an application load balancer to each EC2 option.")
    boolean loadBalancer;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", arity = "0..1", fallbackValue = STDOUT,
            description = "Chart points as CSV (option,requests,monthly_cost): to FILE, or instead of the table when no FILE is given.")
    Path csv;

    /** {@code --csv} without a file: the points go to standard output in place of the table. */
    private static final String STDOUT = "-";

    @Option(names = "--force", description = "Replace an existing --csv FILE (default: refuse).")
    boolean force;

    /** The --csv file, checked before any work (never an input, never a folder or device). */
    private OutputTarget csvTarget;

    @Override
    public Integer call() {
        if (csv != null && !csvToStdout()) {
            csvTarget = OutputTarget.check(csv, "--csv", OutputTarget.Replace.WITH_FORCE, force,
                    OutputTarget.inputs(pricing.prices, workload == null ? null : workload.trace));
        }
        PriceSource priceSource = PriceSources.open(pricing.prices, pricing.region, pricing.rules,
                pricing.costOptions());
        PrintWriter out = spec.commandLine().getOut();
        if (workload != null) {
            return traceBased(priceSource, out);
        }
        if (durationMs == null || memoryMb == null) {
            throw new IllegalArgumentException("analytic break-even needs --duration-ms and --memory-mb "
                    + "(or --trace FILE / --generate SPEC for a trace-based one)");
        }
        priceSource.checkMemory(memoryMb);
        CpuModel cpu = new CpuModel(cpuFraction == null ? CpuModel.DEFAULT_CPU_FRACTION : cpuFraction, threads);
        LambdaProfile profile = new LambdaProfile(memoryMb, durationMs, arch, initMs, coldRatio);
        RequestNeeds needs = RequestNeeds.fromLambda(durationMs / 1000, cpu.cpuFraction(), cpu.usableCpus(memoryMb),
                cpu.threads(), memoryMb);
        FleetPolicy policy = new FleetPolicy(targetUtilization, minInstances, hours, discount);
        List<Ec2CostCurve> curves = new ArrayList<>();
        for (String e : ec2) {
            curves.add(new Ec2CostCurve(priceSource.ec2(e.trim()), needs, policy));
        }
        BreakEvenResult result = new BreakEvenAnalysis(from, to, BreakEvenAnalysis.DEFAULT_SAMPLES)
                .analyze(priceSource.lambdaCurve(profile), curves);
        if (csv != null) {
            writeTo(csvTarget, out, w -> writeCsv(result, w));
            if (csvToStdout()) {
                return 0;
            }
        }
        BreakEvenReport report = new BreakEvenReport(priceSource, profile, curves, result);
        if (json) {
            out.println(toJson(report.json()));
        } else {
            out.print(report.table());
        }
        out.flush();
        return 0;
    }

    private int traceBased(PriceSource priceSource, PrintWriter out) {
        TraceBreakEvenRun run = new TraceBreakEvenRun(priceSource)
                .workload(workload.trace, format, workload.generate)
                .lambda(memoryMb, arch, cpuFraction, threads, seed)
                .fleet(mode, minInstances, maxInstances, targetUtilization, discount,
                        TraceInputOptions.micros(launchDelay, "--launch-delay"), TraceInputOptions.micros(cooldown, "--cooldown"),
                        loadBalancer)
                .search(maxFactor, hours);
        TraceBreakEvenResult result = run.run(ec2);
        if (csv != null) {
            writeTo(csvTarget, out, w -> writeFactorCsv(result, w));
            if (csvToStdout()) {
                return 0;
            }
        }
        if (json) {
            out.println(toJson(TraceBreakEvenRun.json(result)));
        } else {
            out.print(TraceBreakEvenRun.table(result));
        }
        out.flush();
        return 0;
    }

    static String toJson(Map<String, Object> tree) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean csvToStdout() {
        return csv.toString().equals(STDOUT);
    }

    private interface CsvBody {
        void write(Writer w) throws IOException;
    }

    /** Writes CSV to {@code target} (whole, or not at all), or to {@code out} when there is none ({@code --csv -}). */
    private static void writeTo(OutputTarget target, PrintWriter out, CsvBody body) {
        if (target == null) {
            try {
                body.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return;
        }
        target.writeText(body::write);
    }

    private static void writeCsv(BreakEvenResult result, Writer w) throws IOException {
        w.write("option,requests,monthly_cost\n");
        for (CostSeries s : result.series()) {
            for (CostPoint p : s.points()) {
                w.write(CsvCells.text(s.option()) + "," + num(p.requests()) + "," + num(p.monthlyCost()) + "\n");
            }
        }
    }

    private static void writeFactorCsv(TraceBreakEvenResult result, Writer w) throws IOException {
        w.write("option,factor,lambda_monthly_cost,ec2_monthly_cost\n");
        for (var o : result.options()) {
            for (var p : o.points()) {
                w.write(CsvCells.text(o.option()) + "," + num(p.factor()) + "," + num(p.lambdaMonthly()) + "," + num(p.ec2Monthly()) + "\n");
            }
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
