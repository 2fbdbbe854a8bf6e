package io.lambdasim.reports.calibrate;

import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.uncertainty.Spans;
import java.util.Locale;

/**
 * The fits as a {@code --functions} file (YAML, a map from function name to its settings) that
 * {@code simulate}, {@code breakeven}, {@code sizing} and {@code batch} read: {@code keep_alive},
 * {@code init} and {@code cpu_fraction} where they were fitted, each with its {@code *_range} (the
 * 95% interval the commands report bands over). Nothing is written for a figure that could not be
 * fitted, so the command line's value applies; a comment says why.
 */
public final class FunctionsYaml {

    private FunctionsYaml() {
    }

    /** Writes the functions file to {@code file} (never onto one of the logs; a temporary file moved into place). */
    public static void write(CalibrationResult r, java.nio.file.Path file) {
        String text = of(r);
        io.lambdasim.reports.io.OutputTarget.check(file, "-o", io.lambdasim.reports.io.OutputTarget.Replace.YES, false,
                r.logs().files()).writeText(w -> w.write(text));
    }

    public static String of(CalibrationResult r) {
        StringBuilder y = new StringBuilder();
        y.append("# lambdasim calibrate: per-function settings fitted to ").append(r.logs().describe())
                .append(String.format(Locale.ROOT, " (%,d invocations)%n", r.invocations()));
        y.append("# Use with --functions FILE (simulate, breakeven, sizing, batch). The *_range keys are 95% intervals:\n");
        y.append("# the commands report each figure with its band over them. Keys: docs/settings.md.\n");
        for (FunctionFit f : r.functions()) {
            y.append(quote(f.function())).append(":");
            StringBuilder body = new StringBuilder();
            KeepAliveFit k = f.keepAlive();
            if (k.policy() != null) {
                body.append(String.format(Locale.ROOT, "  # keep-alive from %,d reuse gaps and %,d vanished environments%n",
                        k.reuseGaps(), k.vanished()));
                line(body, Settings.KEEP_ALIVE.key(), k.policy().spec());
                line(body, Settings.KEEP_ALIVE_RANGE.key(), k.range().text());
            }
            InitFit i = f.init();
            if (i.model() != null) {
                body.append(String.format(Locale.ROOT, "  # INIT from %,d cold starts%n", i.observed()));
                line(body, Settings.INIT.key(), i.modelText());
                if (i.range() != null) {
                    line(body, Settings.INIT_RANGE.key(), i.range().text());
                }
            }
            CpuFit c = f.cpu();
            if (c.cpuFraction() != null) {
                body.append(String.format(Locale.ROOT, "  # CPU-bound share at %d MB, from %s%n", c.referenceMemoryMb(),
                        c.source()));
                line(body, Settings.CPU_FRACTION.key(), Spans.plain(CpuFit.round(c.cpuFraction())));
                if (c.range() != null) {
                    line(body, Settings.CPU_FRACTION_RANGE.key(), c.range().text());
                }
            }
            if (body.length() == 0) {
                y.append(" {}\n");
            } else {
                y.append('\n').append(body);
            }
            for (String note : f.notes()) {
                y.append("  # ").append(note.replace('\n', ' ')).append('\n');
            }
        }
        return y.toString();
    }

    private static void line(StringBuilder y, String key, String value) {
        y.append("  ").append(key).append(": ").append(quote(value)).append('\n');
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
