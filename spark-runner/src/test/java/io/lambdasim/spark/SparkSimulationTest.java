package io.lambdasim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.ParallelSimulation;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: one scenario whose function groups are Spark tasks prints the single-threaded
 * {@code simulate --json} byte for byte, both when the groups' merged result is kept and when the
 * summed concurrency reaches the account limit and the driver runs the coupled simulation. The
 * Spark context is the one all the module's tests share ({@link LocalSpark}).
 */
class SparkSimulationTest {

    /**
     * SimulateJobsTest's workload: five functions, about 62 invocations a second for 10 minutes
     * (37,000 invocations: more than one window of the parallel run), about 9 in flight on average.
     */
    private static final String WORKLOAD = "poisson(25/s);duration=exp(150ms);horizon=10m;function=api"
            + " + poisson(20/s);duration=lognormal(80ms,700ms);function=orders"
            + " + poisson(10/s);duration=exp(300ms);function=reports"
            + " + poisson(5/s);duration=exp(40ms);function=thumbs"
            + " + poisson(2/s);duration=exp(1s);function=batch;seed=5";

    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.get();
    }

    private Map<String, String> settings(String... more) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("generate", WORKLOAD);
        s.put("keep_alive", "random:30s-3m");
        s.put("bucket", "20s");
        s.put("warmer", "rate(3 minutes)"); // pings after the trace: the groups are taken past its end in rounds
        for (int i = 0; i < more.length; i += 2) {
            s.put(more[i], more[i + 1]);
        }
        return s;
    }

    /** What {@code lambdasim simulate --json --jobs 1} prints for {@code settings}. */
    private String singleThreaded(Map<String, String> settings) {
        Map<String, String> one = new LinkedHashMap<>(settings);
        one.put("jobs", "1");
        return ScenarioJson.toJson(new ScenarioRunner().run(GroupJob.options(one, dir), ProgressListener.NONE, 1))
                .toPrettyString();
    }

    private String onSpark(SparkSimulation engine, Map<String, String> settings) {
        return ScenarioJson.toJson(SparkSimulateMain.simulate(engine, spark, settings, dir.toString())).toPrettyString();
    }

    @Test
    void withoutContentionTheGroupsOnSparkGiveTheSingleThreadedJson() {
        Map<String, String> s = settings("jobs", "3");
        SparkSimulation engine = new SparkSimulation(spark, s, dir.toString());
        String json = onSpark(engine, s);
        assertThat(engine.mode()).isEqualTo(ParallelSimulation.Mode.PARALLEL);
        assertThat(json).isEqualTo(singleThreaded(s));
        assertThat(json).contains("\"throttled\" : 0");
    }

    @Test
    void withContentionTheDriverRunsTheCoupledSimulationAndGivesTheSingleThreadedJson() {
        // A limit of 6 under about 9 in flight (SimulateJobsTest): the coupled run throttles.
        Map<String, String> s = settings("jobs", "3", "concurrency_limit", "6");
        SparkSimulation engine = new SparkSimulation(spark, s, dir.toString());
        String json = onSpark(engine, s);
        assertThat(engine.mode()).isEqualTo(ParallelSimulation.Mode.FALLBACK);
        assertThat(json).isEqualTo(singleThreaded(s));
        assertThat(json).doesNotContain("\"throttled\" : 0,");
    }
}
