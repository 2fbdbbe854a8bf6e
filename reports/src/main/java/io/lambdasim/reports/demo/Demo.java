package io.lambdasim.reports.demo;

import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.html.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code lambdasim demo}: the bundled example scenarios end to end (batch on every core, the HTML
 * report, and five lines of findings), so a first-time user sees everything the tool does.
 */
public final class Demo {

    public static final Path DEFAULT_OUT = Path.of("lambdasim-out");

    /** {@code examples} null means find them ({@link ExamplesLocator}); {@code threads <= 0} all cores. */
    public record Options(Path examples, Path outDir, int threads) {
    }

    public record Result(BatchRunner.Result batch, Path report, List<String> findings) {
    }

    private Demo() {
    }

    public static Result run(Options options, ScenarioExecutor executor, BatchProgress progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path examples = ExamplesLocator.find(options.examples());
        ScenarioFile.Batch batch = ScenarioFile.read(examples.resolve(ExamplesLocator.SCENARIOS), Map.of(), List.of());
        Path out = options.outDir() == null ? DEFAULT_OUT : options.outDir();
        BatchRunner.Result result = BatchRunner.run(batch, executor,
                new BatchRunner.Options(out, options.threads(), false, false, false), progress);
        Path report = ReportWriter.write(out, result.records(), "lambdasim demo: the bundled example scenarios");
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        return new Result(result, report, Findings.lines(result.records(), elapsedMs, report));
    }
}
