package io.lambdasim.cli;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.bin.BinaryTraceWriter;
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

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output file: .csv or .csv.gz.")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "lambdasim-csv",
            description = "Output format: lambdasim-csv (default) or lambdasim-bin (binary cache, not compressed).")
    String to;

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return TraceInputOptions.SETTINGS;
    }

    @Override
    public Integer call() {
        if (file != null && output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("-o " + output + " is the input file; write to another file");
        }
        TraceFormat target;
        try {
            target = TraceFormat.parse(to);
        } catch (IllegalArgumentException e) {
            target = null;
        }
        if (target != TraceFormat.LAMBDASIM_CSV && target != TraceFormat.LAMBDASIM_BIN) {
            throw new IllegalArgumentException("--to " + to + ": expected lambdasim-csv or lambdasim-bin");
        }
        if (target == TraceFormat.LAMBDASIM_BIN && output.getFileName().toString().endsWith(".gz")) {
            throw new IllegalArgumentException("-o " + output + ": a lambdasim-bin cache is memory-mapped and cannot be "
                    + "gzip-compressed; name it without .gz");
        }
        long rows;
        TraceReport r;
        try (InvocationCursor c = TraceInputOptions.openWorkload(spec, file, generate)) {
            // The binary writer writes a temporary file and moves it into place when complete.
            rows = target == TraceFormat.LAMBDASIM_BIN ? BinaryTraceWriter.convert(c, output) : NativeCsvWriter.convert(c, output);
            r = c.report();
        } catch (RuntimeException e) {
            if (target == TraceFormat.LAMBDASIM_BIN) {
                throw e; // nothing of it was moved into place
            }
            // A half-written output would look like a shorter trace: remove it.
            try {
                java.nio.file.Files.deleteIfExists(output);
            } catch (java.io.IOException ignored) {
                // the original error matters more
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %,d invocations of %s (%s) to %s%n", rows, file != null ? file : "the generated workload", r.format(), output);
        if (r.rowsSkipped() > 0) {
            out.printf(Locale.ROOT, "skipped %,d bad rows, first: %s%n", r.rowsSkipped(), String.join(" | ", r.firstSkipped()));
        }
        if (r.functionsDefaulted() > 0) {
            out.printf(Locale.ROOT, "%,d functions had no durations row and got the default duration%n", r.functionsDefaulted());
        }
        out.flush();
        return 0;
    }
}
