package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.Durations;
import io.lambdasim.reports.uncertainty.Spans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A calibration as text for people and as the JSON tree of issue 14 for tools:
 * {@code {"functions": [{"function", "invocations", "environments", "keepAlive": {"fixedSeconds",
 * "lowSeconds", "highSeconds", "bounded", "policy"}, "init": {"meanMs", "p99Ms"}, "cpuFraction",
 * "observed": {"coldStarts"}, "simulated": {"coldStarts"}, "notes"}]}}; a figure that could not be
 * fitted is null and a note says why.
 */
public final class CalibrationReport {

    private CalibrationReport() {
    }

    public static Map<String, Object> json(CalibrationResult r) {
        List<Map<String, Object>> functions = new ArrayList<>();
        for (FunctionFit f : r.functions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("function", f.function());
            m.put("invocations", f.invocations());
            m.put("environments", f.environments());
            KeepAliveFit k = f.keepAlive();
            Map<String, Object> keep = new LinkedHashMap<>();
            keep.put("fixedSeconds", seconds(k.fixedUs()));
            keep.put("lowSeconds", seconds(k.lowUs()));
            keep.put("highSeconds", seconds(k.highUs()));
            keep.put("bounded", k.bounded());
            keep.put("policy", k.policy() == null ? null : k.policy().spec());
            m.put("keepAlive", keep);
            Map<String, Object> init = new LinkedHashMap<>();
            init.put("meanMs", ms(f.init().meanUs()));
            init.put("p99Ms", ms(f.init().p99Us()));
            m.put("init", init);
            m.put("cpuFraction", f.cpu().cpuFraction() == null ? null : CpuFit.round(f.cpu().cpuFraction()));
            m.put("observed", Map.of("coldStarts", f.observedColdStarts()));
            ReplayCheck c = r.check(f.function());
            Map<String, Object> sim = new LinkedHashMap<>();
            sim.put("coldStarts", c == null ? null : c.simulatedColdStarts());
            m.put("simulated", sim);
            m.put("notes", f.notes());
            functions.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("functions", functions);
        return root;
    }

    private static Double seconds(Double us) {
        return us == null || us.isNaN() || us.isInfinite() ? null : Math.round(us / 1e5) / 10.0;
    }

    private static Double ms(Double us) {
        return us == null || us.isNaN() ? null : Math.round(us / 100) / 10.0;
    }

    // ------------------------------------------------------------------------------------ text

    public static String text(CalibrationResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Calibrated from %s: %,d invocations of %d function(s)%s%n", r.logs().describe(),
                r.invocations(), r.functions().size(), r.logs().files().size() > 1 && !r.onOneClock()
                        ? " (files without wall-clock times: each aligned at its first invocation)" : ""));
        if (r.rowsSkipped() > 0) {
            s.append(String.format(Locale.ROOT, "  %,d malformed line(s) skipped%n", r.rowsSkipped()));
        }
        for (FunctionFit f : r.functions()) {
            s.append('\n');
            s.append(String.format(Locale.ROOT, "%s: %,d invocations, %,d environments%s, %,d cold starts observed%n",
                    f.function(), f.invocations(), f.environments(),
                    f.environmentsInferred() ? " (inferred: no log stream)" : "", f.observedColdStarts()));
            keepAlive(s, f.keepAlive(), f.environments());
            init(s, f.init());
            cpu(s, f.cpu());
            for (String note : f.notes()) {
                s.append("  note         ").append(note).append('\n');
            }
        }
        s.append('\n').append(checkTable(r));
        return s.toString();
    }

    private static void keepAlive(StringBuilder s, KeepAliveFit k, int environments) {
        if (!k.bounded()) {
            s.append("  keep-alive   not fitted");
            if (k.lowUs() != null) {
                s.append(": at least ").append(KeepAliveFitter.seconds(k.lowUs()));
            }
            if (k.highUs() != null) {
                s.append(k.lowUs() != null ? ", " : ": ").append("below ").append(KeepAliveFitter.seconds(k.highUs()));
            }
            s.append('\n');
        } else {
            s.append(String.format(Locale.ROOT, "  keep-alive   %s (fixed %s, 95%% interval %s to %s, bootstrap over %,d "
                            + "environments)%n", k.policy().spec(), KeepAliveFitter.seconds(k.fixedUs()),
                    KeepAliveFitter.seconds(k.lowUs()), KeepAliveFitter.seconds(k.highUs()), environments));
            if (k.isRandom()) {
                s.append(String.format(Locale.ROOT, "               uniform from %s (95%%: %s to %s) to %s (95%%: %s to %s)%n",
                        KeepAliveFitter.seconds(k.randomMinUs()), KeepAliveFitter.seconds(k.randomMinCiUs()[0]),
                        KeepAliveFitter.seconds(k.randomMinCiUs()[1]), KeepAliveFitter.seconds(k.randomMaxUs()),
                        KeepAliveFitter.seconds(k.randomMaxCiUs()[0]), KeepAliveFitter.seconds(k.randomMaxCiUs()[1])));
            }
        }
        s.append(String.format(Locale.ROOT, "  evidence     %,d reuse gaps (longest %s), %,d environments gone by a cold start "
                        + "(soonest after %s)%n", k.reuseGaps(), KeepAliveFitter.seconds(k.longestReuseUs()), k.vanished(),
                KeepAliveFitter.seconds(k.shortestGoneUs())));
        if (!k.distribution().isEmpty() && k.vanished() > 0) {
            s.append("  estimate     keep-alive quantiles, non-parametric (Turnbull): 10% ").append(between(k.quantileUs(0.1)))
                    .append(", median ").append(between(k.quantileUs(0.5))).append(", 90% ").append(between(k.quantileUs(0.9)))
                    .append('\n');
        }
    }

    private static void init(StringBuilder s, InitFit i) {
        if (i.model() == null) {
            s.append("  INIT         not fitted\n");
            return;
        }
        s.append(String.format(Locale.ROOT, "  INIT         %s: mean %.1f ms%s%s; observed %,d, median %.1f ms%s%n",
                i.modelText(), i.meanUs() / 1000,
                i.range() == null ? "" : String.format(Locale.ROOT, " (95%%: %.1f to %.1f ms)", i.range().low().meanUs() / 1000,
                        i.range().high().meanUs() / 1000),
                i.p99Us() == null ? "" : String.format(Locale.ROOT, ", p99 %.1f ms", i.p99Us() / 1000),
                i.observed(), i.empiricalP50Us() / 1000,
                i.empiricalP99Us() == null ? "" : String.format(Locale.ROOT, ", p99 %.1f ms", i.empiricalP99Us() / 1000)));
    }

    private static void cpu(StringBuilder s, CpuFit c) {
        if (c.cpuFraction() == null) {
            s.append("  CPU share    not fitted\n");
            return;
        }
        StringBuilder sizes = new StringBuilder();
        for (CpuFit.Point p : c.points()) {
            sizes.append(sizes.length() == 0 ? "" : ", ").append(p.memoryMb()).append(" MB ")
                    .append(String.format(Locale.ROOT, "%.1f ms", p.meanMs()));
        }
        s.append(String.format(Locale.ROOT, "  CPU share    %s at %d MB%s, residual %.1f%% (%s: %s)%n",
                Spans.plain(CpuFit.round(c.cpuFraction())), c.referenceMemoryMb(),
                c.range() == null ? "" : " (95%: " + c.range().text() + ")", 100 * c.residual(), c.source(), sizes));
    }

    /** Observed against simulated, per function, with the relative errors. */
    public static String checkTable(CalibrationResult r) {
        StringBuilder s = new StringBuilder();
        s.append("Check: the logs replayed with the fitted settings (durations as logged)\n");
        s.append(String.format(Locale.ROOT, "%-24s %-28s %8s  %-19s %8s  %-27s %8s%n", "function",
                "cold starts obs / sim", "error", "environments obs/sim", "error", "billed ms obs / sim", "error"));
        for (ReplayCheck c : r.checks()) {
            String cold = String.format(Locale.ROOT, "%,d / %,d", c.observedColdStarts(), c.simulatedColdStarts());
            if (c.simulatedLow() != null) {
                cold += String.format(Locale.ROOT, " (%,d-%,d)", c.simulatedLow(), c.simulatedHigh());
            }
            s.append(String.format(Locale.ROOT, "%-24s %-28s %8s  %-19s %8s  %-27s %8s%n", clip(c.function(), 24), cold,
                    percent(c.coldStartError()),
                    String.format(Locale.ROOT, "%,d / %,d", c.observedEnvironments(), c.simulatedEnvironments()),
                    percent(c.environmentError()),
                    Double.isNaN(c.observedBilledMs()) ? String.format(Locale.ROOT, "- / %,.0f", c.simulatedBilledMs())
                            : String.format(Locale.ROOT, "%,.0f / %,.0f", c.observedBilledMs(), c.simulatedBilledMs()),
                    percent(c.billedError())));
        }
        for (ReplayCheck c : r.checks()) {
            s.append(String.format(Locale.ROOT, "  %s: keep-alive %s; cold starts %s%s%n", c.function(), c.keepAlive(),
                    Double.isNaN(c.coldStartError()) ? "none observed, so no relative error"
                            : "off by " + percent(c.coldStartError()),
                    c.simulatedLow() == null ? "" : String.format(Locale.ROOT, " (%,d to %,d over the keep-alive's 95%% interval)",
                            c.simulatedLow(), c.simulatedHigh())));
        }
        return s.toString();
    }

    /** "between 5.8 and 18.1 min", "at 7.0 min" (one gap), or "beyond the gaps seen". */
    static String between(double[] q) {
        if (q == null) {
            return "beyond the gaps seen";
        }
        if (q[1] - q[0] < 1e6) {
            return "at " + KeepAliveFitter.seconds(q[1]);
        }
        return "between " + KeepAliveFitter.seconds(q[0]) + " and " + KeepAliveFitter.seconds(q[1]);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    /** A keep-alive in the duration grammar, to the second. */
    static String duration(double us) {
        return Durations.format(Math.round(us / Durations.US_PER_S) * Durations.US_PER_S);
    }
}
