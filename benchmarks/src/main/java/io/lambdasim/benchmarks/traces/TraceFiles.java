package io.lambdasim.benchmarks.traces;

import io.lambdasim.traces.write.SyntheticNativeCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic benchmark inputs for each reader, written once per trial into a temp folder: the
 * shapes of the real formats (64-hex Azure names, tab-separated REPORT lines, filter-log-events
 * JSON), sizes large enough that a read takes ~0.1-1 s.
 */
final class TraceFiles {

    private TraceFiles() {
    }

    static Path write(String kind, Path dir) throws IOException {
        switch (kind) {
            case "lambdasim-csv":
                return nativeCsv(dir.resolve("native.csv"), 1_000_000);
            case "azure2021":
                return azure2021(dir.resolve("azure2021.csv"), 400_000);
            case "azure2019":
                return azure2019(dir.resolve("invocations_per_function_md.anon.d01.csv"), 200);
            case "cloudwatch-text":
                return cloudwatchText(dir.resolve("report.log"), 300_000);
            case "cloudwatch-json":
                return cloudwatchJson(dir.resolve("events.json"), 200_000);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    static Path nativeCsv(Path file, long rows) throws IOException {
        try (InputStream in = new SyntheticNativeCsv(rows, 100); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }

    private static String hex(SplittableRandom r) {
        return String.format(Locale.ROOT, "%016x%016x%016x%016x", r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }

    /** Rows in end order, durations log-uniform 1 ms..60 s, ~100 rows/s over 60 functions. */
    static Path azure2021(Path file, int rows) throws IOException {
        SplittableRandom r = new SplittableRandom(1);
        String[] apps = new String[60];
        String[] funcs = new String[60];
        for (int i = 0; i < 60; i++) {
            apps[i] = hex(r);
            funcs[i] = hex(r);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("app,func,end_timestamp,duration\n");
            double end = 0;
            for (int i = 0; i < rows; i++) {
                end += r.nextDouble() * 0.02;
                double dur = Math.min(end, Math.exp(Math.log(0.001) + r.nextDouble() * Math.log(60_000)));
                int f = r.nextInt(60);
                w.write(apps[f] + "," + funcs[f] + "," + end + "," + String.format(Locale.ROOT, "%.3f", dur) + "\n");
            }
        }
        return file;
    }

    static Path azure2019(Path file, int functions) throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("HashOwner,HashApp,HashFunction,Trigger");
            for (int m = 1; m <= 1440; m++) {
                w.write("," + m);
            }
            w.write("\n");
            for (int f = 0; f < functions; f++) {
                w.write(hex(r) + "," + hex(r) + "," + hex(r) + ",http");
                for (int m = 0; m < 1440; m++) {
                    w.write("," + (r.nextInt(4) == 0 ? 0 : r.nextInt(8)));
                }
                w.write("\n");
            }
        }
        return file;
    }

    private static String report(SplittableRandom r, int i) {
        String init = i % 50 == 0 ? String.format(Locale.ROOT, "Init Duration: %.2f ms\t", 100 + r.nextDouble() * 300) : "";
        double d = 1 + r.nextDouble() * 500;
        return String.format(Locale.ROOT, "REPORT RequestId: %08x-xmpl-4031-8810-11bb609b4c71\tDuration: %.2f ms\t"
                + "Billed Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\t%s", i, d, (long) Math.ceil(d),
                60 + r.nextInt(100), init);
    }

    static Path cloudwatchText(Path file, int rows) throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        long t = 1_700_000_000_000L;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < rows; i++) {
                t += r.nextInt(20);
                w.write(Instant.ofEpochMilli(t) + "\t" + report(r, i) + "\n");
            }
        }
        return file;
    }

    static Path cloudwatchJson(Path file, int rows) throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        long t = 1_700_000_000_000L;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"events\":[\n");
            for (int i = 0; i < rows; i++) {
                t += r.nextInt(20);
                w.write((i == 0 ? "" : ",\n") + "{\"logStreamName\":\"2023/11/14/[$LATEST]" + (i % 16)
                        + "\",\"timestamp\":" + t + ",\"message\":\"" + report(r, i).replace("\t", "\\t")
                        + "\\n\",\"ingestionTime\":" + (t + 50) + ",\"eventId\":\"" + i + "\"}");
            }
            w.write("\n],\"searchedLogStreams\":[]}\n");
        }
        return file;
    }
}
