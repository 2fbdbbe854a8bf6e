package io.lambdasim.cli;

import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdasim trace convert FILE -o OUT.csv[.gz]}: any supported trace to the native format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a trace to lambdasim-csv (in start order, times relative to the trace start); "
            + "OUT ending in .gz is gzip-compressed.",
        footer = {"", "Examples:", "  lambdasim trace convert invocations_per_function_md.anon.d01.csv --placement poisson --seed 7 -o day1.csv.gz",
            "  lambdasim trace convert report.log --function api -o api.csv"})
final class TraceConvertCommand implements Callable<Integer>, SettingOptions.Command {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The trace to convert.")
    Path file;

    @Option(names = "--generate", paramLabel = "SPEC", description = "A generated workload instead of a FILE (see 'trace generate --help').")
    String generate;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output file: .csv or .csv.gz.")
    Path output;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return TraceInputOptions.SETTINGS;
    }

    @Override
    public Integer call() {
        // Checked before reading anything: never onto the input (links followed), never over a
        // folder or device; replacing an earlier OUT is what -o documents.
        OutputTarget target = OutputTarget.check(output, "-o", OutputTarget.Replace.YES, true,
                TraceInputOptions.inputFiles(spec, file, generate));
        long rows;
        TraceReport r;
        try (ProgressLine line = TraceInputOptions.progressLine(spec, "converting", generate, progress);
             InvocationCursor c = TraceInputOptions.openWorkload(spec, file, generate, line); AtomicFile f = target.open()) {
            rows = NativeCsvWriter.convert(c, f.stream(), NativeCsvWriter.gzipped(output));
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
}
