package io.lambdasim.cli;

import io.lambdasim.pricing.breakeven.CostPoint;
import io.lambdasim.pricing.breakeven.CostSeries;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.breakeven.TraceBreakEvenResult;
import io.lambdasim.reports.breakeven.TraceBreakEvenRun;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.TraceBreakEvenRequest;
import io.lambdasim.reports.usecase.UseCases;
import io.lambdasim.reports.usecase.ModelChoice;
import io.lambdasim.reports.usecase.Workload;
import io.lambdasim.traces.write.CsvCells;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
        description = {"Where Lambda, EC2 and Lambda Managed Instances cost the same, analytically or on a trace.",
                "Analytic: --duration-ms and --memory-mb describe a steady function; the monthly cost of Lambda and of "
                        + "each --ec2 option is computed from 10^3 to 10^10 requests a month, with the crossings and the "
                        + "cheapest option in every interval; --lmi TYPE adds Managed Instances as a third family.",
                "Trace-based: --trace FILE or --generate SPEC; the traffic is scaled by a factor k and simulated on "
                        + "Lambda and on each EC2 fleet to find the factor at which the cheaper side changes."})
final class BreakevenCommand implements Callable<Integer>, SettingOptions.Command {

    /** Analytic and trace-based alike (each reads what it needs). */
    static final List<Setting<?>> SETTINGS = Stream.of(
            List.of(Settings.DURATION_MS, Settings.MEMORY_MB, Settings.EC2, Settings.ARCH, Settings.MIN_INSTANCES,
                    Settings.MAX_INSTANCES, Settings.TARGET_UTILIZATION, Settings.EC2_DISCOUNT, Settings.CPU_FRACTION,
                    Settings.THREADS, Settings.INIT_MS, Settings.COLD_RATIO, Settings.HOURS, Settings.FROM, Settings.TO,
                    Settings.FLEET, Settings.BALANCER, Settings.LAUNCH_DELAY, Settings.COOLDOWN, Settings.MAX_FACTOR, Settings.LOAD_BALANCER,
                    Settings.REGION, Settings.RULES, Settings.FREE_TIER, Settings.SAVINGS_PLAN, Settings.PRICES,
                    Settings.LMI, Settings.LMI_INSTANCE, Settings.LMI_MIN, Settings.LMI_MAX, Settings.LMI_MAX_CONCURRENCY,
                    Settings.LMI_TARGET_CPU, Settings.LATENCY_SLO),
            AroundSettings.SETTINGS, Workload.SETTINGS, ModelChoice.SETTINGS).flatMap(List::stream).toList();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", arity = "0..1", fallbackValue = STDOUT,
            description = "Chart points as CSV (option,requests,monthly_cost): to FILE, or instead of the table when no FILE is given.")
    Path csv;

    /** {@code --csv} without a file: the points go to standard output in place of the table. */
    private static final String STDOUT = "-";

    @Option(names = "--force", description = "Replace an existing --csv FILE (default: refuse).")
    boolean force;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    /** The --csv file, checked before any work (never an input, never a folder or device); null for stdout. */
    private OutputTarget csvTarget;

    @Override
    public List<Setting<?>> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        SettingValues values = SettingOptions.values(spec, SETTINGS);
        if (csv != null && !csvToStdout()) {
            csvTarget = OutputTarget.check(csv, "--csv", OutputTarget.Replace.WITH_FORCE, force,
                    OutputTarget.inputs(values.get(Settings.PRICES), values.get(Settings.TRACE)));
        }
        if (!values.has(Settings.EC2) && !LmiSettings.requested(values)) {
            throw new IllegalArgumentException(Settings.EC2.option() + " (or " + Settings.LMI.option() + ") is required: expected "
                    + Settings.EC2.type().expected());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (values.has(Settings.TRACE) || values.has(Settings.GENERATE)) {
            return traceBased(values, out);
        }
        if (!values.has(Settings.DURATION_MS) || !values.has(Settings.MEMORY_MB)) {
            throw new IllegalArgumentException("analytic break-even needs --duration-ms and --memory-mb "
                    + "(or --trace FILE / --generate SPEC for a trace-based one)");
        }
        BreakEvenReport report = UseCases.breakEven(BreakEvenRequest.from(values));
        if (csv != null) {
            writeTo(csvTarget, out, w -> writeCsv(report.result(), w));
            if (csvToStdout()) {
                return 0;
            }
        }
        if (json) {
            out.println(toJson(report.json()));
        } else {
            out.print(report.table());
        }
        out.flush();
        return 0;
    }

    private int traceBased(SettingValues values, PrintWriter out) {
        TraceBreakEvenResult result;
        try (ProgressLine line = ProgressLine.of(spec.commandLine().getErr(), "simulating", -1, progress)) {
            result = UseCases.traceBreakEven(TraceBreakEvenRequest.from(values), line);
        }
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
        return Json.pretty(tree);
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

    private static void writeCsv(io.lambdasim.pricing.breakeven.BreakEvenResult result, Writer w) throws IOException {
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
