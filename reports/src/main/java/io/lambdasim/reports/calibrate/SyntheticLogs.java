package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.InvocationObserver;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * Ground truth for calibration: what the engine simulated, written as CloudWatch REPORT lines in
 * the text export shape ({@code TIMESTAMP LOG_STREAM REPORT ...}), one log stream per simulated
 * execution environment, INIT on the cold starts, lines in end-time order as CloudWatch writes
 * them. A workload replayed under a known keep-alive and INIT model gives logs whose calibration
 * must recover both.
 *
 * <p>Lines are held only until no later line can end before them (memory: the invocations in
 * flight). Timestamps start at {@link #EPOCH}.
 */
public final class SyntheticLogs implements InvocationObserver {

    /** Wall-clock time of the workload's time 0 in the logs: Monday 2026-01-05 00:00 UTC. */
    public static final long EPOCH_US = Instant.parse("2026-01-05T00:00:00Z").toEpochMilli() * 1000;
    static final Instant EPOCH = Instant.ofEpochMilli(EPOCH_US / 1000);

    private final Writer out;
    private final int memoryMb;
    private final BillingMeasure billing;
    private final PriorityQueue<Line> pending = new PriorityQueue<>();
    private int[] serial = new int[64];
    private long[] created = new long[64];
    /** Log stream of each engine environment handle (named when the environment is created). */
    private String[] streams = new String[64];
    private int nextSerial;
    private long lines;
    private long sequence;
    private IOException failure;

    private record Line(long endUs, long seq, String text) implements Comparable<Line> {
        @Override
        public int compareTo(Line o) {
            return endUs != o.endUs ? Long.compare(endUs, o.endUs) : Long.compare(seq, o.seq);
        }
    }

    private SyntheticLogs(Writer out, int memoryMb, BillingMeasure billing) {
        this.out = out;
        this.memoryMb = memoryMb;
        this.billing = billing;
        Arrays.fill(serial, -1);
    }

    /**
     * Simulates {@code workload} under {@code config} and writes its REPORT lines to {@code out}
     * (every function at {@code memoryMb}); returns the simulation's result, the truth to compare with.
     */
    public static SimulationResult write(InvocationCursor workload, SimulationConfig config, int memoryMb, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        SyntheticLogs logs = new SyntheticLogs(w, memoryMb, config.billing());
        SimulationResult r = Simulator.run(workload, config.toBuilder().memoryMb(memoryMb).build(), ProgressListener.NONE, logs);
        logs.drain(Long.MAX_VALUE);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (logs.failure != null) {
            throw new UncheckedIOException(logs.failure);
        }
        return r;
    }

    /** Writes the logs of {@code spec} (a workload spec) under {@code config} to {@code file}. */
    public static SimulationResult write(String spec, SimulationConfig config, int memoryMb, Path file) {
        try (OutputStream o = Files.newOutputStream(file); InvocationCursor c = WorkloadSpec.parse(spec).open()) {
            return write(c, config, memoryMb, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For scripted runs (benchmarks/RESULTS.md): {@code SPEC KEEP_ALIVE INIT MEMORY_MB OUT.log} writes
     * the logs of a workload spec under that keep-alive and INIT model.
     */
    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: SyntheticLogs SPEC KEEP_ALIVE INIT MEMORY_MB OUT.log");
            System.exit(2);
        }
        SimulationConfig c = SimulationConfig.builder().keepAlive(io.lambdasim.engine.keepalive.KeepAlive.parse(args[1]))
                .init(io.lambdasim.engine.init.InitModel.parse(args[2])).build();
        SimulationResult r = write(args[0], c, Integer.parseInt(args[3]), Path.of(args[4]));
        System.out.printf(Locale.ROOT, "%,d invocations, %,d cold starts, %,d environments%n", r.total().invocations(),
                r.total().coldStarts(), r.total().environmentsCreated());
    }

    public long lines() {
        return lines;
    }

    @Override
    public void onStart(int function, int environment, long environmentCreatedUs, long startUs, long initUs, long endUs,
                        boolean cold) {
        drain(startUs); // lines ending by now are final: nothing starting later ends before them
        if (environment >= serial.length) {
            int old = serial.length;
            serial = Arrays.copyOf(serial, Math.max(environment + 1, old * 2));
            created = Arrays.copyOf(created, serial.length);
            streams = Arrays.copyOf(streams, serial.length);
            Arrays.fill(serial, old, serial.length, -1);
        }
        if (cold || serial[environment] < 0 || created[environment] != environmentCreatedUs) {
            serial[environment] = nextSerial++;
            created[environment] = environmentCreatedUs;
            streams[environment] = stream(function, serial[environment], environmentCreatedUs);
        }
        long durationUs = endUs - startUs - initUs;
        long billedUs = billing.billedUs(billing.initBilled() && cold ? durationUs + initUs : durationUs);
        StringBuilder sb = new StringBuilder(200);
        sb.append(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli((EPOCH_US + endUs) / 1000)))
                .append('\t').append(streams[environment])
                .append("\tREPORT RequestId: ").append(requestId(sequence))
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", durationUs / 1000.0)).append(" ms")
                .append("\tBilled Duration: ").append(billedUs / 1000).append(" ms")
                .append("\tMemory Size: ").append(memoryMb).append(" MB")
                .append("\tMax Memory Used: ").append(Math.min(memoryMb, 64)).append(" MB\t");
        if (cold) {
            sb.append("Init Duration: ").append(String.format(Locale.ROOT, "%.2f", initUs / 1000.0)).append(" ms\t");
        }
        pending.add(new Line(endUs, sequence++, sb.toString()));
    }

    /**
     * Log stream of an environment as Lambda names them: the day it was created, the version, then a
     * 32-digit hex id (here the function and a serial number, unique in the file). The text export
     * carries no function name: a file is one function's log group, named after the file.
     */
    private static String stream(int function, int serial, long createdUs) {
        return STREAM_DAY.format(Instant.ofEpochMilli((EPOCH_US + createdUs) / 1000)) + "/[$LATEST]"
                + String.format(Locale.ROOT, "%08x%024x", function, serial);
    }

    private static final DateTimeFormatter STREAM_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC);

    private static String requestId(long n) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", n >>> 16, n);
    }

    private void drain(long upToUs) {
        while (!pending.isEmpty() && pending.peek().endUs() <= upToUs) {
            Line l = pending.poll();
            try {
                out.write(l.text());
                out.write('\n');
            } catch (IOException e) {
                failure = e;
            }
            lines++;
        }
    }
}
