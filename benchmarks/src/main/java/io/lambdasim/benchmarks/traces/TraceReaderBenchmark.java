package io.lambdasim.benchmarks.traces;

import com.opencsv.CSVReader;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each trace reader reading a whole realistic file (see {@link TraceFiles}) on one thread. The
 * {@code rows} and {@code bytes} counters are reported per second: rows/s and bytes/s (divide by
 * 1e6 for MB/s). {@code opencsvNative} and {@code splitNative} read the same native CSV with
 * opencsv and with BufferedReader + String.split, parsing the same numbers, as the baselines the
 * byte-level reader was written to beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class TraceReaderBenchmark {

    @Param({"lambdasim-csv", "azure2021", "azure2019", "cloudwatch-text", "cloudwatch-json"})
    String format;

    Path dir;
    Path file;
    long fileBytes;

    /** Per-second counters: JMH divides them by the measured time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long rows;
        public long bytes;
    }

    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("lambdasim-bench");
        file = TraceFiles.write(format, dir);
        fileBytes = Files.size(file);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long read(Counters counters) {
        long n = 0;
        long checksum = 0;
        try (InvocationCursor c = Traces.open(file, null, ReadOptions.DEFAULTS)) {
            while (c.next()) {
                checksum += c.startUs() ^ c.durationUs() ^ c.functionId();
                n++;
            }
        }
        counters.rows += n;
        counters.bytes += fileBytes;
        return checksum;
    }

    @Benchmark
    public long opencsvNative(Counters counters) throws Exception {
        if (!format.equals("lambdasim-csv")) {
            return 0;
        }
        try (CSVReader r = new CSVReader(Files.newBufferedReader(file))) {
            return baseline(counters, r::readNext);
        }
    }

    @Benchmark
    public long splitNative(Counters counters) throws Exception {
        if (!format.equals("lambdasim-csv")) {
            return 0;
        }
        try (BufferedReader r = Files.newBufferedReader(file)) {
            return baseline(counters, () -> {
                String line = r.readLine();
                return line == null ? null : line.split(",");
            });
        }
    }

    /** A String-per-field CSV parser, as the baselines use it. */
    interface Rows {
        String[] next() throws Exception;
    }

    /** Skips the header and parses the same numbers the native reader does, from Strings. */
    private long baseline(Counters counters, Rows rows) throws Exception {
        long n = 0;
        long checksum = 0;
        rows.next();
        String[] row;
        while ((row = rows.next()) != null) {
            checksum += row[0].hashCode() ^ Math.round(Double.parseDouble(row[1]) * 1000)
                    ^ Math.round(Double.parseDouble(row[2]) * 1000) ^ Integer.parseInt(row[3]);
            n++;
        }
        counters.rows += n;
        counters.bytes += fileBytes;
        return checksum;
    }
}
