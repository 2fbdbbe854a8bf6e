package io.lambdasim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver's Spark context for one command: a new one (the master from spark-submit, else
 * {@code local[*]}), stopped at the end, or one the caller already runs (tests share one: starting
 * a context is most of their cost), left running.
 */
final class DriverContext implements AutoCloseable {

    final JavaSparkContext spark;
    private final boolean owned;

    private DriverContext(JavaSparkContext spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    static DriverContext open(String appName, JavaSparkContext running) {
        if (running != null) {
            return new DriverContext(running, false);
        }
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        JavaSparkContext spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN"); // the command's own lines are the progress; Spark's INFO would bury them
        return new DriverContext(spark, true);
    }

    @Override
    public void close() {
        if (owned) {
            spark.close();
        }
    }
}
