package io.lambdasim.cli;

import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.Metric;
import io.lambdasim.engine.MetricGroup;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.reports.io.OutputFailed;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.reports.run.LambdaCost;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.run.ScenarioTables;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.UseCases;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lambdasim simulate}: replay a trace (or a generated workload) through the modelled Lambda
 * pool, print what happened and the bill. Options are turned into a {@link ScenarioOptions} through
 * the same keys as the batch file's columns, so both accept and reject the same values.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Replay a trace through a modelled Lambda pool (cold/warm starts, keep-alive, limits, "
                + "timeouts, retries) and price the result.",
        footer = {"", "Examples:",
                "  lambdasim simulate --trace AzureFunctionsInvocationTrace2021.csv --memory-mb 512 --keep-alive fixed:10m",
                "  lambdasim simulate --generate 'poisson(5/s);duration=exp(80ms);horizon=1d' --json",
                "  lambdasim simulate --trace logs.json --function checkout --keep-alive hybrid --timeline tl.csv --bucket 1m"})
final class SimulateCommand implements Callable<Integer>, SettingOptions.Command {

    /** Every scenario setting a batch column may hold, but {@code breakeven} (a batch-only search). */
    static final List<Setting<?>> SETTINGS = Settings.in(Setting.Scope.BATCH).stream()
            .filter(s -> s != Settings.BREAKEVEN).toList();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--per-function", paramLabel = "OUT.csv", description = "Write per-function figures to this CSV file.")
    Path perFunction;

    @Option(names = "--timeline", paramLabel = "OUT.csv", description = "Write a timeline (concurrency, cold starts, throttles, cost per bucket) to this CSV file.")
    Path timeline;

