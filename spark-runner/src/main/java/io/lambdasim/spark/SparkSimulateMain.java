package io.lambdasim.spark;

import io.lambdasim.engine.ProgressListener;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code lambdasim-spark simulate [--trace PATH | --generate SPEC] [--set K=V]... [--jobs N]}: one
 * scenario, its function groups simulated as Spark tasks ({@link SparkSimulation}); prints what
 * {@code lambdasim simulate --json} prints for the same settings, byte for byte. Settings are the
 * batch's columns ({@code --set keep_alive=hybrid}); the trace may be any Hadoop-compatible URI.
 * {@code --jobs} is the number of groups (default: Spark's default parallelism). Without a master
 * from spark-submit it runs in {@code local[*]}. Exit code 2 on a bad command line or setting.
 */
public final class SparkSimulateMain {

    private SparkSimulateMain() {
    }

    static int run(String[] args, PrintWriter out, JavaSparkContext running) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--trace": settings.put("trace", SparkBatchMain.value(args, ++i, a)); break;
                case "--generate": settings.put("generate", SparkBatchMain.value(args, ++i, a)); break;
                case "--jobs": settings.put("jobs", SparkBatchMain.value(args, ++i, a)); break;
                case "--set": {
                    String kv = SparkBatchMain.value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--set " + kv + ": expected KEY=VALUE");
                    }
                    settings.put(kv.substring(0, eq), kv.substring(eq + 1));
                    break;
                }
                default:
                    throw new IllegalArgumentException("unexpected argument '" + a + "'; usage: simulate [--trace PATH | --generate SPEC] "
                            + "[--set K=V]... [--jobs N]");
            }
        }
        try (DriverContext driver = DriverContext.open("lambdasim simulate", running)) {
            out.println(ScenarioJson.toJson(simulate(driver.spark, settings, Path.of("").toAbsolutePath().toString())).toPrettyString());
        }
        return 0;
    }

    /**
     * The scenario of {@code settings} (relative paths against {@code baseDir}, a local folder or a
     * Hadoop URI), simulated on {@code spark} with {@code jobs} groups (the setting, else Spark's
     * default parallelism), priced as {@code lambdasim simulate} prices it.
     */
    static ScenarioResult simulate(JavaSparkContext spark, Map<String, String> settings, String baseDir) {
        return simulate(new SparkSimulation(spark, settings, baseDir), spark, settings, baseDir);
    }

    static ScenarioResult simulate(SparkSimulation engine, JavaSparkContext spark, Map<String, String> settings, String baseDir) {
        Map<String, String> local = HadoopInputs.localize(settings, baseDir);
        ScenarioOptions options = GroupJob.options(local,
                Path.of(HadoopInputs.isRemote(baseDir) ? System.getProperty("java.io.tmpdir") : baseDir));
        return new ScenarioRunner().withEngine(engine).run(options, ProgressListener.NONE, spark.defaultParallelism());
    }
}
