package io.lambdasim.traces;

import io.lambdasim.traces.bin.BinaryTraceReader;
import io.lambdasim.traces.read.Azure2019Reader;
import io.lambdasim.traces.read.Azure2021Reader;
import io.lambdasim.traces.read.CloudWatchJsonReader;
import io.lambdasim.traces.read.CloudWatchTextReader;
import io.lambdasim.traces.read.NativeCsvReader;
import io.lambdasim.traces.read.TraceInput;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The trace formats lambdasim reads: a registry of reader factories keyed by the name users type. */
public enum TraceFormat {
    /** The project's own CSV ({@link NativeCsvReader}); written by {@code trace convert}. */
    LAMBDASIM_CSV("lambdasim-csv", "function,start_ms,duration_ms[,memory_mb,init_ms,...] in start order") {
        @Override
        InvocationCursor open(InputStream in, Path file, ReadOptions options) {
            return new NativeCsvReader(in, file.toString(), options);
        }
    },
    /** Azure Functions Invocation Trace 2021 ({@link Azure2021Reader}). */
    AZURE2021("azure2021", "app,func,end_timestamp,duration (seconds), ordered by end") {
        @Override
        InvocationCursor open(InputStream in, Path file, ReadOptions options) {
            return new Azure2021Reader(in, file.toString(), options);
        }
    },
    /** Azure Functions Trace 2019 minute counts (+ durations and memory files) ({@link Azure2019Reader}). */
    AZURE2019("azure2019", "HashOwner,HashApp,HashFunction,Trigger,1..1440 counts per minute") {
        @Override
        InvocationCursor open(InputStream in, Path file, ReadOptions options) {
            return new Azure2019Reader(in, file.toString(), file, options);
        }
    },
    /** CloudWatch REPORT lines: text, filter-log-events JSON, or JSON platform.report records. */
    CLOUDWATCH("cloudwatch", "Lambda REPORT log lines (text with ISO timestamps, or JSON)") {
        @Override
        InvocationCursor open(InputStream raw, Path file, ReadOptions options) {
            // Decompressors cannot mark: buffer so the first bytes can be looked at and read again.
            InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw, 1 << 16);
            byte[] head = sniff(in);
            return FormatDetector.startsJson(head, head.length)
                    ? new CloudWatchJsonReader(in, file.toString(), options)
                    : new CloudWatchTextReader(in, file.toString(), options);
        }
    },
    /**
     * lambdasim's binary trace cache ({@link BinaryTraceReader}), written by {@code trace convert --to
     * lambdasim-bin}; memory-mapped, so it is read from the file itself, never from a stream.
     */
    LAMBDASIM_BIN("lambdasim-bin", "binary trace cache written by 'trace convert --to lambdasim-bin' (fast repeat reads)") {
        @Override
        public InvocationCursor open(Path file, ReadOptions options) {
            return new BinaryTraceReader(file, options);
        }

        @Override
        InvocationCursor open(InputStream in, Path file, ReadOptions options) {
            throw new TraceException(file.toString(), 0, null, "a lambdasim-bin cache is memory-mapped: read it "
                    + "from an uncompressed file");
        }
    };

    private final String id;
    private final String description;

    TraceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used on the command line ({@code --format}) and in scenario files. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Opens {@code file} (compressed or not) in this format. */
    public InvocationCursor open(Path file, ReadOptions options) {
        InputStream in = TraceInput.open(file);
        try {
            return open(in, file, options);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (java.io.IOException ignored) {
                // already failing
            }
            throw e;
        }
    }

    abstract InvocationCursor open(InputStream in, Path file, ReadOptions options);

    /** The first bytes of a stream that supports mark/reset, without consuming them. */
    static byte[] sniff(InputStream in) {
        InputStream marked = in.markSupported() ? in : null;
        if (marked == null) {
            return new byte[0];
        }
        try {
            marked.mark(4096);
            byte[] head = marked.readNBytes(4096);
            marked.reset();
            return head;
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    /** The format named {@code name} (case-insensitive; {@code _} and {@code -} alike). */
    public static TraceFormat parse(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (TraceFormat f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown trace format '" + name + "'; expected one of "
                + ids() + " (or leave it out to detect it)");
    }

    /** All format names, comma separated. */
    public static String ids() {
        return Arrays.stream(values()).map(TraceFormat::id).collect(Collectors.joining(", "));
    }
}