    @Option(names = "--force", description = "Replace existing --per-function and --timeline files (default: refuse).")
    boolean force;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public List<Setting<?>> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        ScenarioOptions options = options();
        // Outputs are checked before the run: never onto an input, never over a folder or device,
        // an existing file only with --force.
        List<Path> inputs = new ArrayList<>(Traces.inputFiles(options.source().trace(), options.source().read()));
        inputs.addAll(OutputTarget.inputs(options.pricesFile()));
        SettingValues given = SettingOptions.values(spec, SETTINGS);
        if (given.has(Settings.FUNCTIONS)) {
            inputs.add(given.get(Settings.FUNCTIONS));
        }
        OutputTarget perFunctionOut = perFunction == null ? null
                : OutputTarget.check(perFunction, "--per-function", OutputTarget.Replace.WITH_FORCE, force, inputs);
        OutputTarget timelineOut = timeline == null ? null
                : OutputTarget.check(timeline, "--timeline", OutputTarget.Replace.WITH_FORCE, force, inputs);
        if (perFunctionOut != null && timelineOut != null && perFunctionOut.resolved().equals(timelineOut.resolved())) {
            throw new IllegalArgumentException("--per-function and --timeline name the same file " + timeline + ": give two files");
        }
        ScenarioResult result;
        // The timeline streams into a temporary file as the run goes (memory independent of the
        // horizon) and replaces --timeline only when the run succeeded.
        try (ProgressLine line = ProgressLine.of(spec.commandLine().getErr(), "simulating",
                ScenarioRunner.expectedHorizonUs(options), progress);
             AtomicFile timelineFile = timelineOut == null ? null : timelineOut.open()) {
            if (timelineFile == null) {
                result = UseCases.simulate(options, line);
            } else {
                ScenarioTables.TimelineRows rows = ScenarioTables.csvRows(
                        new OutputStreamWriter(timelineFile.stream(), StandardCharsets.UTF_8));
                result = UseCases.simulate(options, line, rows);
                try {
                    rows.flush();
                } catch (IOException e) {
                    throw new OutputFailed(timeline, e);
                }
                timelineFile.commit();
            }
        }
        if (perFunctionOut != null) {
            perFunctionOut.writeText(w -> ScenarioTables.writeCsv(w, ScenarioTables.perFunction(result)));
        }
        if (result.trace().rowsSkipped() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "lambdasim simulate: skipped %,d malformed row(s) of %,d (first: %s)%n",
                    result.trace().rowsSkipped(), result.trace().rowsRead(),
                    ErrorLine.clean(String.join("; ", result.trace().firstSkipped())));
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScenarioJson.toJson(result).toPrettyString());
        } else {
            printSummary(out, result);
        }
        out.flush();
        return 0;
    }

    ScenarioOptions options() {
        SettingValues values = SettingOptions.values(spec, SETTINGS);
        if (values.has(Settings.TRACE) == values.has(Settings.GENERATE)) {
            throw new IllegalArgumentException("give either --trace FILE or --generate SPEC");
        }
        ScenarioOptions.Builder b = ScenarioOptions.builder()
                .name(values.has(Settings.TRACE) ? String.valueOf(values.get(Settings.TRACE).getFileName()) : "generated");
        if (timeline != null && !values.has(Settings.BUCKET)) {
            values = values.with(Settings.BUCKET, "1m"); // the timeline's bucket when none is given (Settings.BUCKET's note)
        }
        return b.set(values).build();
    }

    private static void printSummary(PrintWriter out, ScenarioResult r) {
        UsageStats t = r.simulation().total();
        BillingUsage b = t.billing();
        out.printf(Locale.ROOT, "%s: %,d invocations of %d function(s) over %s%n", ErrorLine.clean(r.options().source().describe()),
                t.invocations(), r.simulation().functions().size(), r.period().describe());
        out.printf(Locale.ROOT, "  starts        %,d cold (%.2f%%), %,d warm%n", t.coldStarts(), 100 * t.coldStartRatio(), t.warmStarts());
        out.printf(Locale.ROOT, "  failures      %,d throttled, %,d timeouts, %,d errors (%,d out of memory), %,d retries, %,d dropped%n",
                t.throttled(), t.timeouts(), t.errors(), t.outOfMemory(), t.retries(), t.dropped());
        if (t.warmerInvocations() > 0) {
            out.printf(Locale.ROOT, "  warmers       %,d pings (%,d cold)%n", t.warmerInvocations(), t.warmerColdStarts());
        }
        out.printf(Locale.ROOT, "  environments  %,d created, peak %,d alive, %.2f alive and %.2f busy on average, %s GB-s idle%n",
                t.environmentsCreated(), t.peakEnvironments(), t.avgAlive(), t.avgBusy(), plain(t.idleGbSeconds(), 1));
        out.printf(Locale.ROOT, "  concurrency   peak %,d%n", t.peakConcurrency());
        out.printf(Locale.ROOT, "  latency       p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (queueing + INIT + duration)%n",
                t.latency().p50Ms(), t.latency().p90Ms(), t.latency().p99Ms(), t.latency().maxMs());
        out.printf(Locale.ROOT, "  billing       %,d requests, %,.0f ms billed (INIT %,.0f ms), %s GB-s%n",
                b.requests(), b.billedMs(), b.initBilledMs(), plain(b.gbSeconds(), 3));
        if (t.has(Metric.MEAN_BILLED_DURATION)) {
            out.printf(Locale.ROOT, "  durations     mean %.1f ms run without INIT, %.1f ms billed per request%n",
                    t.value(Metric.MEAN_DURATION_WITHOUT_INIT), t.value(Metric.MEAN_BILLED_DURATION));
        }
        if (t.count(Metric.MESSAGES) > 0) {
            out.printf(Locale.ROOT, "  sources       %s%n", sourcesLine(t));
        }
        if (t.observed().isPresent()) {
            out.printf(Locale.ROOT, "  observed      %s cold starts, %s ms billed (the trace's own figures, beside the simulated ones above)%n",
                    t.observed().hasColdStarts() ? String.format(Locale.ROOT, "%,d", t.observed().coldStarts()) : "no",
                    t.observed().hasBilled() ? String.format(Locale.ROOT, "%,.0f", t.observed().billedMs()) : "no");
        }
        ScenarioOptions o = r.options();
        LambdaCost m = r.monthly();
        out.printf(Locale.ROOT, "Lambda bill per month of %s h (%s, %s, %s, free tier %s%s), %,d invocations a month%n",
                plain(o.month().hoursExact(), 0), o.rules(), o.region(), o.arch(), o.freeTier() ? "on" : "off",
                o.savingsPlan().signum() > 0 ? ", savings plan " + o.savingsPlan() : "",
                Math.round(t.invocations() * r.monthlyFactor()));
        out.printf(Locale.ROOT, "  requests      %s/month%n", money(m.requests()));
        out.printf(Locale.ROOT, "  compute       %s/month%n", money(m.compute()));
        out.printf(Locale.ROOT, "  provisioned   %s/month%n", money(m.provisioned()));
        out.printf(Locale.ROOT, "  storage       %s/month%n", money(m.storage()));
        if (o.settings().has(Settings.SNAPSTART)) {
            out.printf(Locale.ROOT, "  SnapStart     %s/month (snapshot cache and restores)%n", money(m.snapStart()));
        }
        out.printf(Locale.ROOT, "  total         %s/month%n", money(m.total()));
        out.printf(Locale.ROOT, "  the covered period's share: %s over %s%n", money(r.cost().total()), r.period().describe());
        for (ScenarioExtension.Result e : r.extensions()) {
            e.summaryLines().forEach(out::println);
        }
        io.lambdasim.reports.run.WholeBills whole = io.lambdasim.reports.run.WholeBills.of(r);
        if (whole.hasOptions()) {
            out.println(whole.summaryLine());
        }
    }

    /** Two decimals, or four below a dollar so that small bills do not read $0.00. */
    /** The event-source metrics as "messages 1,200, batches 120, ...": every metric of the group, by its declaration. */
    private static String sourcesLine(UsageStats t) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Metric m : Metric.values()) {
            MetricGroup g = m.group();
            if (g != MetricGroup.SOURCES && g.parent() != MetricGroup.SOURCES || !t.has(m)) {
                continue;
            }
            String name = (g == MetricGroup.SOURCES ? "" : "queue age ") + m.key();
            String value = m.kind() == Metric.Kind.COUNT ? String.format(Locale.ROOT, "%,d", t.count(m))
                    : String.format(Locale.ROOT, "%,.1f", t.value(m)) + (m.unit().equals("ms") ? " ms" : "");
            parts.add(name + " " + value);
        }
        return String.join(", ", parts);
    }

    static String money(BigDecimal usd) {
        int places = usd.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
        return "$" + String.format(Locale.ROOT, "%,." + places + "f", usd.setScale(places, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal v, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", v.setScale(places, RoundingMode.HALF_EVEN));
    }
}
