package io.lambdasim.cli;

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

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return TraceInputOptions.SETTINGS;
    }

    @Override
    public Integer call() {
        if (file != null && output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("-o " + output + " is the input file; write to another file");
        }
        long rows;
        TraceReport r;
        try (InvocationCursor c = TraceInputOptions.openWorkload(spec, file, generate)) {
            rows = NativeCsvWriter.convert(c, output);
            r = c.report();
        } catch (RuntimeException e) {
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
