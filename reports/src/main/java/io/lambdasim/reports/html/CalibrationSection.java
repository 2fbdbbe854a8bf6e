package io.lambdasim.reports.html;

import io.lambdasim.reports.io.OutputTarget;

import io.lambdasim.engine.Durations;
import io.lambdasim.reports.calibrate.CalibrationResult;
import io.lambdasim.reports.calibrate.CpuFit;
import io.lambdasim.reports.calibrate.FunctionFit;
import io.lambdasim.reports.calibrate.InitFit;
import io.lambdasim.reports.calibrate.KeepAliveFit;
import io.lambdasim.reports.calibrate.ReplayCheck;
import io.lambdasim.reports.charts.ChartFiles;
import io.lambdasim.reports.charts.Charts;
import io.lambdasim.reports.charts.KeepAliveData;
import io.lambdasim.reports.uncertainty.Spans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * The calibration's section of the HTML report: per function the fitted keep-alive (with its
 * interval and the evidence), INIT and CPU share, what could not be fitted, the keep-alive chart,
 * and the replay check. {@code lambdasim calibrate --report DIR} writes it as
 * {@value #FRAGMENT} (which {@code lambdasim report DIR} and {@code batch --report} include) and as
 * a page of its own, {@value #PAGE}.
 */
public final class CalibrationSection {

    /** The section alone (XHTML), included by the batch report when it is in the output folder. */
    public static final String FRAGMENT = "calibration.section.html";
    /** The section as a page of its own. */
    public static final String PAGE = "calibration.html";


    private CalibrationSection() {
    }

    /**
     * Writes the fragment and the page into the report folder {@code dir}, as every output is
     * written (never onto one of {@code inputs}); returns the page. Its charts are embedded. The two
     * files stay out of the folder's manifest: they are calibrate's, so a later batch or report in
     * the same folder includes the section and never deletes it as a stale file of its own.
     */
    public static Path write(Path dir, java.util.Collection<Path> inputs, CalibrationResult r) {
        try {
            java.nio.file.Files.createDirectories(dir);
            Html h = new Html();
            section(h, r);
            String fragment = h.toString();
            OutputTarget.check(dir.resolve(FRAGMENT), "--report", OutputTarget.Replace.YES, false, inputs)
                    .writeText(w -> w.write(fragment));
            Html page = new Html();
            page.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                    .raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                    .el("title", null, "lambdasim calibration").raw("<style>").raw(Style.CSS).raw("</style>\n</head>\n<body>\n")
                    .el("h1", null, "lambdasim calibration").raw(fragment)
                    .el("p", "foot", "Written by lambdasim calibrate.")
                    .raw("</body>\n</html>\n");
            String text = page.toString();
            Path out = dir.resolve(PAGE);
            OutputTarget.check(out, "--report", OutputTarget.Replace.YES, false, inputs).writeText(w -> w.write(text));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fragment of {@code dir}, or null when there is none. */
    static String fragment(Path dir) throws IOException {
        Path f = dir.resolve(FRAGMENT);
        return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
    }

    static void section(Html h, CalibrationResult r) throws IOException {
        h.raw("<section>\n").el("h2", null, "Calibration from the logs");
        h.el("p", "lead", String.format(Locale.ROOT, "%,d REPORT lines of %d function(s) from %s. Each log stream is one "
                        + "execution environment: idle gaps after which it was reused, and idle environments gone by a cold "
                        + "start, bound the keep-alive; intervals are 95%%, by a bootstrap over environments.",
                r.invocations(), r.functions().size(), r.logs().describe()));
        h.open("table", null).raw("<thead><tr>");
        for (String c : List.of("function", "invocations", "environments", "keep-alive", "95% interval", "INIT",
                "CPU-bound share", "cold starts observed / replayed")) {
            h.el("th", null, c);
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (FunctionFit f : r.functions()) {
            KeepAliveFit k = f.keepAlive();
            InitFit i = f.init();
            CpuFit c = f.cpu();
            ReplayCheck check = r.check(f.function());
            h.raw("<tr>");
            h.el("td", null, f.function());
            h.el("td", "num", String.format(Locale.ROOT, "%,d", f.invocations()));
            h.el("td", "num", String.format(Locale.ROOT, "%,d%s", f.environments(), f.environmentsInferred() ? " (inferred)" : ""));
            h.el("td", null, policy(k));
            h.el("td", null, interval(k));
            h.el("td", null, init(i));
            h.el("td", null, c.cpuFraction() == null ? "not fitted"
                    : Spans.plain(Math.round(c.cpuFraction() * 1000) / 1000.0) + " at " + c.referenceMemoryMb() + " MB");
            h.el("td", "num", check == null ? "" : String.format(Locale.ROOT, "%,d / %,d (%s)", check.observedColdStarts(),
                    check.simulatedColdStarts(), Double.isNaN(check.coldStartError()) ? "no cold start observed"
                    : percent(check.coldStartError())));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n").close("table");
        for (FunctionFit f : r.functions()) {
            if (!f.notes().isEmpty()) {
                h.open("p", null).text(f.function() + ": ").close("p");
                h.open("ul", null);
                for (String n : f.notes()) {
                    h.el("li", null, n);
                }
                h.close("ul");
            }
            KeepAliveFit k = f.keepAlive();
            if (k.distribution().isEmpty() || k.vanished() == 0) {
                continue;
            }
            JFreeChart chart = Charts.keepAlive(f.function() + ": keep-alive", data(f));
            byte[] png = ChartFiles.png(chart, ChartFiles.WIDTH, ChartFiles.HEIGHT);
            h.raw("<figure>\n<img src=\"").raw(ChartFiles.pngDataUri(png)).raw("\" width=\"")
                    .raw(Integer.toString(ChartFiles.WIDTH)).raw("\" height=\"").raw(Integer.toString(ChartFiles.HEIGHT))
                    .raw("\" alt=\"").text(chart.getTitle().getText()).raw("\"/>\n");
            h.el("figcaption", null, "Share of idle environments gone by each idle gap: as the logs show it (Turnbull's "
                    + "estimate), as the fitted policy has it, and the policy's 95% interval(s), by a bootstrap over "
                    + "environments.").raw("</figure>\n");
        }
        checkTable(h, r);
        h.raw("</section>\n");
    }

    /** Observed against simulated, per function, with the relative errors (the text report's table, as HTML). */
    private static void checkTable(Html h, CalibrationResult r) {
        h.el("h3", null, "Check: the logs replayed with the fitted settings");
        h.el("p", null, "The same invocations, with the durations as logged, through the simulator with the fitted "
                + "keep-alive and INIT; the cold starts also at each end of the keep-alive's 95% interval.");
        h.open("table", null).raw("<thead><tr>");
        for (String c : List.of("function", "keep-alive replayed", "cold starts observed", "replayed", "over the interval",
                "error", "environments observed", "replayed", "error", "billed ms observed", "replayed", "error")) {
            h.el("th", null, c);
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (ReplayCheck c : r.checks()) {
            h.raw("<tr>");
            h.el("td", null, c.function());
            h.el("td", null, c.keepAlive());
            h.el("td", "num", String.format(Locale.ROOT, "%,d", c.observedColdStarts()));
            h.el("td", "num", String.format(Locale.ROOT, "%,d", c.simulatedColdStarts()));
            h.el("td", "num", c.simulatedLow() == null ? "" : String.format(Locale.ROOT, "%,d – %,d", c.simulatedLow(),
                    c.simulatedHigh()));
            h.el("td", "num", percent(c.coldStartError()));
            h.el("td", "num", String.format(Locale.ROOT, "%,d", c.observedEnvironments()));
            h.el("td", "num", String.format(Locale.ROOT, "%,d", c.simulatedEnvironments()));
            h.el("td", "num", percent(c.environmentError()));
            h.el("td", "num", Double.isNaN(c.observedBilledMs()) ? "-" : String.format(Locale.ROOT, "%,.0f", c.observedBilledMs()));
            h.el("td", "num", String.format(Locale.ROOT, "%,.0f", c.simulatedBilledMs()));
            h.el("td", "num", percent(c.billedError()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n").close("table");
    }

    /** The chart's data: the estimate's staircase, the fitted policy's distribution, the interval. */
    static KeepAliveData data(FunctionFit f) {
        KeepAliveFit k = f.keepAlive();
        List<double[]> steps = new ArrayList<>();
        steps.add(new double[] {0, 0});
        for (var s : k.distribution()) {
            steps.add(new double[] {s.gapUs() / 6e7, s.gone()});
        }
        double maxMin = steps.get(steps.size() - 1)[0] * 1.2 + 1;
        double[] fx;
        double[] fy;
        List<KeepAliveData.Interval> intervals = new ArrayList<>();
        if (k.isRandom()) {
            double a = k.randomMinUs() / 6e7;
            double b = k.randomMaxUs() / 6e7;
            fx = new double[] {0, a, b, Math.max(b, maxMin)};
            fy = new double[] {0, 0, 1, 1};
            interval(intervals, k.randomMinCiUs(), "95% interval of the shortest keep-alive");
            interval(intervals, k.randomMaxCiUs(), "95% interval of the longest keep-alive");
        } else if (k.fixedUs() != null) {
            double d = k.fixedUs() / 6e7;
            fx = new double[] {0, d, d, Math.max(d, maxMin)};
            fy = new double[] {0, 0, 1, 1};
            if (k.bounded()) {
                interval(intervals, new double[] {k.lowUs(), k.highUs()}, "95% interval of the keep-alive");
            }
        } else {
            fx = new double[0];
            fy = new double[0];
        }
        return new KeepAliveData(f.function(), steps.stream().mapToDouble(p -> p[0]).toArray(),
                steps.stream().mapToDouble(p -> p[1]).toArray(), fx, fy, intervals,
                k.policy() == null ? null : k.policy().spec());
    }

    private static void interval(List<KeepAliveData.Interval> out, double[] us, String label) {
        if (us != null && us.length == 2) {
            out.add(new KeepAliveData.Interval(us[0] / 6e7, us[1] / 6e7, label));
        }
    }

    /** The fitted policy in the setting's spelling, and in minutes for people when it is random. */
    static String policy(KeepAliveFit k) {
        if (k.policy() == null) {
            return "not fitted";
        }
        return k.policy().spec() + (k.isRandom() ? " (" + span(k.randomMinUs(), k.randomMaxUs()) + ")" : "");
    }

    /** The policy's 95% interval(s): a fixed keep-alive's, or a random one's ends'; what bounds there are when unfitted. */
    static String interval(KeepAliveFit k) {
        if (k.isRandom() && k.randomMinCiUs() != null && k.randomMaxCiUs() != null) {
            return String.format(Locale.ROOT, "shortest %.1f–%.1f, longest %s", k.randomMinCiUs()[0] / Durations.US_PER_MIN,
                    k.randomMinCiUs()[1] / Durations.US_PER_MIN, span(k.randomMaxCiUs()[0], k.randomMaxCiUs()[1]));
        }
        if (k.bounded()) {
            return span(k.lowUs(), k.highUs());
        }
        String low = k.lowUs() != null ? "at least " + minutes(k.lowUs()) : "";
        String high = k.highUs() != null ? "below " + minutes(k.highUs()) : "";
        return low.isEmpty() || high.isEmpty() ? low + high : low + ", " + high;
    }

    /** "5.0–5.6 min". */
    private static String span(double lowUs, double highUs) {
        return String.format(Locale.ROOT, "%.1f–%.1f min", lowUs / Durations.US_PER_MIN, highUs / Durations.US_PER_MIN);
    }

    /** INIT for people: the fitted lognormal's mean and p99 (the functions file has the model's spelling). */
    private static String init(InitFit i) {
        if (i.model() == null) {
            return "not fitted";
        }
        return String.format(Locale.ROOT, "mean %,.1f ms", i.meanUs() / 1000)
                + (i.p99Us() == null ? "" : String.format(Locale.ROOT, ", p99 %,.1f ms", i.p99Us() / 1000));
    }

    private static String minutes(Double us) {
        return us == null ? "-" : String.format(Locale.ROOT, "%.1f min", us / Durations.US_PER_MIN);
    }

    /** A relative error; "-" when nothing was observed to compare with. */
    private static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }
}
