package io.lambdasim.cli;

import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.OutputFailed;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.reports.run.LambdaCost;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.run.ScenarioTables;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trace", paramLabel = "FILE", description = "Trace file to replay (formats: see --format).")
    Path trace;

    @Option(names = "--generate", paramLabel = "SPEC",
            description = "Generate the workload instead, e.g. 'poisson(5/s);duration=exp(80ms);horizon=1h'.")
    String generate;

    @Mixin
    TraceInputOptions input;

    @Option(names = "--memory-mb", paramLabel = "MB", description = "Configured memory of every function, 128..10240 (default: the trace's memory field, else 512).")
    String memoryMb;

    @Option(names = "--arch", paramLabel = "x86_64|arm64", description = "Architecture (default: x86_64).")
    String arch;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region of the prices (default: us-east-1).")
    String region;

    @Option(names = "--rules", paramLabel = "RULES", description = "Billing rule set: aws-2025-08 (default), aws-2020-12, aws-2014.")
    String rules;

    @Option(names = "--free-tier", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Apply the monthly free tier (default: on; --no-free-tier to turn off).")
    boolean freeTier;

    @Option(names = "--savings-plan", paramLabel = "FRACTION", description = "Compute Savings Plans discount on duration and provisioned concurrency, e.g. 0.17.")
    String savingsPlan;

    @Option(names = "--ephemeral-mb", paramLabel = "MB", description = "Ephemeral storage (/tmp), 512..10240 MB (default: 512, free).")
    String ephemeralMb;

    @Option(names = "--prices", paramLabel = "FILE", description = "Price-book file instead of the bundled one.")
    Path prices;

    @Option(names = "--keep-alive", paramLabel = "POLICY", description = "fixed:10m (default), none, never, random:5m-15m, hybrid[:FALLBACK].")
    String keepAlive;

    @Option(names = "--reuse", paramLabel = "mru|lru|random", description = "Which idle environment a warm start takes (default: mru).")
    String reuse;

    @Option(names = "--max-lifetime", paramLabel = "DURATION", description = "Recycle environments this long after creation, after their current invocation, e.g. 2h (default: never).")
    String maxLifetime;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Function timeout (default: the longest the rules allow, 900s; 300s under aws-2014).")
    String timeout;

    @Option(names = "--concurrency-limit", paramLabel = "N", description = "Account concurrency limit, shared by all functions (default: 1000).")
    String concurrencyLimit;

    @Option(names = "--reserved", paramLabel = "N", description = "Reserved concurrency of every function (default: none).")
    String reserved;

    @Option(names = "--scaling", paramLabel = "standard|legacy", description = "Scaling rate: standard (1,000 environments per function per 10 s, default) or legacy (region burst, then +500/min).")
    String scaling;

    @Option(names = "--provisioned", paramLabel = "N|N@HH:MM-HH:MM", description = "Provisioned concurrency per function, always or in a daily window.")
    String provisioned;

    @Option(names = "--warmer", paramLabel = "SCHEDULE", description = "Warming pings of every function, e.g. 'rate(5 minutes)' (default: none).")
    String warmer;

    @Option(names = "--init", paramLabel = "MODEL", description = "INIT duration when the trace observed none: 250ms (default), normal(265ms,354ms), lognormal(m,sd), runtime:python|nodejs|java|java-snapstart|dotnet|provided|container.")
    String init;

    @Option(names = "--cpu-fraction", paramLabel = "F", description = "CPU-bound share of durations, 0..1, for memory scaling (default: 0.5).")
    String cpuFraction;

    @Option(names = "--threads", paramLabel = "N", description = "Threads the function uses, capping the vCPUs it benefits from (default: 1).")
    String threads;

    @Option(names = "--reference-memory-mb", paramLabel = "MB", description = "Memory the trace's durations were measured at (default: the trace's memory field).")
    String referenceMemoryMb;

    @Option(names = "--functions", paramLabel = "FILE", description = "Per-function settings (CSV or YAML): function name or glob, memory_mb, timeout, runtime, reserved, provisioned, keep_alive.")
    Path functions;

    @Option(names = "--max-event-age", paramLabel = "DURATION", description = "Async events older than this are dropped (default: 6h).")
    String maxEventAge;

    @Option(names = "--async-retries", paramLabel = "0..2", description = "Retries of a failed async invocation, after 1 and 2 minutes (default: 2).")
    String asyncRetries;

    @Option(names = "--traffic-scale", paramLabel = "K", description = "Scale the traffic: thinning below 1, shifted copies above (default: 1).")
    String trafficScale;

    @Option(names = "--start-time", paramLabel = "HH:MM", description = "Time of day at the trace's start, for provisioned schedules (default: 00:00).")
    String startTime;

    @Option(names = "--ec2", paramLabel = "TYPES", split = ",", description = "EC2 instance types to compare (price-book types or NAME=USD_PER_HOUR).")
    java.util.List<String> ec2;

    @Option(names = "--name", paramLabel = "NAME", description = "Scenario name in the output (default: the trace file or 'generated').")
    String name;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--per-function", paramLabel = "OUT.csv", description = "Write per-function figures to this CSV file.")
    Path perFunction;

    @Option(names = "--timeline", paramLabel = "OUT.csv", description = "Write a timeline (concurrency, cold starts, throttles, cost per bucket) to this CSV file.")
    Path timeline;

    @Option(names = "--bucket", paramLabel = "DURATION", defaultValue = "1m", description = "Timeline bucket width (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--force", description = "Replace existing --per-function and --timeline files (default: refuse).")
    boolean force;

    @Override
    public Integer call() {
        ScenarioOptions options = options();
        // Outputs are checked before the run: never onto an input, never over a folder or device,
        // an existing file only with --force.
        List<Path> inputs = new ArrayList<>(Traces.inputFiles(trace, input.readOptions()));
        inputs.addAll(OutputTarget.inputs(functions, prices));
        OutputTarget perFunctionOut = perFunction == null ? null
                : OutputTarget.check(perFunction, "--per-function", OutputTarget.Replace.WITH_FORCE, force, inputs);
        OutputTarget timelineOut = timeline == null ? null
                : OutputTarget.check(timeline, "--timeline", OutputTarget.Replace.WITH_FORCE, force, inputs);
        if (perFunctionOut != null && timelineOut != null && perFunctionOut.resolved().equals(timelineOut.resolved())) {
            throw new IllegalArgumentException("--per-function and --timeline name the same file " + timeline + ": give two files");
        }
        ScenarioRunner runner = new ScenarioRunner();
        ScenarioResult result;
        // The timeline streams into a temporary file as the run goes (memory independent of the
        // horizon) and replaces --timeline only when the run succeeded.
        try (ProgressLine progress = ProgressLine.of(spec.commandLine().getErr(), "simulating",
                ScenarioRunner.expectedHorizonUs(options), input.progress);
             AtomicFile timelineFile = timelineOut == null ? null : timelineOut.open()) {
            if (timelineFile == null) {
                result = runner.run(options, progress);
            } else {
                ScenarioTables.TimelineRows rows = ScenarioTables.csvRows(
                        new OutputStreamWriter(timelineFile.stream(), StandardCharsets.UTF_8));
                result = runner.run(options, progress, rows);
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
                    result.trace().rowsSkipped(), result.trace().rowsRead(), ErrorLine.clean(String.join("; ", result.trace().firstSkipped())));
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
        if ((trace == null) == (generate == null)) {
            throw new IllegalArgumentException("give either --trace FILE or --generate SPEC");
        }
        ScenarioOptions.Builder b = ScenarioOptions.builder()
                .name(name != null ? name : trace != null ? String.valueOf(trace.getFileName()) : "generated")
                .readOptions(input.readOptions())
                .allowHuge(input.allowHuge)
                .freeTier(freeTier);
        if (spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
            b.seed(input.seed); // also reseeds a generated workload, as trace generate --seed does
        }
        if (trace != null) {
            b.trace(trace).format(input.format);
        } else {
            b.generate(generate);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("memory_mb", memoryMb);
        settings.put("arch", arch);
        settings.put("region", region);
        settings.put("rules", rules);
        settings.put("savings_plan", savingsPlan);
        settings.put("ephemeral_mb", ephemeralMb);
        settings.put("keep_alive", keepAlive);
        settings.put("reuse", reuse);
        settings.put("max_lifetime", maxLifetime);
        settings.put("timeout", timeout);
        settings.put("concurrency_limit", concurrencyLimit);
        settings.put("reserved", reserved);
        settings.put("scaling", scaling);
        settings.put("provisioned", provisioned);
        settings.put("warmer", warmer);
        settings.put("init", init);
        settings.put("cpu_fraction", cpuFraction);
        settings.put("threads", threads);
        settings.put("reference_memory_mb", referenceMemoryMb);
        settings.put("max_event_age", maxEventAge);
        settings.put("async_retries", asyncRetries);
        settings.put("traffic_scale", trafficScale);
        settings.put("start_time", startTime);
        settings.put("ec2", ec2 == null ? null : String.join(";", ec2));
        if (timeline != null) {
            settings.put("bucket", bucket);
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            try {
                b.set(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                // name the option as the user typed it
                String option = "--" + e.getKey().replace('_', '-');
                throw new IllegalArgumentException(option + " " + ex.getMessage().substring(ex.getMessage().indexOf('=') + 1), ex);
            }
        }
        if (prices != null) {
            b.pricesFile(prices);
        }
        if (functions != null) {
            b.simulation().functionRules(io.lambdasim.reports.run.FunctionSettingsFile.read(functions));
        }
        return b.build();
    }

    private static void printSummary(PrintWriter out, ScenarioResult r) {
        UsageStats t = r.simulation().total();
        BillingUsage b = t.billing();
        out.printf(Locale.ROOT, "%s: %,d invocations of %d function(s) over %s%n", ErrorLine.clean(r.options().source().describe()),
                t.invocations(), r.simulation().functions().size(), span(r.simulation().horizonUs()));
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
        if (t.observed().isPresent()) {
            out.printf(Locale.ROOT, "  observed      %s cold starts, %s ms billed (the trace's own figures, beside the simulated ones above)%n",
                    t.observed().hasColdStarts() ? String.format(Locale.ROOT, "%,d", t.observed().coldStarts()) : "no",
                    t.observed().hasBilled() ? String.format(Locale.ROOT, "%,.0f", t.observed().billedMs()) : "no");
        }
        ScenarioOptions o = r.options();
        LambdaCost c = r.cost();
        out.printf(Locale.ROOT, "Lambda bill (%s, %s, %s, free tier %s%s)%n", o.rules(), o.region(), o.arch(),
                o.freeTier() ? "on" : "off", o.savingsPlan().signum() > 0 ? ", savings plan " + o.savingsPlan() : "");
        out.printf(Locale.ROOT, "  requests      %s%n", money(c.requests()));
        out.printf(Locale.ROOT, "  compute       %s%n", money(c.compute()));
        out.printf(Locale.ROOT, "  provisioned   %s%n", money(c.provisioned()));
        out.printf(Locale.ROOT, "  storage       %s%n", money(c.storage()));
        out.printf(Locale.ROOT, "  total         %s%n", money(c.total()));
        for (ScenarioExtension.Result e : r.extensions()) {
            e.summaryLines().forEach(out::println);
        }
    }

    private static String span(long us) {
        if (us >= 2 * Durations.US_PER_DAY) {
            return String.format(Locale.ROOT, "%.1f days", us / (double) Durations.US_PER_DAY);
        }
        if (us >= 2 * Durations.US_PER_H) {
            return String.format(Locale.ROOT, "%.1f hours", us / (double) Durations.US_PER_H);
        }
        return String.format(Locale.ROOT, "%.1f minutes", us / (double) Durations.US_PER_MIN);
    }

    /** Two decimals, or four below a dollar so that small bills do not read $0.00. */
    static String money(BigDecimal usd) {
        int places = usd.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
        return "$" + String.format(Locale.ROOT, "%,." + places + "f", usd.setScale(places, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal v, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", v.setScale(places, RoundingMode.HALF_EVEN));
    }

}
