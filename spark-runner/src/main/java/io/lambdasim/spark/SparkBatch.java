package io.lambdasim.spark;

import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.ScenarioStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a {@code lambdasim batch} scenario file as a Spark job. The driver reads the file (with the
 * same {@code --set} and {@code --sweep} expansion as the local batch), sends each valid scenario
 * row to the executors, where the local batch's own executor ({@link ExecutorFactory#SIMULATING})
 * simulates and prices it, and gets back one {@link TaskResult} per scenario. The driver then
 * hands those outcomes to the local {@link BatchRunner}, which writes results.csv, the scenario
 * records, the detail CSVs and the report exactly as a local batch does: same bytes, since the
 * rows come from the same outcomes in the same order.
 *
 * <p>Failures: a task that fails (an executor lost, an injected fault) is retried by Spark
 * ({@code spark.task.maxFailures}); {@code collect} keeps the output of one successful attempt per
 * partition, and the driver places results by scenario index, so nothing is lost or counted twice.
 * A scenario that fails for its own reasons (a bad setting, a malformed trace) is not a task
 * failure: its message comes back and becomes its error row, as locally.
 */
public final class SparkBatch {

    private SparkBatch() {
    }

    /**
     * Runs {@code batch} on {@code spark}.
     *
     * @param remoteBaseDir the scenario file's folder as the executors should see it (a Hadoop URI
     *                      when the file came from one), or null for the batch's own folder
     */
    public static BatchRunner.Result run(JavaSparkContext spark, ScenarioFile.Batch batch, String remoteBaseDir,
                                         BatchRunner.Options options, ExecutorFactory executors, BatchProgress progress)
            throws IOException, InterruptedException {
        String base = remoteBaseDir != null ? remoteBaseDir : batch.baseDir().toAbsolutePath().toString();
        List<ScenarioTask> tasks = new ArrayList<>();
        for (Scenario s : batch.scenarios()) {
            if (s.valid()) {
                tasks.add(ScenarioTask.of(s, base));
            }
        }
        Map<Integer, TaskResult> results = new HashMap<>();
        if (!tasks.isEmpty()) {
            // One scenario per partition: Spark schedules them as executors free up, like the local pool.
            List<TaskResult> collected = spark.parallelize(tasks, tasks.size())
                    .mapPartitions(it -> runPartition(it, executors))
                    .collect();
            for (TaskResult r : collected) {
                if (results.putIfAbsent(r.index(), r) != null) {
                    throw new IllegalStateException("scenario " + (r.index() + 1) + " came back twice");
                }
            }
            for (ScenarioTask t : tasks) {
                if (!results.containsKey(t.index())) {
                    throw new IllegalStateException("scenario " + (t.index() + 1) + " (" + t.name() + ") came back from no task");
                }
            }
        }
        return BatchRunner.run(batch, collectedOutcomes(results), new BatchRunner.Options(options.outDir(), 1, false,
                options.perFunction(), options.timeline()), progress);
    }

    /** On an executor: runs the partition's scenarios with the local batch's executor. */
    static Iterator<TaskResult> runPartition(Iterator<ScenarioTask> tasks, ExecutorFactory executors) {
        ScenarioExecutor executor = executors.create();
        List<TaskResult> out = new ArrayList<>();
        while (tasks.hasNext()) {
            ScenarioTask t = tasks.next();
            try {
                Scenario s = t.scenario(HadoopInputs.localize(t.settings(), t.baseDir()));
                ScenarioOutcome o = executor.run(s, java.nio.file.Path.of(localBase(t.baseDir())), f -> { });
                out.add(TaskResult.ok(t.index(), ScenarioStore.toJson(o)));
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                if (e instanceof java.io.UncheckedIOException && e.getMessage() != null
                        && e.getMessage().startsWith("cannot copy ")) {
                    throw (java.io.UncheckedIOException) e; // the file system, not the scenario: let Spark retry
                }
                out.add(TaskResult.failed(t.index(), BatchRunner.describe(e)));
            }
        }
        return out.iterator();
    }

    private static String localBase(String baseDir) {
        return HadoopInputs.isRemote(baseDir) ? System.getProperty("java.io.tmpdir") : baseDir;
    }

    /** The driver's side: an executor that answers with what the Spark tasks computed. */
    private static ScenarioExecutor collectedOutcomes(Map<Integer, TaskResult> results) {
        return (s, baseDir, progress) -> {
            TaskResult r = results.get(s.index());
            if (!r.ok()) {
                throw new ScenarioFailed(r.error());
            }
            return ScenarioStore.outcomeFromJson(r.outcomeJson());
        };
    }

    /** A scenario's own failure, carried back from an executor with its message. */
    static final class ScenarioFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ScenarioFailed(String message) {
            super(message);
        }
    }
}
