package io.lambdasim.cli;

import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.LineProgress;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.batch.Sweep;
import io.lambdasim.reports.batch.TerminalProgress;
import io.lambdasim.reports.html.ReportWriter;
import io.lambdasim.reports.io.ErrorLine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lambdasim batch scenarios.csv -o out/}: every scenario of a CSV file, in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run a CSV file of scenarios in parallel and write results.csv (and a report).",
            "One scenario per row: name, trace (relative to the file) or generate, and any simulate option as a "
                    + "column (memory_mb, arch, region, rules, keep_alive, timeout, ec2, ...). A row named 'defaults' "
                    + "sets defaults; a cell like 256|512|1024 sweeps that row.",
            "Exit code 1 when a scenario failed (it is in results.csv with status=error), 2 on a bad command line."},
        footer = {"", "Example:", "  lambdasim batch examples/scenarios.csv -o out/ --sweep memory_mb=512,1024 --report"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIOS.csv", description = "the scenario file")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "lambdasim-out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "scenarios run at once, 1 or more (default: one per core)")
    Integer threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set a column for every row (wins over the file)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--sweep", paramLabel = "KEY=V1,V2,...",
            description = "run every scenario at each value (several --sweep: the cross product)")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE",
            description = "a price-book file (from 'prices import') for every scenario instead of the bundled one")
    Path prices;

    @Option(names = "--resume", description = "skip scenarios already finished in the output folder")
    boolean resume;

    @Option(names = "--report", description = "also write DIR/report.html with the charts")
    boolean report;

    @Option(names = "--per-function", description = "also write DIR/per-function.csv")
    boolean perFunction;

    @Option(names = "--timeline", description = "also write DIR/timeline.csv")
    boolean timeline;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        List<Sweep> parsed = sweeps.stream().map(Sweep::parse).toList();
        if (prices != null) {
            // absolute, because a prices cell resolves against the scenario file's folder
            set.put("prices", prices.toAbsolutePath().toString());
        }
        ScenarioFile.Batch batch = ScenarioFile.read(file, set, parsed);
        for (Scenario s : batch.scenarios()) {
            if (!s.valid()) {
                err.println("lambdasim batch: " + ErrorLine.clean(s.error()));
            }
        }
        err.flush();
        BatchRunner.Result result = BatchRunner.run(batch, new SimulatingExecutor(),
                new BatchRunner.Options(out, threads("--threads", threads), resume, perFunction, timeline), progress(err, batch.scenarios().size()));
        outw.println("results: " + result.resultsCsv() + " (" + result.records().size() + " scenarios, "
                + result.failed() + " failed" + (result.reused() > 0 ? ", " + result.reused() + " reused" : "") + ")");
        if (report) {
            outw.println("report: " + ReportWriter.write(out, result.records(), "lambdasim report: " + file.getFileName()));
        }
        outw.flush();
        return result.failed() > 0 ? 1 : 0;
    }

    /** A thread count as typed ({@link BatchRunner.Options#threads}), the error naming the option. */
    static int threads(String option, Integer requested) {
        try {
            return BatchRunner.Options.threads(requested);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + e.getMessage(), e);
        }
    }

    /** Bars when a person watches a terminal; a plain line per scenario in logs and pipes. */
    static BatchProgress progress(PrintWriter err, int total) {
        return System.console() != null ? new TerminalProgress(err, total) : new LineProgress(err);
    }
}
