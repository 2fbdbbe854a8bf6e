package io.lambdasim.spark;

import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.LineProgress;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.Sweep;
import io.lambdasim.reports.html.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code spark-submit --class io.lambdasim.spark.SparkBatchMain lambdasim-spark.jar SCENARIOS.csv -o DIR
 * [--set K=V]... [--sweep K=V1,V2]... [--prices FILE] [--report] [--per-function] [--timeline]}: the
 * options of {@code lambdasim batch}, but the scenarios run on a Spark cluster. The scenario file
 * and the traces it names may be on any Hadoop-compatible file system; the output folder is
 * written by the driver (local disk). Without a master from spark-submit it runs in
 * {@code local[*]}. Exit code 1 when a scenario failed, 2 on a bad command line. With {@code simulate}
 * first, one scenario whose function groups are Spark tasks ({@link SparkSimulateMain}).
 */
public final class SparkBatchMain {

    private SparkBatchMain() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, err, new PrintWriter(System.out, true));
        } catch (IllegalArgumentException e) {
            err.println("lambdasim-spark: " + e.getMessage());
            code = 2;
        } catch (IOException | UncheckedIOException | io.lambdasim.reports.io.OutputFailed e) {
            // OutputFailed: results.csv or a record could not be written (disk full, permission);
            // what was there before is untouched. One line, as the local batch says it.
            err.println("lambdasim-spark: " + e.getMessage());
            code = 2;
        } catch (io.lambdasim.traces.TraceException e) {
            err.println("lambdasim-spark: " + e.getMessage()); // simulate: a malformed trace, file:line
            code = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        System.exit(code);
    }

    static int run(String[] args, PrintWriter err, PrintWriter out) throws IOException, InterruptedException {
        return run(args, err, out, null);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, on {@code running} when not null (left running). */
    static int run(String[] args, PrintWriter err, PrintWriter out, JavaSparkContext running)
            throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("simulate")) {
            return SparkSimulateMain.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, running);
        }
        String file = null;
        Path outDir = Path.of("lambdasim-out");
        Map<String, String> set = new LinkedHashMap<>();
        List<Sweep> sweeps = new ArrayList<>();
        boolean report = false;
        boolean perFunction = false;
        boolean timeline = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o": case "--out": outDir = Path.of(value(args, ++i, a)); break;
                case "--set": {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--set " + kv + ": expected KEY=VALUE");
                    }
                    set.put(kv.substring(0, eq), kv.substring(eq + 1));
                    break;
                }
                case "--sweep": sweeps.add(Sweep.parse(value(args, ++i, a))); break;
                case "--prices": set.put("prices", value(args, ++i, a)); break;
                case "--report": report = true; break;
                case "--per-function": perFunction = true; break;
                case "--timeline": timeline = true; break;
                default:
                    if (a.startsWith("-") || file != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'; usage: SCENARIOS.csv [-o DIR] "
                                + "[--set K=V]... [--sweep K=V1,V2]... [--prices FILE] [--report] [--per-function] [--timeline]");
                    }
                    file = a;
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("give the scenario file: SCENARIOS.csv (a local path or a Hadoop URI)");
        }
        Path localFile;
        String remoteBase = null;
        if (HadoopInputs.isRemote(file)) {
            localFile = fetchScenarioFile(file);
            remoteBase = file.substring(0, file.lastIndexOf('/'));
        } else {
            localFile = Path.of(file);
        }
        ScenarioFile.Batch batch = ScenarioFile.read(localFile, set, sweeps);
        for (Scenario s : batch.scenarios()) {
            if (!s.valid()) {
                err.println("lambdasim-spark: " + s.error());
            }
        }
        BatchRunner.Result result;
        try (DriverContext driver = DriverContext.open("lambdasim batch " + Path.of(file).getFileName(), running)) {
            result = SparkBatch.run(driver.spark, batch, remoteBase, new BatchRunner.Options(outDir, 1, false, perFunction, timeline),
                    ExecutorFactory.SIMULATING, new LineProgress(err));
        }
        out.println("results: " + result.resultsCsv() + " (" + result.records().size() + " scenarios, " + result.failed() + " failed)");
        if (report) {
            out.println("report: " + ReportWriter.write(outDir, result.records(), "lambdasim report: " + Path.of(file).getFileName()));
        }
        return result.failed() > 0 ? 1 : 0;
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Path fetchScenarioFile(String uri) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(URI.create(uri));
        FileSystem fs = remote.getFileSystem(new Configuration());
        Path local = Files.createTempDirectory("lambdasim-scenarios").resolve(remote.getName());
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
        return local;
    }
}
