package io.lambdasim.cli;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingReport;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.usecase.SizingRequest;
import io.lambdasim.reports.usecase.UseCases;
import io.lambdasim.reports.usecase.ModelChoice;
import io.lambdasim.reports.usecase.Workload;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/**
 * {@code lambdasim sizing}: AWS Lambda Power Tuning done offline on a trace. Simulates the
 * workload at every memory size, prices it per architecture, and recommends one configuration.
 */
@Command(name = "sizing", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cost and latency against memory, with a recommendation.",
                "Simulates the workload at every --memory size (and prices it per --arch), then recommends one with "
                        + "AWS Lambda Power Tuning's strategies: cost (cheapest, ties by speed), speed (fastest), balanced "
                        + "(least w*cost/maxCost + (1-w)*duration/maxDuration)."})
final class SizingCommand implements Callable<Integer>, SettingOptions.Command {

    /** The sizing settings first: its --memory (a list of sizes) keeps that name. */
    static final List<Setting<?>> SETTINGS = Stream.of(
            List.of(Settings.MEMORY_SIZES, Settings.STRATEGY, Settings.BALANCED_WEIGHT, Settings.ARCHES,
                    Settings.CPU_FRACTION, Settings.THREADS, Settings.CALIBRATION, Settings.CALIBRATION_ARM64, Settings.REFERENCE_MEMORY_MB,
                    Settings.RULES, Settings.REGION, Settings.FREE_TIER, Settings.SAVINGS_PLAN, Settings.PRICES,
                    Settings.HOURS, Settings.JOBS),
            Workload.SETTINGS, ModelChoice.SETTINGS).flatMap(List::stream).toList();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public List<Setting<?>> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        SizingResult result;
        try (ProgressLine line = ProgressLine.of(spec.commandLine().getErr(), "simulating", -1, progress)) {
            result = UseCases.sizing(SizingRequest.from(SettingOptions.values(spec, SETTINGS)), line);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(SizingReport.json(result, result.rows().get(0).invocations())));
        } else {
            out.print(SizingReport.table(result, result.rows().get(0).invocations()));
        }
        out.flush();
        return 0;
    }
}
