package io.lambdasim.reports.html;

import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.batch.ScenarioStore;
import io.lambdasim.reports.charts.ChartFiles;
import io.lambdasim.reports.charts.Charts;
import io.lambdasim.reports.io.OutputFolder;
import io.lambdasim.reports.charts.LatencyData;
import io.lambdasim.reports.charts.SizingData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Writes {@code report.html} for a batch output folder: one self-contained XHTML page (styles
 * inline, every chart embedded as a PNG data: URI, no link to any other file), with the summary
 * table and, per scenario or sweep, its charts. The charts are also written to {@code charts/} as
 * PNG and SVG files for slides and documents.
 */
public final class ReportWriter {

    public static final String REPORT_HTML = "report.html";
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /**
     * Reads the scenario records of {@code outDir} (those the batch recorded writing there) and
     * writes the report.
     */
    public static Path write(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException(outDir + ": no such folder (give the output folder of 'lambdasim batch')");
        }
        List<ScenarioRecord> records = new ScenarioStore(OutputFolder.open(outDir, List.of())).loadEarlier();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(outDir + ": no scenario results (expected " + ScenarioStore.FOLDER
                    + "/*.json written by 'lambdasim batch')");
        }
        return write(outDir, records, "lambdasim report");
    }

    /**
     * Writes {@code outDir/report.html} and its charts through the folder's manifest: each file
     * moved into place whole, and charts of an earlier report that this one did not draw again
     * deleted (never a file lambdasim did not write).
     */
    public static Path write(Path outDir, List<ScenarioRecord> records, String title) throws IOException {
        OutputFolder folder = OutputFolder.open(outDir, List.of());
        folder.target(REPORT_HTML); // refuse a folder or device named report.html before drawing anything
        // from 'lambdasim calibrate --report' into this folder
        String page = page(records, title, folder, CalibrationSection.fragment(outDir));
        Path html = folder.writeText(REPORT_HTML, w -> w.write(page));
        folder.finish(rel -> rel.equals(REPORT_HTML) || rel.startsWith(CHARTS + "/"));
        return html;
    }

    /**
     * The same self-contained page for records that did not come from a batch folder (the desktop
     * app's "Save analysis as HTML"): every chart embedded, no chart files beside it.
     */
    public static String page(List<ScenarioRecord> records, String title) throws IOException {
        return page(records, title, null, null);
    }

    /**
     * The page; its charts are also written into {@code folder}'s charts/ as PNG and SVG unless it is
     * null; {@code calibration} is calibrate's section, or null.
     */
    private static String page(List<ScenarioRecord> records, String title, OutputFolder folder, String calibration)
            throws IOException {
        Html h = new Html();
        h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .el("title", null, title).raw("<style>").raw(Style.CSS).raw("</style>\n</head>\n<body>\n");
        h.el("h1", null, title);
        long failed = records.stream().filter(r -> !r.ok()).count();
        h.el("p", "lead", records.size() + " scenarios" + (failed > 0 ? ", " + failed + " failed" : "")
                + ". Costs are USD per month: each scenario's usage over the period it covers, projected to a "
                + "730-hour month (free tier and tiers applied to the month); EC2 options serve the same invocations.");
        SummaryTable.write(h, records);
        ErrorList.write(h, records);
        for (ScenarioGroup g : ScenarioGroup.of(records)) {
            section(h, g, folder);
        }
        if (calibration != null) {
            h.raw(calibration);
        }
        h.el("p", "foot", "Written by lambdasim." + (folder == null ? "" : " Charts are also in " + CHARTS + "/ as PNG and SVG."));
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(Html h, ScenarioGroup g, OutputFolder folder) {
        h.raw("<section>\n").el("h2", null, g.name());
        Map<String, SizingData> sizing = g.sizing();
        ScenarioRecord rep = g.representative(sizing);
        if (rep == null) {
            h.el("p", "error", "No result: every run of this scenario failed (see the errors above).");
            h.raw("</section>\n");
            return;
        }
        h.el("p", null, Findings.sentence(rep, g.members().size() > 1));
        String stem = stem(g);
        List<Figure> figures = new ArrayList<>();
        for (var e : sizing.entrySet()) {
            String arch = e.getKey().isEmpty() ? "" : " (" + e.getKey() + ")";
            figures.add(new Figure(Charts.memorySizing(g.name() + ": memory sizing" + arch, e.getValue()),
                    stem + "-sizing" + (e.getKey().isEmpty() ? "" : "-" + e.getKey()),
                    "Cost per million invocations and mean duration at each memory size; the band marks the balanced "
                            + "choice (Power Tuning's definition, weight 0.5)." + (e.getValue().banded()
                            ? " The shaded ribbon is the cost's band over the uncertain inputs (each at each end of its "
                                    + "range, effects added)." : "")));
        }
        String label = g.members().size() > 1 ? rep.name() : g.name();
        if (!rep.outcome().costs().isEmpty()) {
            figures.add(new Figure(Charts.costComparison(label + ": cost per month", rep.outcome().costs()), stem + "-cost",
                    "A month of this workload: Lambda by component against each EC2 option (and Managed Instances: "
                            + "instances, management fee, requests) serving the same invocations."
                            + (rep.outcome().costs().stream().anyMatch(io.lambdasim.reports.charts.CostStack::banded)
                            ? " The error bar is the monthly cost's band over the uncertain inputs." : "")));
        }
        if (rep.outcome().breakEven() != null && !rep.outcome().breakEven().curves().isEmpty()) {
            figures.add(new Figure(Charts.breakEven(label + ": break-even", rep.outcome().breakEven()), stem + "-breakeven",
                    "Monthly cost against monthly requests (log axes); circles mark where an EC2 or Managed Instances "
                            + "option becomes cheaper than Lambda."
                            + (rep.outcome().breakEven().ribbons().isEmpty() ? ""
                            : " Over the uncertain inputs Lambda's cost is a shaded ribbon and each crossing a whisker "
                                    + "under it, from its earliest to its latest volume.")));
        }
        if (rep.outcome().timeline() != null && rep.outcome().timeline().buckets() > 1) {
            figures.add(new Figure(Charts.timeline(label + ": timeline", rep.outcome().timeline()), stem + "-timeline",
                    "Concurrency and environments alive over the simulated time; cold starts and throttles per bucket."));
        }
        List<LatencyData.Curve> curves = g.ok().stream()
                .filter(r -> r.outcome().latency() != null && r.outcome().latency().percentiles().length > 1).limit(8)
                .map(r -> new LatencyData.Curve(r.name(), r.outcome().latency().percentiles(), r.outcome().latency().latencyMs()))
                .toList();
        if (!curves.isEmpty()) {
            figures.add(new Figure(Charts.latency(g.name() + ": latency distribution", new LatencyData(curves)),
                    stem + "-latency", "Latency (queueing + INIT + duration) by percentile, HdrHistogram style."));
        }
        for (Figure f : figures) {
            byte[] png = folder == null ? ChartFiles.png(f.chart(), ChartFiles.WIDTH, ChartFiles.HEIGHT)
                    : ChartFiles.write(f.chart(), folder, CHARTS + "/" + f.stem(), ChartFiles.WIDTH, ChartFiles.HEIGHT);
            h.raw("<figure>\n<img src=\"").raw(ChartFiles.pngDataUri(png)).raw("\" width=\"")
                    .raw(Integer.toString(ChartFiles.WIDTH)).raw("\" height=\"").raw(Integer.toString(ChartFiles.HEIGHT))
                    .raw("\" alt=\"").text(f.chart().getTitle().getText()).raw("\"/>\n");
            h.el("figcaption", null, f.caption()).raw("</figure>\n");
        }
        h.raw("</section>\n");
    }

    /**
     * The charts of a group are numbered as its first scenario file is (scenarios/001-...json): by
     * position in the batch, from 001, whichever member the charts show.
     */
    private static String stem(ScenarioGroup g) {
        String safe = g.name().replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("(^-+|-+$)", "");
        return String.format("%03d-%s", g.members().get(0).index() + 1, safe);
    }

    private record Figure(JFreeChart chart, String stem, String caption) {
    }

    /** A line of words per scenario: what it costs and what is cheaper. */
    static final class Findings {
        private Findings() {
        }

        static String sentence(ScenarioRecord r, boolean sweep) {
            if (r.cell(ResultColumns.INVOCATIONS).isEmpty()) {
                return r.message(); // a record that carries only a chart says its own finding
            }
            StringBuilder s = new StringBuilder();
            if (sweep) {
                s.append("Charts below show ").append(r.name()).append(". ");
            }
            s.append(Format.count(r.cell(ResultColumns.INVOCATIONS))).append(" invocations, ")
                    .append(Format.count(r.cell(ResultColumns.COLD_STARTS))).append(" cold starts");
            if (!r.cell(ResultColumns.COLD_START_RATIO).isEmpty()) {
                s.append(" (").append(Format.percent(r.cell(ResultColumns.COLD_START_RATIO))).append(')');
            }
            s.append("; Lambda costs ").append(Format.lambdaMonthly(r)).append(" a month");
            if (!r.cell(ResultColumns.MONTHLY_INVOCATIONS).isEmpty()) {
                s.append(" (").append(Format.count(r.cell(ResultColumns.MONTHLY_INVOCATIONS))).append(" invocations a month)");
            }
            String cheapest = r.cell(ResultColumns.CHEAPEST_OPTION);
            if (!cheapest.isEmpty() && !cheapest.equalsIgnoreCase("lambda")) {
                s.append("; ").append(cheapest).append(" would serve the same load for ")
                        .append(Format.usd(r.cell(ResultColumns.CHEAPEST_MONTHLY_USD))).append(" a month");
            } else if (!cheapest.isEmpty()) {
                s.append(", cheaper than every option compared");
            }
            String whole = SummaryTable.wholeBill(r);
            if (!whole.isEmpty()) {
                s.append(" (on the").append(whole.substring(1)).append(" with its front door, triggers, network and logs)");
            }
            String lmi = r.cell("lmi_usd");
            if (!lmi.isEmpty()) {
                // The third option: what the capacity provider needed and what it cost.
                s.append("; Managed Instances ran ").append(r.cell("lmi_instances_min")).append("–")
                        .append(r.cell("lmi_instances_peak")).append(" instances (")
                        .append(Format.count(r.cell("lmi_throttles"))).append(" throttled, p99 ")
                        .append(Format.ms(r.cell("lmi_latency_p99_ms"))).append(") for ").append(Format.usd(lmi))
                        .append(", ").append(Format.usd(r.cell("lmi_monthly_usd"))).append(" a month");
            }
            String factor = r.cell(ResultColumns.BREAKEVEN_FACTOR);
            if (!factor.isEmpty()) {
                s.append("; at ").append(factor).append("× today's traffic ")
                        .append(r.cell(ResultColumns.BREAKEVEN_OPTION)).append(" becomes cheaper");
            }
            return s.append('.').toString();
        }
    }
}
