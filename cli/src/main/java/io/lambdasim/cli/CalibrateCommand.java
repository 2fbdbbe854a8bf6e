package io.lambdasim.cli;

import io.lambdasim.reports.calibrate.CalibrationReport;
import io.lambdasim.reports.calibrate.CalibrationResult;
import io.lambdasim.reports.calibrate.FunctionsYaml;
import io.lambdasim.reports.html.CalibrationSection;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.usecase.CalibrateRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lambdasim calibrate LOGS... [--function NAME] [-o functions.yaml] [--json]}: fits the
 * keep-alive, INIT and CPU-bound share to what a function's CloudWatch logs observed, says how sure
 * each figure is and what could not be fitted, and checks the fit by replaying the logs.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit keep-alive, INIT and the CPU-bound share to CloudWatch logs, with intervals.",
                "Each log stream is one execution environment: idle gaps after which it was reused, and idle environments "
                        + "gone by a cold start, bound the keep-alive; Init Duration gives the INIT distribution; several "
                        + "memory sizes (or a Power Tuning output, --calibration) give the CPU-bound share. Writes a "
                        + "--functions file (-o) that simulate, breakeven, sizing and batch read, and prints the logs "
                        + "replayed with the fit beside what they recorded.",
                "Figures the logs cannot support are left out and said why (exit code 0); unreadable input exits 2."},
        footer = {"", "Examples:",
                "  lambdasim calibrate examples/traces/orders-cloudwatch.log -o functions.yaml",
                "  lambdasim calibrate api.json worker.json --json",
                "  lambdasim simulate --trace api.json --functions functions.yaml"})
final class CalibrateCommand implements Callable<Integer>, SettingOptions.Command {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOGS", description = "CloudWatch log files (any export shape the trace readers accept)")
    List<Path> logs;

    @Option(names = {"-o", "--out"}, paramLabel = "functions.yaml", description = "Write the fitted settings as a --functions file.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write DIR/calibration.html and the section that "
            + "'lambdasim report DIR' (and batch --report into DIR) includes in its report.")
    Path report;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public List<Setting<?>> settings() {
        return CalibrateRequest.SETTINGS;
    }

    @Override
    public Integer call() {
        CalibrationResult result;
        try (ProgressLine line = ProgressLine.of(spec.commandLine().getErr(), "calibrating", -1, progress)) {
            result = UseCases.calibrate(CalibrateRequest.from(logs, SettingOptions.values(spec, settings())), line);
        }
        if (out != null) {
            FunctionsYaml.write(result, out);
        }
        Path page = report == null ? null : CalibrationSection.write(report, logs, result);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(Json.pretty(CalibrationReport.json(result)));
        } else {
            o.print(CalibrationReport.text(result));
            if (out != null) {
                o.println("functions file: " + out + " (use with --functions)");
            }
            if (page != null) {
                o.println("report: " + page);
            }
        }
        o.flush();
        return 0;
    }
}
