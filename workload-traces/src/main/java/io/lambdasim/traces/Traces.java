package io.lambdasim.traces;

import java.nio.file.Path;

/**
 * The one entry point to read a trace file of any supported format:
 * <pre>
 * try (InvocationCursor c = Traces.open(path, null, ReadOptions.DEFAULTS)) {
 *     while (c.next()) { ... c.startUs() ... }
 *     TraceReport r = c.report();
 * }
 * </pre>
 */
public final class Traces {

    private Traces() {
    }

    /**
     * Opens {@code file} ({@code .gz}, {@code .xz} and {@code .zst} decompressed transparently).
     *
     * @param formatOrNull a {@link TraceFormat#id()} such as {@code "azure2021"}, or null/"auto" to
     *                     detect the format from the first line
     * @throws TraceException when the file cannot be read or its format is unknown
     * @throws IllegalArgumentException when {@code formatOrNull} names no format
     */
    public static InvocationCursor open(Path file, String formatOrNull, ReadOptions options) {
        TraceFormat format = formatOrNull == null || formatOrNull.isBlank() || formatOrNull.equalsIgnoreCase("auto")
                ? detect(file) : TraceFormat.parse(formatOrNull);
        return format.open(file, options == null ? ReadOptions.DEFAULTS : options);
    }

    /** {@code open(file, null, ReadOptions.DEFAULTS)}: detected format, default options. */
    public static InvocationCursor open(Path file) {
        return open(file, null, ReadOptions.DEFAULTS);
    }

    /**
     * Reads the whole trace into memory, for callers that replay one workload many times (sizing,
     * break-even sweeps); the file is closed before returning.
     */
    public static InvocationArrays load(Path file, String formatOrNull, ReadOptions options) {
        try (InvocationCursor c = open(file, formatOrNull, options)) {
            return InvocationArrays.record(c);
        }
    }

    /**
     * Every file reading {@code file} may touch: the trace itself, the Azure 2019 durations and
     * app-memory files named in {@code options} or found beside it. Commands that write refuse to
     * write onto any of these.
     */
    public static java.util.List<Path> inputFiles(Path file, ReadOptions options) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        if (file == null) {
            return out;
        }
        out.add(file);
        ReadOptions o = options == null ? ReadOptions.DEFAULTS : options;
        for (Path p : new Path[] {o.durationsFile(), o.memoryFile(),
                io.lambdasim.traces.read.Azure2019Reader.besideFile(file, "function_durations_percentiles"),
                io.lambdasim.traces.read.Azure2019Reader.besideFile(file, "app_memory_percentiles")}) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The format of {@code file}, from its first bytes; a TraceException when none fits. */
    public static TraceFormat detect(Path file) {
        return FormatDetector.detect(file);
    }
}
