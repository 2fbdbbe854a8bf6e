package io.lambdasim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.TraceStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdasim trace stats FILE}: what is in a trace, in one pass and constant memory. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarise a trace: invocations, functions, span, mean and peak rate, duration percentiles, "
            + "observed cold starts and memory sizes where the source has them.",
        footer = {"", "Examples:", "  lambdasim trace stats AzureFunctionsInvocationTrace2021Day13.csv.gz",
            "  lambdasim trace stats logs.json --function checkout --json"})
final class TraceStatsCommand implements Callable<Integer>, SettingOptions.Command {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The trace (.gz, .xz, .zst read transparently).")
    Path file;

    @Option(names = "--generate", paramLabel = "SPEC", description = "A generated workload instead of a FILE (see 'trace generate --help').")
    String generate;

    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return TraceInputOptions.SETTINGS;
    }

    @Override
    public Integer call() throws IOException {
        TraceStats s;
        try (InvocationCursor c = TraceInputOptions.openWorkload(spec, file, generate)) {
            s = TraceStats.of(c);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(s, out);
        } else {
            printText(s, out);
        }
        out.flush();
        return 0;
    }

    private void printText(TraceStats s, PrintWriter out) {
        TraceReport r = s.report();
        out.printf(Locale.ROOT, "file               %s%n", file != null ? file : "generated: " + generate);
        out.printf(Locale.ROOT, "format             %s%n", r.format());
        out.printf(Locale.ROOT, "invocations        %,d%n", s.invocations());
        out.printf(Locale.ROOT, "functions          %,d%n", s.functions());
        out.printf(Locale.ROOT, "span               %.3f s (first to last start)%n", s.spanSeconds());
        out.printf(Locale.ROOT, "mean rate          %.3f /s, %.2f /min%n", s.meanPerSecond(), s.meanPerMinute());
        out.printf(Locale.ROOT, "peak rate          %,d /s, %,d /min%n", s.peakPerSecond(), s.peakPerMinute());
        if (s.invocations() > 0) {
            Map<String, Long> d = s.durationsUs();
            out.printf(Locale.ROOT, "duration (ms)      min %s  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  mean %s%n",
                    ms(d.get("p0")), ms(d.get("p50")), ms(d.get("p90")), ms(d.get("p99")), ms(d.get("p99.9")),
                    ms(d.get("p100")), ms(Math.round(s.meanDurationUs())));
        }
        if (s.observedColdStarts() == null) {
            out.println("cold starts        not recorded by this source");
        } else {
            out.printf(Locale.ROOT, "cold starts        %,d observed (%.2f%%)%n", s.observedColdStarts(),
                    s.invocations() == 0 ? 0.0 : 100.0 * s.observedColdStarts() / s.invocations());
        }
        if (s.memorySizesMb().isEmpty()) {
            out.println("memory sizes       not recorded by this source");
        } else {
            StringBuilder sb = new StringBuilder();
            s.memorySizesMb().forEach((mb, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(mb).append(" MB: ")
                    .append(String.format(Locale.ROOT, "%,d", n)));
            out.println("memory sizes       " + sb);
        }
        if (r.rowsSkipped() > 0) {
            out.printf(Locale.ROOT, "rows skipped       %,d, first: %s%n", r.rowsSkipped(), String.join(" | ", r.firstSkipped()));
        }
        if (r.functionsDefaulted() > 0) {
            out.printf(Locale.ROOT, "functions given the default duration  %,d (e.g. %s)%n", r.functionsDefaulted(),
                    String.join(", ", r.defaultedFunctions()));
        }
        if (r.functionsWithoutMemory() > 0) {
            out.printf(Locale.ROOT, "functions without memory  %,d%n", r.functionsWithoutMemory());
        }
        if (r.functionsBelowMinimumMemory() > 0) {
            out.printf(Locale.ROOT, "functions below 128 MB   %,d, simulated at 128 MB (e.g. %s)%n",
                    r.functionsBelowMinimumMemory(), String.join(", ", r.belowMinimumMemory()));
        }
    }

    private static String ms(long us) {
        return String.format(Locale.ROOT, "%.3f", us / 1000.0);
    }

    private void printJson(TraceStats s, PrintWriter out) throws IOException {
        TraceReport r = s.report();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", file != null ? file.toString() : "generated: " + generate);
            g.writeStringField("format", r.format());
            g.writeNumberField("invocations", s.invocations());
            g.writeNumberField("functions", s.functions());
            g.writeNumberField("spanSeconds", s.spanSeconds());
            g.writeNumberField("meanRatePerSecond", s.meanPerSecond());
            g.writeNumberField("meanRatePerMinute", s.meanPerMinute());
            g.writeNumberField("peakRatePerSecond", s.peakPerSecond());
            g.writeNumberField("peakRatePerMinute", s.peakPerMinute());
            g.writeObjectFieldStart("durationMs");
            for (Map.Entry<String, Long> e : s.durationsUs().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue() / 1000.0);
            }
            if (s.invocations() > 0) {
                g.writeNumberField("mean", s.meanDurationUs() / 1000.0);
            }
            g.writeEndObject();
            if (s.observedColdStarts() == null) {
                g.writeNullField("observedColdStarts");
            } else {
                g.writeNumberField("observedColdStarts", s.observedColdStarts());
            }
            if (r.fields().contains(io.lambdasim.traces.TraceField.MEMORY)) {
                g.writeObjectFieldStart("memorySizesMb");
                for (Map.Entry<Integer, Long> e : s.memorySizesMb().entrySet()) {
                    g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
                }
                g.writeEndObject();
            } else {
                g.writeNullField("memorySizesMb");
            }
            g.writeNumberField("rowsRead", r.rowsRead());
            g.writeNumberField("rowsSkipped", r.rowsSkipped());
            g.writeArrayFieldStart("firstSkippedRows");
            for (String m : r.firstSkipped()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeNumberField("functionsDefaulted", r.functionsDefaulted());
            g.writeNumberField("functionsBelowMinimumMemory", r.functionsBelowMinimumMemory());
            g.writeEndObject();
        }
        out.println();
    }
}
