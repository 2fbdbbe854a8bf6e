package io.lambdasim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.html.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner against the local batch, in Spark's local mode (two worker threads, up to three
 * attempts per task: {@code local[2,3]}). The Spark context is the one all the module's tests share
 * ({@link LocalSpark}): starting one is most of the cost.
 */
class SparkBatchTest {

    /** 2 rows x 10 memory sizes = 20 scenarios, plus a row whose trace does not exist (an error row). */
    private static final String SCENARIOS = "name,generate,trace,memory_mb,keep_alive,seed\n"
            + "api,\"poisson(2/s);duration=lognormal(80ms,300ms);horizon=10m;function=api\",,128|256|384|512|768|1024|1536|2048|3008|4096,fixed:5m,7\n"
            + "worker,\"bursty(0.1/s,10/s,30s,5m);duration=exp(400ms);horizon=10m;function=w\",,128|256|384|512|768|1024|1536|2048|3008|4096,hybrid,8\n"
            + "missing,,no-such-trace.csv,512,,\n";

    private static JavaSparkContext spark;
    /** Tasks failed on purpose; static, so the lambdas Spark runs in this JVM (local mode) count here. */
    static final AtomicInteger INJECTED = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.get();
    }

    private ScenarioFile.Batch batch() throws Exception {
        Path file = dir.resolve("scenarios.csv");
        Files.writeString(file, SCENARIOS);
        return ScenarioFile.read(file, Map.of(), List.of());
    }

    @Test
    void twentyScenariosGiveTheLocalBatchsResultsByteForByte() throws Exception {
        ScenarioFile.Batch batch = batch();
        assertThat(batch.scenarios()).hasSize(21);
        Path local = dir.resolve("local");
        Path onSpark = dir.resolve("spark");
        BatchRunner.Result expected = BatchRunner.run(batch, new SimulatingExecutor(),
                new BatchRunner.Options(local, 2, false, true, true), BatchProgress.NONE);
        BatchRunner.Result actual = SparkBatch.run(spark, batch, null,
                new BatchRunner.Options(onSpark, 0, false, true, true), ExecutorFactory.SIMULATING, BatchProgress.NONE);

        assertThat(expected.failed()).isEqualTo(1); // the missing trace
        assertThat(actual.failed()).isEqualTo(1);
        for (String f : new String[] {"results.csv", "per-function.csv", "timeline.csv"}) {
            assertThat(Files.readString(onSpark.resolve(f))).as(f).isEqualTo(Files.readString(local.resolve(f)));
        }
        assertThat(Files.readAllLines(onSpark.resolve("results.csv"))).hasSize(22);
        Path localReport = ReportWriter.write(local, expected.records(), "t");
        Path sparkReport = ReportWriter.write(onSpark, actual.records(), "t");
        assertThat(Files.readString(sparkReport)).isEqualTo(Files.readString(localReport));
    }

    @Test
    void failedTasksAreRetriedAndNoScenarioIsLostOrDuplicated() throws Exception {
        ScenarioFile.Batch batch = batch();
        Path local = dir.resolve("local");
        Path onSpark = dir.resolve("spark");
        BatchRunner.run(batch, new SimulatingExecutor(), new BatchRunner.Options(local, 2, false, false, false),
                BatchProgress.NONE);
        INJECTED.set(0);
        // The first attempt of every fifth partition dies before it reports anything.
        ExecutorFactory flaky = () -> {
            TaskContext task = TaskContext.get();
            if (task.attemptNumber() == 0 && task.partitionId() % 5 == 0) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected executor failure");
            }
            return new SimulatingExecutor();
        };
        SparkBatch.run(spark, batch, null, new BatchRunner.Options(onSpark, 0, false, false, false), flaky,
                BatchProgress.NONE);
        // Partitions 0, 5, 10 and 15 of the 20 valid scenarios failed once each, and were rerun.
        assertThat(INJECTED.get()).isEqualTo(4);
        assertThat(Files.readString(onSpark.resolve("results.csv"))).isEqualTo(Files.readString(local.resolve("results.csv")));
    }
}
