package io.lambdasim.reports.batch;

import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.reports.io.OutputFailed;
import io.lambdasim.reports.io.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch on a thread pool and writes its output folder:
 * <ul>
 *   <li>{@code scenarios/NNN-name.json}: each scenario as soon as it finishes (crash-safe);</li>
 *   <li>{@code results.csv}: one row per scenario in batch order, each row written as soon as it
 *       and every row before it are done, so the file is the same whatever the thread count; the
 *       rows go to a temporary file that replaces results.csv when the batch ends;</li>
 *   <li>{@code per-function.csv}, {@code timeline.csv} when asked.</li>
 * </ul>
 * Everything goes through {@link OutputFolder}: never onto an input, each file moved into place
 * whole, and the earlier run's files that this run did not write again deleted at the end (only
 * files lambdasim recorded writing; anything else in the folder is left alone).
 * Every scenario is independent (its own seed and state), so the thread count changes only when
 * rows appear, never what they say.
 */
public final class BatchRunner {

    public static final String RESULTS_CSV = "results.csv";
    public static final String PER_FUNCTION_CSV = "per-function.csv";
    public static final String TIMELINE_CSV = "timeline.csv";

    /** How to run a batch; {@code threads} {@value #ALL_CORES} means one per available processor. */
    public record Options(Path outDir, int threads, boolean resume, boolean perFunction, boolean timeline) {
        public static final int ALL_CORES = 0;

        public Options {
            if (threads < 0) {
                throw new IllegalArgumentException("threads " + threads + ": expected 1 or more");
            }
        }

        public int threadCount() {
            return threadCount(threads);
        }

        /** {@link #ALL_CORES} as the number of available processors. */
        public static int threadCount(int threads) {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }

        /**
         * A thread count the user typed: null (not given) is one per core; below 1 is an error,
         * since 0 or -1 threads would run nothing.
         */
        public static int threads(Integer requested) {
            if (requested == null) {
                return ALL_CORES;
            }
            if (requested < 1) {
                throw new IllegalArgumentException(requested + ": expected 1 or more runs at once "
                        + "(leave it out for one per core)");
            }
            return requested;
        }
    }

    /** The finished batch: one record per scenario, in order. */
    public record Result(List<ScenarioRecord> records, Path resultsCsv, int reused) {
        public long failed() {
            return records.stream().filter(r -> !r.ok()).count();
        }
    }

    private BatchRunner() {
    }

    public static Result run(ScenarioFile.Batch batch, ScenarioExecutor executor, Options options, BatchProgress progress)
            throws IOException, InterruptedException {
        OutputFolder folder = OutputFolder.open(options.outDir(), inputs(batch));
        // Refuse a bad target (an input, a folder named results.csv, ...) before any scenario runs.
        folder.target(RESULTS_CSV);
        if (options.perFunction()) {
            folder.target(PER_FUNCTION_CSV);
        }
        if (options.timeline()) {
            folder.target(TIMELINE_CSV);
        }
        ScenarioStore store = new ScenarioStore(folder);
        Map<String, ScenarioRecord> earlier = new HashMap<>();
        if (options.resume()) {
            store.loadEarlier().stream().filter(ScenarioRecord::ok).forEach(r -> earlier.put(r.name(), r));
        }
        List<Scenario> scenarios = batch.scenarios();
        int total = scenarios.size();
        progress.begin(total);
        List<String> header = ResultColumns.header(batch);
        AtomicInteger done = new AtomicInteger();
        int reused = 0;
        List<String> saved = new ArrayList<>();
        try (AtomicFile resultsFile = folder.begin(RESULTS_CSV)) {
            try (OrderedCsv results = new OrderedCsv(resultsFile.stream(), header, total)) {
                List<Runnable> toRun = new ArrayList<>();
                for (Scenario s : scenarios) {
                    saved.add(ScenarioStore.FOLDER + "/" + s.fileStem() + ".json");
                    ScenarioRecord before = earlier.get(s.name());
                    if (before != null && before.sameAs(s)) {
                        ScenarioRecord r = new ScenarioRecord(s.index(), s.row(), s.name(), s.settings(), before.status(),
                                before.message(), before.outcome());
                        store.save(s, r);
                        results.complete(s.index(), r);
                        progress.finished(s, r, done.incrementAndGet(), total, 0);
                        reused++;
                    } else if (!s.valid()) {
                        ScenarioRecord r = ScenarioRecord.error(s, s.error());
                        store.save(s, r);
                        results.complete(s.index(), r);
                        progress.finished(s, r, done.incrementAndGet(), total, 0);
                    } else {
                        toRun.add(() -> runOne(s, batch.baseDir(), executor, store, results, progress, done, total));
                    }
                }
                runAll(toRun, options.threadCount());
            } finally {
                progress.close();
            }
            folder.commit(RESULTS_CSV, resultsFile);
        }
        List<ScenarioRecord> records = store.load(saved);
        if (options.perFunction()) {
            folder.write(PER_FUNCTION_CSV, out -> DetailCsv.write(out, records, ScenarioOutcome::perFunction));
        }
        if (options.timeline()) {
            folder.write(TIMELINE_CSV, out -> DetailCsv.write(out, records, ScenarioOutcome::timelineRows));
        }
        // The earlier run's files this one did not write again (its report, old scenarios) are stale.
        folder.finish(rel -> true);
        return new Result(records, folder.resolve(RESULTS_CSV), reused);
    }

    /** Every file a batch reads: the scenario file and the traces, settings and price files its rows name. */
    static List<Path> inputs(ScenarioFile.Batch batch) {
        List<Path> in = new ArrayList<>();
        if (batch.file() != null) {
            in.add(batch.file());
        }
        for (Scenario s : batch.scenarios()) {
            for (String column : List.of("trace", "functions", "prices")) {
                String v = s.get(column);
                if (v != null && !v.isBlank()) {
                    try {
                        Path p = Path.of(v.trim());
                        in.add(p.isAbsolute() || batch.baseDir() == null ? p : batch.baseDir().resolve(p));
                    } catch (java.nio.file.InvalidPathException e) {
                        // not a path: the scenario reports it when it runs
                    }
                }
            }
        }
        return in;
    }

    private static void runAll(List<Runnable> tasks, int threads) throws InterruptedException {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "lambdasim-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // A worker fails only when its output cannot be written: that one line is the error.
                    if (e.getCause() instanceof RuntimeException) {
                        throw (RuntimeException) e.getCause();
                    }
                    throw new IllegalStateException(describe(e.getCause()), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runOne(Scenario s, Path baseDir, ScenarioExecutor executor, ScenarioStore store, OrderedCsv results,
                               BatchProgress progress, AtomicInteger done, int total) {
        progress.started(s);
        long t0 = System.nanoTime();
        ScenarioRecord r;
        try {
            r = ScenarioRecord.ok(s, executor.run(s, baseDir, f -> progress.advanced(s, f)));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            r = ScenarioRecord.error(s, "row " + s.row() + ": " + describe(e));
        }
        store.save(s, r);
        try {
            results.complete(s.index(), r);
        } catch (IOException e) {
            throw new OutputFailed(Path.of(RESULTS_CSV), e);
        }
        progress.finished(s, r, done.incrementAndGet(), total, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A failed scenario's one-line message, as results.csv shows it (after "row N: "); also Spark's. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.lambdasim.reports.settings.SettingException se) {
                return se.describe("column " + se.setting().key()); // e.g. a value the billing era lacks
            }
        }
        return ErrorLine.of(e);
    }
}
