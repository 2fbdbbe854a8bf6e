package io.lambdasim.cli;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.Placement;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads a trace file (a picocli mixin): format, bad rows, and
 * the choices the Azure 2019 and CloudWatch readers need. Turns them into {@link ReadOptions}.
 */
final class TraceInputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Trace format: lambdasim-csv, azure2021, azure2019, cloudwatch (default: detected from the first line).")
    String format;

    @Option(names = "--skip-bad-rows", description = "Skip malformed rows and report how many (default: stop at the first).")
    boolean skipBadRows;

    @Option(names = "--placement", paramLabel = "uniform|even|poisson", defaultValue = "uniform",
            description = "azure2019: how a minute's invocations are spread in the minute (default: ${DEFAULT-VALUE}).")
    String placement;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "azure2019: seed of placement and duration draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--durations", paramLabel = "FILE",
            description = "azure2019: function_durations_percentiles file (default: the one beside the trace for the same day).")
    Path durations;

    @Option(names = "--app-memory", paramLabel = "FILE",
            description = "azure2019: app_memory_percentiles file (default: the one beside the trace for the same day).")
    Path appMemory;

    @Option(names = "--default-duration", paramLabel = "DURATION", defaultValue = "1s",
            description = "azure2019: duration of functions missing from the durations file (default: ${DEFAULT-VALUE}).")
    String defaultDuration;

    @Option(names = "--memory", paramLabel = "MB",
            description = "Memory (MB) for every invocation, overriding what the trace says.")
    Integer memoryMb;

    @Option(names = "--function", paramLabel = "NAME",
            description = "cloudwatch: function name (default: the log group, else the file name).")
    String function;

    @Option(names = "--reorder-window", paramLabel = "DURATION", defaultValue = "900s",
            description = "azure2021/cloudwatch: how far a row may start before rows already read (default: ${DEFAULT-VALUE}, Lambda's longest timeout).")
    String reorderWindow;

    @Option(names = "--allow-huge", description = "Generate a workload expected to exceed 10,000,000,000 invocations (default: refuse).")
    boolean allowHuge;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    ReadOptions readOptions() {
        ReadOptions o = ReadOptions.DEFAULTS
                .withSkipBadRows(skipBadRows)
                .withPlacement(Placement.parse(placement))
                .withSeed(seed)
                .withDefaultDurationUs(micros(defaultDuration, "--default-duration"))
                .withFunction(function)
                .withDurationsFile(durations)
                .withMemoryFile(appMemory)
                .withReorderWindowUs(micros(reorderWindow, "--reorder-window"));
        if (memoryMb != null) {
            if (memoryMb < 1) {
                throw new IllegalArgumentException("--memory must be a whole number of MB >= 1, got " + memoryMb);
            }
            o = o.withMemoryMbOverride(memoryMb);
        }
        return o;
    }

    /** Opens {@code file} with these options; the format is detected unless {@code --format} names it. */
    InvocationCursor open(Path file) {
        if (format != null) {
            TraceFormat.parse(format); // fail on a bad name before touching the file
        }
        return Traces.open(file, format, readOptions());
    }

    /**
     * The workload of a command that takes a trace FILE or {@code --generate SPEC} (exactly one).
     * A generated workload keeps its spec's seed unless {@code --seed} was given on the command line.
     */
    InvocationCursor openWorkload(Path file, String generate, picocli.CommandLine.Model.CommandSpec command) {
        if ((file == null) == (generate == null)) {
            throw new IllegalArgumentException("give either a trace FILE or --generate SPEC");
        }
        if (file != null) {
            return open(file);
        }
        io.lambdasim.traces.generate.WorkloadSpec workload = io.lambdasim.traces.generate.WorkloadSpec.parse(generate);
        boolean seedGiven = command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption("--seed");
        return workload.open(seedGiven ? seed : workload.seed(), allowHuge);
    }

    /** {@link #openWorkload} reporting its progress to stderr (see {@link ProgressLine}); close both. */
    InvocationCursor openWorkload(Path file, String generate, picocli.CommandLine.Model.CommandSpec command,
                                  ProgressLine line) {
        return new ProgressCursor(openWorkload(file, generate, command), line);
    }

    /** The progress line of a command reading {@code generate} (its length known) or a file. */
    ProgressLine progressLine(picocli.CommandLine.Model.CommandSpec command, String verb, String generate) {
        long horizon = generate == null ? -1 : io.lambdasim.traces.generate.WorkloadSpec.parse(generate).horizonUs();
        return ProgressLine.of(command.commandLine().getErr(), verb, horizon, progress);
    }

    /** "250ms", "1.5s", "2m", "100us", "1h"; a bare number is milliseconds. */
    static long micros(String text, String option) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit;
        String number;
        if (t.endsWith("us")) {
            unit = 1;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("ms")) {
            unit = 1_000;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = 1_000_000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 60_000_000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unit = 3_600_000_000L;
            number = t.substring(0, t.length() - 1);
        } else {
            unit = 1_000;
            number = t;
        }
        try {
            double v = Double.parseDouble(number.trim());
            if (!(v >= 0) || v * unit > Long.MAX_VALUE / 2) {
                throw new NumberFormatException();
            }
            return Math.round(v * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a duration >= 0 such as 250ms, 1.5s or 2m, got '" + text + "'");
        }
    }
}
