package io.lambdasim.reports.batch;

import java.io.IOException;
import java.nio.file.Files;
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
 *       and every row before it are done, so the file is the same whatever the thread count;</li>
 *   <li>{@code per-function.csv}, {@code timeline.csv} when asked.</li>
 * </ul>
 * Every scenario is independent (its own seed and state), so the thread count changes only when
 * rows appear, never what they say.
 */
public final class BatchRunner {

    public static final String RESULTS_CSV = "results.csv";
    public static final String PER_FUNCTION_CSV = "per-function.csv";
    public static final String TIMELINE_CSV = "timeline.csv";

    /** How to run a batch; {@code threads <= 0} means one per available processor. */
    public record Options(Path outDir, int threads, boolean resume, boolean perFunction, boolean timeline) {
        public int threadCount() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
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
        Files.createDirectories(options.outDir());
        ScenarioStore store = new ScenarioStore(options.outDir());
        Map<String, ScenarioRecord> earlier = new HashMap<>();
        if (options.resume()) {
            store.loadAll().stream().filter(ScenarioRecord::ok).forEach(r -> earlier.put(r.name(), r));
        }
        store.clear(); // what is reused is saved again below; nothing of another batch stays behind
        List<Scenario> scenarios = batch.scenarios();
        int total = scenarios.size();
        progress.begin(total);
        List<String> header = ResultColumns.header(batch);
        Path csv = options.outDir().resolve(RESULTS_CSV);
        AtomicInteger done = new AtomicInteger();
        int reused = 0;
        try (OrderedCsv results = new OrderedCsv(csv, header, total)) {
            List<Runnable> toRun = new ArrayList<>();
            for (Scenario s : scenarios) {
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
        List<ScenarioRecord> records = store.loadAll();
        if (options.perFunction()) {
            DetailCsv.write(options.outDir().resolve(PER_FUNCTION_CSV), records, ScenarioOutcome::perFunction);
        }
        if (options.timeline()) {
            DetailCsv.write(options.outDir().resolve(TIMELINE_CSV), records, ScenarioOutcome::timelineRows);
        }
        return new Result(records, csv, reused);
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
                    throw new IllegalStateException("batch worker failed", e.getCause());
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
        try {
            store.save(s, r);
            results.complete(s.index(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        progress.finished(s, r, done.incrementAndGet(), total, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A failed scenario's one-line message, as results.csv shows it (after "row N: "). */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replace('\n', ' ');
    }
}
