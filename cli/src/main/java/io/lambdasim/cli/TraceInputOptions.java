package io.lambdasim.cli;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.Workload;
import io.lambdasim.traces.InvocationCursor;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The trace-reading settings of the commands that take a trace FILE argument or {@code --generate
 * SPEC} ({@code trace stats}, {@code trace convert}): format, bad rows, and the choices of the Azure
 * 2019 and CloudWatch readers, as the registry declares them.
 */
final class TraceInputOptions {

    static final List<Setting<?>> SETTINGS = List.of(Settings.FORMAT, Settings.FUNCTION, Settings.SKIP_BAD_ROWS,
            Settings.PLACEMENT, Settings.SEED, Settings.DURATIONS, Settings.APP_MEMORY, Settings.DEFAULT_DURATION,
            Settings.TRACE_MEMORY_MB, Settings.REORDER_WINDOW, Settings.ALLOW_HUGE);

    private TraceInputOptions() {
    }

    /**
     * The workload of a command that takes a trace FILE or {@code --generate SPEC} (exactly one), read
     * with the settings given. A generated workload keeps its spec's seed unless {@code --seed} was given.
     */
    static InvocationCursor openWorkload(CommandSpec command, Path file, String generate) {
        if ((file == null) == (generate == null)) {
            throw new IllegalArgumentException("give either a trace FILE or --generate SPEC");
        }
        return source(command, file, generate).open();
    }

    private static io.lambdasim.reports.run.TraceSource source(CommandSpec command, Path file, String generate) {
        SettingValues v = SettingOptions.values(command, SETTINGS);
        v = file != null ? v.with(Settings.TRACE, file.toString()) : v.with(Settings.GENERATE, generate);
        return Workload.from(v);
    }

    /** {@link #openWorkload} reporting its progress to {@code line} (see {@link ProgressLine}); close both. */
    static InvocationCursor openWorkload(CommandSpec command, Path file, String generate, ProgressLine line) {
        return new ProgressCursor(openWorkload(command, file, generate), line);
    }

    /** The progress line of a command reading {@code generate} (its length known) or a file. */
    static ProgressLine progressLine(CommandSpec command, String verb, String generate, boolean asked) {
        long horizon = generate == null ? -1 : io.lambdasim.traces.generate.WorkloadSpec.parse(generate).horizonUs();
        return ProgressLine.of(command.commandLine().getErr(), verb, horizon, asked);
    }

    /** Every file reading the workload touches (the trace and Azure 2019 files beside it): never an output. */
    static List<Path> inputFiles(CommandSpec command, Path file, String generate) {
        return file == null ? List.of() : io.lambdasim.traces.Traces.inputFiles(file, source(command, file, generate).read());
    }
}
