package io.lambdasim.traces;

import java.util.Locale;

/**
 * How many distinct functions fit in the Java heap, decided as each new function appears rather
 * than discovered by running out of memory. Everything lambdasim keeps grows with the number of
 * distinct functions only (never with trace length), so the one limit a large input can hit is the
 * heap divided by the state per function. A reader's {@link FunctionTable} charges every new name
 * here: a fixed figure per function (the reader's and the pipeline's own, {@link #READ_BYTES},
 * plus what the consumer keeps, {@link ReadOptions#stateBytesPerFunction()}) and its name, twice
 * (the interned String and the reader's byte key). When the sum would pass the heap less
 * {@link #RESERVE_BYTES}, the read stops with one line saying what to change ({@link TooManyFunctions}),
 * before the heap is exhausted. One counter and one comparison per new function: nothing per invocation.
 *
 * <p>The figures were measured (benchmarks/RESULTS.md, "Heap per function"): the smallest
 * {@code -Xmx} at which {@code trace stats} and {@code simulate} finish on native CSVs of 1, 10,000,
 * 40,000 and 100,000 functions with 27-character names; the slope is the state per function
 * (about 240 B to read, about 4,100 B to simulate with per-function percentiles).
 */
public final class FunctionBudget {

    /**
     * Bytes per function a reader holds besides the name: the {@link FunctionTable} (hash map node,
     * Integer, list slot) and its mirror behind the pipeline, the reader's name hash slots, the
     * String and array headers. Measured: {@code trace stats} needs 240 B per function with 27-byte
     * names at 100,000 functions and 270 B at 200,000 (the hash tables grow in steps), about 250 B
     * besides the name twice.
     */
    public static final int READ_BYTES = 250;

    /**
     * Heap kept for everything that does not grow with functions (price book, histograms, the
     * pipeline's blocks, I/O buffers, the collector's working room). Measured: {@code trace stats}
     * and {@code simulate} on a one-function trace finish in 11 MB; the rest is headroom for the
     * collector (a heap filled to the brim spends its time collecting) and for the rows the reader
     * has read ahead of its consumer. An eighth of a larger heap.
     */
    public static final long RESERVE_BYTES = 24L << 20;

    private final long capBytes;
    private final long heapBytes;
    private final int bytesPerFunction;
    private long usedBytes;

    /** A budget of {@code heapBytes} for a consumer keeping {@code consumerBytes} per function. */
    public FunctionBudget(long heapBytes, int consumerBytes) {
        this.heapBytes = heapBytes;
        this.capBytes = Math.max(0, heapBytes - Math.max(RESERVE_BYTES, heapBytes / 8));
        this.bytesPerFunction = READ_BYTES + Math.max(0, consumerBytes);
    }

    /** A budget of this JVM's maximum heap ({@code -Xmx}). */
    public static FunctionBudget ofHeap(int consumerBytes) {
        return new FunctionBudget(Runtime.getRuntime().maxMemory(), consumerBytes);
    }

    /** Bytes charged per function besides its name. */
    public int bytesPerFunction() {
        return bytesPerFunction;
    }

    /**
     * Charges the {@code count}-th distinct function, named {@code name}; throws
     * {@link TooManyFunctions} when it would not fit.
     */
    void admit(int count, String name) {
        usedBytes += bytesPerFunction + 2L * name.length();
        if (usedBytes > capBytes) {
            throw new TooManyFunctions(seenMessage(count, usedBytes / count), null);
        }
    }

    /**
     * Checks up front that {@code count} functions, whose names take {@code nameBytes} in all, fit
     * (a source that knows its function count before reading: the lambdasim-bin header, Azure 2019's
     * rows); {@code where} names the source.
     */
    public void checkUpFront(long count, long nameBytes, String where) {
        long need = count * bytesPerFunction + 2 * nameBytes;
        if (count > 0 && need > capBytes) {
            long each = need / count;
            throw new TooManyFunctions(String.format(Locale.ROOT,
                    "too many functions for the heap: %s has %,d, each needs about %,d B of state, and the Java heap of "
                    + "%,d MB holds about %,d; %s", where, count, each, heapBytes >> 20, capBytes / each, whatToChange()), where);
        }
    }

    private String seenMessage(int count, long each) {
        return String.format(Locale.ROOT, "too many functions for the heap: %,d seen, each needs about %,d B of state "
                + "(Java heap %,d MB); %s", count, each, heapBytes >> 20, whatToChange());
    }

    private String whatToChange() {
        long suggest = Math.max(256, Long.highestOneBit(Math.max(1, heapBytes >> 20)) * 4);
        return "raise it (for example LAMBDASIM_JAVA_OPTS=-Xmx" + suggest + "m ./lambdasim ..., or java -Xmx" + suggest
                + "m -jar lambdasim.jar ...) or split the trace by function";
    }

    /**
     * The input has more distinct functions than the heap holds. Not a {@link TraceException}: it
     * is no bad row, and {@code --skip-bad-rows} must not skip past it. A reader adds where it
     * stopped with {@link #at}.
     */
    public static final class TooManyFunctions extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;

        TooManyFunctions(String message, String where) {
            super(message, null, false, false);
            this.where = where;
        }

        /** The same limit, saying the function was seen at {@code file:line}. */
        public TooManyFunctions at(String file, long line) {
            if (where != null) {
                return this;
            }
            String place = (file == null ? "<input>" : file) + (line > 0 ? ":" + line : "");
            return new TooManyFunctions(getMessage().replaceFirst(" seen, ", " seen in " + java.util.regex.Matcher.quoteReplacement(place) + ", "), place);
        }
    }
}
