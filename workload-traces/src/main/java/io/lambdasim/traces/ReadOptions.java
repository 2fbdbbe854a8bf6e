package io.lambdasim.traces;

import java.nio.file.Path;

/**
 * Everything a reader may need besides the file; one immutable value with the defaults in one
 * place ({@link #DEFAULTS}). Change a field with the {@code with...} methods.
 *
 * @param skipBadRows       skip malformed rows and count them in the {@link TraceReport} instead of
 *                          stopping at the first
 * @param seed              seed of every random choice (Azure 2019 placement and durations)
 * @param placement         how Azure 2019 minute counts are spread inside the minute
 * @param defaultDurationUs duration given to Azure 2019 functions missing from the durations file
 * @param memoryMbOverride  memory (MB) for every invocation, or {@link InvocationCursor#MISSING}
 *                          to keep what the source says
 * @param function          function name for CloudWatch logs (else the log group, else the file
 *                          name), or {@code null}
 * @param durationsFile     Azure 2019 durations-percentiles file, or {@code null} to look beside
 *                          the invocations file for the same day
 * @param memoryFile        Azure 2019 app-memory file, or {@code null} to look beside it
 * @param reorderWindowUs   how far (µs) a row of an end-ordered source (Azure 2021, CloudWatch) may
 *                          start before rows already read; default 900 s, Lambda's longest timeout
 * @param minMemoryMb       the smallest configured memory a row may carry (a smaller one is a bad
 *                          row naming file and line); 1 by default. Callers that know the billing
 *                          era pass its range (pricing's {@code BillingRules}); derived memory
 *                          (Azure 2019's per-app averages) is not a configured size and is not checked
 * @param maxMemoryMb       the largest, likewise; {@link Integer#MAX_VALUE} by default
 * @param stateBytesPerFunction what the reader's consumer keeps per distinct function (the engine's
 *                          state, for a simulation), added to the reader's own to decide up front
 *                          whether one more function fits in the heap ({@link FunctionBudget}); 0
 *                          by default (reading only)
 */
public record ReadOptions(
        boolean skipBadRows,
        long seed,
        Placement placement,
        long defaultDurationUs,
        int memoryMbOverride,
        String function,
        Path durationsFile,
        Path memoryFile,
        long reorderWindowUs,
        int minMemoryMb,
        int maxMemoryMb,
        int stateBytesPerFunction) {

    /** Lambda's maximum timeout: no valid invocation runs longer, so no valid row is later. */
    public static final long MAX_REORDER_WINDOW_US = 900_000_000L;

    /**
     * Default duration for Azure 2019 functions without a durations row: 1 s, the order of the
     * median function's average duration in "Serverless in the Wild" (ATC'20, Fig. 7: about half
     * the functions run for less than 1 s on average).
     */
    public static final long DEFAULT_DURATION_US = 1_000_000L;

    public static final ReadOptions DEFAULTS = new ReadOptions(false, DefaultSeed.VALUE, Placement.UNIFORM,
            DEFAULT_DURATION_US, InvocationCursor.MISSING, null, null, null, MAX_REORDER_WINDOW_US, 1, Integer.MAX_VALUE, 0);

    public ReadOptions {
        if (placement == null) {
            throw new IllegalArgumentException("placement must be one of uniform, even, poisson");
        }
        if (defaultDurationUs < 0) {
            throw new IllegalArgumentException("default duration must be >= 0, got " + defaultDurationUs + " us");
        }
        if (memoryMbOverride != InvocationCursor.MISSING && memoryMbOverride <= 0) {
            throw new IllegalArgumentException("memory override must be > 0 MB, got " + memoryMbOverride);
        }
        if (reorderWindowUs < 0) {
            throw new IllegalArgumentException("reorder window must be >= 0, got " + reorderWindowUs + " us");
        }
        if (minMemoryMb < 1 || maxMemoryMb < minMemoryMb) {
            throw new IllegalArgumentException("memory range " + minMemoryMb + ".." + maxMemoryMb + " MB is empty");
        }
        if (stateBytesPerFunction < 0) {
            throw new IllegalArgumentException("state per function must be >= 0 bytes, got " + stateBytesPerFunction);
        }
    }

    /** Rows whose consumer keeps {@code bytes} per distinct function (see {@link FunctionBudget}). */
    public ReadOptions withStateBytesPerFunction(int bytes) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride, function,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, bytes);
    }

    /** Rows whose configured memory lies outside {@code min..max} MB are bad rows (file:line). */
    public ReadOptions withMemoryRangeMb(int min, int max) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride, function,
                durationsFile, memoryFile, reorderWindowUs, min, max, stateBytesPerFunction);
    }

    public ReadOptions withSkipBadRows(boolean skip) {
        return new ReadOptions(skip, seed, placement, defaultDurationUs, memoryMbOverride, function,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withSeed(long newSeed) {
        return new ReadOptions(skipBadRows, newSeed, placement, defaultDurationUs, memoryMbOverride,
                function, durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withPlacement(Placement p) {
        return new ReadOptions(skipBadRows, seed, p, defaultDurationUs, memoryMbOverride, function,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withDefaultDurationUs(long us) {
        return new ReadOptions(skipBadRows, seed, placement, us, memoryMbOverride, function,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withMemoryMbOverride(int mb) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, mb, function,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withFunction(String name) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride, name,
                durationsFile, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withDurationsFile(Path file) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride,
                function, file, memoryFile, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withMemoryFile(Path file) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride,
                function, durationsFile, file, reorderWindowUs, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }

    public ReadOptions withReorderWindowUs(long us) {
        return new ReadOptions(skipBadRows, seed, placement, defaultDurationUs, memoryMbOverride,
                function, durationsFile, memoryFile, us, minMemoryMb, maxMemoryMb, stateBytesPerFunction);
    }
}
