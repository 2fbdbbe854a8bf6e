package io.lambdasim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one Spark context of the module's tests, in local mode with two worker threads and up to
 * three attempts per task ({@code local[2,3]}): starting a context is most of a Spark test's cost,
 * so the test classes share it. Never stopped by a test: Spark's own shutdown hook stops it when
 * the test JVM exits.
 */
final class LocalSpark {

    private static JavaSparkContext context;

    private LocalSpark() {
    }

    static synchronized JavaSparkContext get() {
        if (context == null) {
            context = new JavaSparkContext(new SparkConf().setMaster("local[2,3]").setAppName("lambdasim-test")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1"));
        }
        return context;
    }
}
