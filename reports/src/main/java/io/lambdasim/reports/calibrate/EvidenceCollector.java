package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.ProgressListener;
import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over the merged logs, gathering each function's evidence ({@link FunctionEvidence}).
 *
 * <p>Environments are the log streams (a log stream is one execution environment). Lines without
 * a stream (text exports that dropped it) get environments inferred the way the engine reuses
 * them: a line with an INIT starts a new one, and every environment of the function idle at that
 * moment was gone (the platform would have reused it); a line without one takes the environment
 * that became idle last (most recently used first, the engine's default), or, when none is idle,
 * one that was alive before the logs began.
 *
 * <p>For log streams, whether an idle environment was gone is known only at the end (it may be
 * seen again): each environment's last end is checked against the first cold start of its function
 * after it, in {@link #finish}.
 *
 * <p>Memory: a few primitives and {@link Resampling#REPLICATES} weight bytes per environment, and
 * the per-function bins; the cursor itself is read once and nothing is kept per line.
 */
final class EvidenceCollector {

    private static final int B = Resampling.REPLICATES;
    private static final byte INFERRED = 1;

    private final Resampling resampling;
    private FunctionEvidence[] functions = new FunctionEvidence[8];
    private int functionCount;

    private int envCount;
    private int[] envFunction = new int[64];
    private long[] envLastEndUs = new long[64];
    private long[] envMaxReuseUs = new long[64];
    private byte[] envFlags = new byte[64];
    private byte[] weights = new byte[64 * B];
    /** Cursor environment id → index here, -1 when not seen yet. */
    private int[] streamEnv = new int[0];

    EvidenceCollector(long seed) {
        this.resampling = new Resampling(seed);
    }

    /** Reads the rest of {@code c}. */
    void readAll(InvocationCursor c) {
        readAll(c, ProgressListener.NONE);
    }

    /** Reads every line, telling {@code progress} the count every 65,536 lines (as the engine tells invocations). */
    void readAll(InvocationCursor c, ProgressListener progress) {
        FunctionTable names = c.functions();
        long lines = 0;
        long firstUs = Long.MIN_VALUE;
        long lastUs = 0;
        while (c.next()) {
            accept(c, names);
            lastUs = c.startUs();
            if (firstUs == Long.MIN_VALUE) {
                firstUs = lastUs; // log times are wall-clock: progress shows the time read since the first line
            }
            if ((++lines & 0xFFFF) == 0) {
                progress.onProgress(lines, lastUs - firstUs);
            }
        }
        progress.onProgress(lines, lines == 0 ? 0 : lastUs - firstUs);
    }

    private void accept(InvocationCursor c, FunctionTable names) {
        int fid = c.functionId();
        FunctionEvidence f = fid < functionCount && functions[fid] != null ? functions[fid] : newFunction(fid, names.name(fid));
        long start = c.startUs();
        long init = c.initUs();
        boolean cold = init != InvocationCursor.MISSING;
        long duration = c.durationUs();
        long end = start + (cold ? init : 0) + duration;
        f.invocations++;
        if (cold) {
            f.initLines++;
            f.init.add(init);
        }
        long billed = c.billedUs();
        if (billed != InvocationCursor.MISSING) {
            f.billedUs += billed;
            f.billedLines++;
        }
        int memory = c.memoryMb();
        if (memory != InvocationCursor.MISSING) {
            f.memory.add(memory, duration);
        }
        f.firstStartUs = Math.min(f.firstStartUs, start);
        f.lastEndUs = Math.max(f.lastEndUs, end);
        int stream = c.environmentId();
        if (stream == InvocationCursor.MISSING) {
            f.linesWithoutEnvironment++;
            inferred(f, start, end, cold);
        } else {
            onStream(f, stream, start, end, cold);
        }
    }

    private void onStream(FunctionEvidence f, int stream, long start, long end, boolean cold) {
        if (stream >= streamEnv.length) {
            int old = streamEnv.length;
            streamEnv = Arrays.copyOf(streamEnv, Math.max(stream + 1, old * 2 + 16));
            Arrays.fill(streamEnv, old, streamEnv.length, -1);
        }
        int e = streamEnv[stream];
        if (e < 0) {
            e = newEnvironment(f, (byte) 0);
            streamEnv[stream] = e;
            if (cold) {
                f.coldStartsUs.add(start);
            } else {
                f.preexisting++;
            }
            envLastEndUs[e] = end;
            return;
        }
        long gap = start - envLastEndUs[e];
        if (gap >= 0) {
            reused(f, e, gap);
        }
        // gap < 0: two lines of one stream overlap by the rounding of their timestamps: no evidence
        envLastEndUs[e] = Math.max(envLastEndUs[e], end);
    }

    private void inferred(FunctionEvidence f, long start, long end, boolean cold) {
        while (f.busySize > 0 && f.busyEndUs[0] <= start) {
            f.pushIdle(f.popBusy());
        }
        int e;
        if (cold) {
            while (f.idleSize > 0) {
                int gone = f.idleStack[--f.idleSize];
                f.idle.gone(start - envLastEndUs[gone], gone);
            }
            e = newEnvironment(f, INFERRED);
            f.inferredEnvironments++;
            f.coldStartsUs.add(start);
        } else if (f.idleSize > 0) {
            e = f.idleStack[--f.idleSize];
            reused(f, e, start - envLastEndUs[e]);
        } else {
            e = newEnvironment(f, INFERRED);
            f.inferredEnvironments++;
            f.preexisting++;
        }
        envLastEndUs[e] = end;
        f.pushBusy(end, e);
    }

    private void reused(FunctionEvidence f, int e, long gap) {
        f.idle.reused(gap, weights, e * B);
        if (gap > envMaxReuseUs[e]) {
            envMaxReuseUs[e] = gap;
        }
    }

    private int newEnvironment(FunctionEvidence f, byte flags) {
        if (envCount == envFunction.length) {
            int n = envCount * 2;
            envFunction = Arrays.copyOf(envFunction, n);
            envLastEndUs = Arrays.copyOf(envLastEndUs, n);
            envMaxReuseUs = Arrays.copyOf(envMaxReuseUs, n);
            envFlags = Arrays.copyOf(envFlags, n);
            weights = Arrays.copyOf(weights, n * B);
        }
        int e = envCount++;
        envFunction[e] = f.id;
        envMaxReuseUs[e] = -1;
        envFlags[e] = flags;
        resampling.weights(e, weights, e * B);
        f.environments++;
        return e;
    }

    private FunctionEvidence newFunction(int id, String name) {
        if (id >= functions.length) {
            functions = Arrays.copyOf(functions, Math.max(id + 1, functions.length * 2));
        }
        FunctionEvidence f = new FunctionEvidence(id, name);
        functions[id] = f;
        functionCount = Math.max(functionCount, id + 1);
        return f;
    }

    /**
     * Ends the pass: each log stream's environment that was idle when a later cold start of its
     * function happened and never appeared again becomes a vanished environment; each resample's
     * longest reuse gap is found.
     */
    List<FunctionEvidence> finish() {
        for (int e = 0; e < envCount; e++) {
            FunctionEvidence f = functions[envFunction[e]];
            if (f.resampledMaxReuseUs == null) {
                f.resampledMaxReuseUs = new long[B];
                Arrays.fill(f.resampledMaxReuseUs, -1);
            }
            long max = envMaxReuseUs[e];
            if (max >= 0) {
                for (int b = 0; b < B; b++) {
                    if (weights[e * B + b] > 0 && max > f.resampledMaxReuseUs[b]) {
                        f.resampledMaxReuseUs[b] = max;
                    }
                }
            }
            if ((envFlags[e] & INFERRED) != 0) {
                continue; // decided while reading
            }
            int i = f.coldStartsUs.firstAtOrAbove(envLastEndUs[e]);
            if (i < f.coldStartsUs.size()) {
                f.idle.gone(f.coldStartsUs.get(i) - envLastEndUs[e], e);
            }
        }
        List<FunctionEvidence> out = new ArrayList<>();
        for (int i = 0; i < functionCount; i++) {
            if (functions[i] != null) {
                out.add(functions[i]);
            }
        }
        return out;
    }

    /** The Poisson weight of environment {@code env} in resample {@code b}. */
    int weight(int env, int b) {
        return weights[env * B + b];
    }

    int environments() {
        return envCount;
    }
}
