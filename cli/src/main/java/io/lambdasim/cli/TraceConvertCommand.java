package io.lambdasim.cli;

import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.reports.io.OutputFailed;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.bin.BinaryTraceWriter;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lambdasim trace convert FILE -o OUT.csv[.gz]}: any supported trace to the native format, or
 * with {@code --to lambdasim-bin} to the binary cache every command reads like any other format.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a trace to lambdasim-csv (in start order, times relative to the trace start); "
            + "OUT ending in .gz is gzip-compressed. With --to lambdasim-bin, write the binary cache instead: "
            + "every command reads it like any other trace, without parsing text again.",
        footer = {"", "Examples:", "  lambdasim trace convert invocations_per_function_md.anon.d01.csv --placement poisson --seed 7 -o day1.csv.gz",
            "  lambdasim trace convert report.log --function api -o api.csv",
            "  lambdasim trace convert invocations_per_function_md.anon.d01.csv --to lambdasim-bin -o day1.lsb"})
final class TraceConvertCommand implements Callable<Integer>, SettingOptions.Command {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The trace to convert.")
    Path file;

    @Option(names = "--generate", paramLabel = "SPEC", description = "A generated workload instead of a FILE (see 'trace generate --help').")
    String generate;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output file: .csv or .csv.gz (lambdasim-bin: any name without .gz). "
            + "An existing OUT is replaced, only once the conversion has succeeded.")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "lambdasim-csv",
            description = "Output format: lambdasim-csv (default) or lambdasim-bin (binary cache, not compressed).")
    String to;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return TraceInputOptions.SETTINGS;
    }

    @Override
    public Integer call() {
        TraceFormat format = outputFormat();
        // Checked before reading anything: never onto the input (links followed), never over a
        // folder or device; replacing an earlier OUT is what -o documents.
        OutputTarget target = OutputTarget.check(output, "-o", OutputTarget.Replace.YES, true,
                TraceInputOptions.inputFiles(spec, file, generate));
        long rows;
        TraceReport r;
        try (ProgressLine line = TraceInputOptions.progressLine(spec, "converting", generate, progress);
             InvocationCursor c = TraceInputOptions.openWorkload(spec, file, generate, line); AtomicFile f = target.open()) {
            if (format == TraceFormat.LAMBDASIM_BIN) {
                try {
                    rows = BinaryTraceWriter.convert(c, f.channel()); // seeks back for its header
                } catch (IOException e) {
                    throw new OutputFailed(output, e);
                }
            } else {
                rows = NativeCsvWriter.convert(c, f.stream(), NativeCsvWriter.gzipped(output));
            }
            r = c.report();
            f.commit(); // on any failure the temporary file goes and OUT stays as it was
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %,d invocations of %s (%s) to %s%n", rows,
                ErrorLine.clean(file != null ? file.toString() : "the generated workload"), r.format(), ErrorLine.clean(output.toString()));
        if (r.rowsSkipped() > 0) {
            out.printf(Locale.ROOT, "skipped %,d bad rows, first: %s%n", r.rowsSkipped(), ErrorLine.clean(String.join(" | ", r.firstSkipped())));
        }
        if (r.functionsDefaulted() > 0) {
            out.printf(Locale.ROOT, "%,d functions had no durations row and got the default duration%n", r.functionsDefaulted());
        }
        out.flush();
        return 0;
    }

    private TraceFormat outputFormat() {
        TraceFormat format;
        try {
            format = TraceFormat.parse(to);
        } catch (IllegalArgumentException e) {
            format = null;
        }
        if (format != TraceFormat.LAMBDASIM_CSV && format != TraceFormat.LAMBDASIM_BIN) {
            throw new IllegalArgumentException("--to " + ErrorLine.clean(to) + ": expected lambdasim-csv or lambdasim-bin");
        }
        if (format == TraceFormat.LAMBDASIM_BIN && output.getFileName().toString().endsWith(".gz")) {
            throw new IllegalArgumentException("-o " + ErrorLine.clean(output.toString()) + ": a lambdasim-bin cache is "
                    + "memory-mapped and cannot be gzip-compressed; name it without .gz");
        }
        return format;
    }
}
