package io.lambdasim.traces.read;

import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceReport;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure 2019 files beside the invocation counts: per-function duration percentiles and
 * per-app average memory. Both are small (one row per function or app), so they are loaded whole
 * into maps at open; rows that cannot be used are bad rows like any other.
 */
final class Azure2019Sidecars {

    /** The published percentile points of {@code function_durations_percentiles}. */
    static final double[] QUANTILES = {0.0, 0.01, 0.25, 0.50, 0.75, 0.99, 1.0};
    private static final String[] PERCENTILE_COLUMNS = {"percentile_average_0", "percentile_average_1",
        "percentile_average_25", "percentile_average_50", "percentile_average_75", "percentile_average_99",
        "percentile_average_100"};
    private static final Pattern DAY = Pattern.compile("\\.(d\\d+)");

    /** app/func -> its 7 percentile durations in µs (monotone). */
    final Map<String, long[]> durations = new HashMap<>();
    /** app -> average allocated MB. */
    final Map<String, Double> appMemoryMb = new HashMap<>();

    static Azure2019Sidecars load(Path invocations, ReadOptions options, TraceReport report) {
        Azure2019Sidecars s = new Azure2019Sidecars();
        Path durations = options.durationsFile() != null ? options.durationsFile()
                : beside(invocations, "function_durations_percentiles");
        Path memory = options.memoryFile() != null ? options.memoryFile()
                : beside(invocations, "app_memory_percentiles");
        if (durations != null) {
            s.loadDurations(durations, options, report);
        }
        if (memory != null) {
            s.loadMemory(memory, options, report);
        }
        return s;
    }

    /** The file of kind {@code prefix} for the same day (dNN) in the same folder, or null. */
    static Path beside(Path invocations, String prefix) {
        if (invocations == null) {
            return null;
        }
        Matcher m = DAY.matcher(invocations.getFileName().toString());
        Path dir = invocations.toAbsolutePath().getParent();
        if (!m.find() || dir == null) {
            return null;
        }
        String want = prefix + ".anon." + m.group(1) + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                if (p.getFileName().toString().startsWith(want)) {
                    return p;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** One data row of a sidecar file, split; throws TraceException when unusable. */
    private interface Row {
        void accept(byte[] b, CsvFields f, long line);
    }

    private void loadDurations(Path file, ReadOptions options, TraceReport report) {
        String name = file.toString();
        eachRow(file, options, report, col -> {
            int[] pc = new int[PERCENTILE_COLUMNS.length];
            for (int k = 0; k < pc.length; k++) {
                pc[k] = column(col, PERCENTILE_COLUMNS[k], name);
            }
            int app = col.get("hashapp");
            int func = col.get("hashfunction");
            return (b, f, line) -> {
                long[] curve = new long[pc.length];
                for (int k = 0; k < pc.length; k++) {
                    long us = Decimals.fixed(b, f.start(pc[k]), f.end(pc[k]), 3);
                    if (us == Decimals.BAD || us < 0) {
                        throw new TraceException(name, line, PERCENTILE_COLUMNS[k],
                                "expected a duration in ms >= 0, found '" + f.text(pc[k]) + "'");
                    }
                    // Percentiles never decrease (rounding a non-decreasing series keeps it so): a
                    // decreasing one is a damaged row, which would otherwise turn every draw into p0.
                    if (k > 0 && us < curve[k - 1]) {
                        throw new TraceException(name, line, PERCENTILE_COLUMNS[k], String.format(java.util.Locale.ROOT,
                                "percentiles must not decrease: %s ms is below %s = %.3f ms", f.text(pc[k]),
                                PERCENTILE_COLUMNS[k - 1], curve[k - 1] / 1000.0));
                    }
                    curve[k] = us;
                }
                durations.put(f.text(app) + "/" + f.text(func), curve);
            };
        }, "HashApp", "HashFunction");
    }

    private void loadMemory(Path file, ReadOptions options, TraceReport report) {
        String name = file.toString();
        eachRow(file, options, report, col -> {
            int app = col.get("hashapp");
            int avg = col.get("averageallocatedmb");
            return (b, f, line) -> {
                long milliMb = Decimals.fixed(b, f.start(avg), f.end(avg), 3);
                if (milliMb == Decimals.BAD || milliMb <= 0) {
                    throw new TraceException(name, line, "AverageAllocatedMb",
                            "expected MB > 0, found '" + f.text(avg) + "'");
                }
                appMemoryMb.put(f.text(app), milliMb / 1000.0);
            };
        }, "HashApp", "AverageAllocatedMb");
    }

    /** Reads the header (checking {@code required}), then hands every row to the handler made for it. */
    private static void eachRow(Path file, ReadOptions options, TraceReport report,
                                java.util.function.Function<Map<String, Integer>, Row> handlerFor, String... required) {
        String name = file.toString();
        try (LineReader lines = new LineReader(TraceInput.open(file), name)) {
            CsvFields f = new CsvFields();
            Map<String, Integer> col = header(lines, f, name, required);
            Row row = handlerFor.apply(col);
            while (lines.next()) {
                if (lines.blank()) {
                    continue;
                }
                try {
                    byte[] b = lines.buffer();
                    if (f.split(b, lines.start(), lines.end()) != col.size()) {
                        throw new TraceException(name, lines.lineNumber(), null,
                                "expected " + col.size() + " fields as in the header, found " + f.count());
                    }
                    row.accept(b, f, lines.lineNumber());
                } catch (TraceException e) {
                    skipOrThrow(e, options, report);
                }
            }
        }
    }

    private static void skipOrThrow(TraceException e, ReadOptions options, TraceReport report) {
        if (!options.skipBadRows()) {
            throw e;
        }
        report.skipped(e);
    }

    /** Column name (lower case) -> index, after checking the required ones are there. */
    private static Map<String, Integer> header(LineReader lines, CsvFields f, String name, String... required) {
        if (!lines.next()) {
            throw new TraceException(name, 1, null, "empty file: expected a header with " + String.join(",", required));
        }
        int n = f.split(lines.buffer(), lines.start(), lines.end());
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < n; i++) {
            col.put(f.text(i).toLowerCase(Locale.ROOT), i);
        }
        for (String r : required) {
            column(col, r.toLowerCase(Locale.ROOT), name);
        }
        return col;
    }

    private static int column(Map<String, Integer> col, String lower, String name) {
        Integer i = col.get(lower);
        if (i == null) {
            throw new TraceException(name, 1, lower, "missing column in the header");
        }
        return i;
    }
}
