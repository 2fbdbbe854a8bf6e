package io.lambdasim.traces.pipe;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationColumns;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import java.util.List;

/**
 * Runs a cursor's reading and decoding (CSV parsing, Azure 2019 synthesis, decompression) on a
 * thread of its own and hands the invocations to the calling thread in {@link InvocationBlock}s
 * through two bounded single-producer single-consumer rings: full blocks one way, emptied blocks
 * back. The consumer (the engine) only reads primitive columns: it never parses.
 *
 * <p>What stays as it was: the same invocations in the same order with the same ids, so a
 * simulation's output is byte-identical with or without the pipeline; a malformed row stops the
 * run with the reader's own {@link io.lambdasim.traces.TraceException} (file:line), thrown from
 * {@link #next()} on the consumer's thread after the rows before it; {@link #close()} stops the
 * reader thread (so a cancelled simulation leaves nothing running) and closes the source.
 *
 * <p>Names: the source's {@link FunctionTable}s are not thread-safe, so the consumer has mirrors,
 * fed with the names each block first saw (once per function over the whole trace).
 *
 * <p>Memory: {@value #BLOCKS} blocks of {@value InvocationBlock#CAPACITY} invocations (about 2 MB),
 * whatever the trace length.
 */
public final class PipelinedCursor implements InvocationCursor {

    static final int BLOCKS = 8;
    private static final long STOP_WAIT_MILLIS = 2_000;

    private final InvocationCursor source;
    private final SpscRing<InvocationBlock> full = new SpscRing<>(BLOCKS);
    private final SpscRing<InvocationBlock> empty = new SpscRing<>(BLOCKS);
    private final FunctionTable functions = new FunctionTable();
    private final FunctionTable environments = new FunctionTable();
    private final Thread reader;
    private volatile boolean closed;
    private final Backoff consumerWait = new Backoff();

    private InvocationBlock current;
    /** The current block's rows (read once per block, not once per field). */
    private InvocationColumns rows;
    private int pos;
    private boolean done;
    private RuntimeException failure;

    private PipelinedCursor(InvocationCursor source) {
        this.source = source;
        // Names the source knew at open (Azure 2019 interns every function in its constructor).
        int knownFunctions = mirror(source.functions().names(), functions);
        int knownEnvironments = mirror(source.environments().names(), environments);
        for (int i = 0; i < BLOCKS; i++) {
            empty.offer(new InvocationBlock());
        }
        reader = new Thread(() -> produce(knownFunctions, knownEnvironments), "lambdasim-trace-reader");
        reader.setDaemon(true);
    }

    /**
     * {@code source} read on its own thread from now on; the caller must not touch {@code source}
     * again and closes the returned cursor instead (which closes {@code source}).
     */
    public static InvocationCursor start(InvocationCursor source) {
        if (source instanceof PipelinedCursor) {
            return source;
        }
        PipelinedCursor c = new PipelinedCursor(source);
        c.reader.start();
        return c;
    }

    private static int mirror(List<String> names, FunctionTable into) {
        for (String n : names) {
            into.intern(n);
        }
        return names.size();
    }

    /** For tests: the reader thread. */
    Thread readerThread() {
        return reader;
    }

    // ---------------------------------------------------------------- reader thread

    private void produce(int knownFunctions, int knownEnvironments) {
        Backoff wait = new Backoff();
        InvocationBlock block = null;
        try {
            while (true) {
                block = takeEmpty(wait);
                if (block == null) {
                    return; // closed
                }
                boolean more = true;
                while (!block.full() && (more = source.next())) {
                    block.add(source);
                }
                knownFunctions = newNames(source.functions(), knownFunctions, block.newFunctions);
                knownEnvironments = newNames(source.environments(), knownEnvironments, block.newEnvironments);
                block.last = !more;
                InvocationBlock b = block;
                block = null;
                publish(b, wait);
                if (!more) {
                    return;
                }
            }
        } catch (Throwable t) { // handed to the consumer, which rethrows it on its own thread
            if (block == null) {
                block = takeEmpty(wait);
                if (block == null) {
                    return;
                }
            }
            try {
                newNames(source.functions(), knownFunctions, block.newFunctions);
                newNames(source.environments(), knownEnvironments, block.newEnvironments);
            } catch (RuntimeException ignored) {
                // the rows before the error may then miss a name; the error is what matters
            }
            block.error = t;
            block.last = true;
            publish(block, wait);
        }
    }

    private static int newNames(FunctionTable table, int known, List<String> into) {
        int n = table.size();
        for (int id = known; id < n; id++) {
            into.add(table.name(id));
        }
        return n;
    }

    private InvocationBlock takeEmpty(Backoff wait) {
        wait.reset();
        while (!closed) {
            InvocationBlock b = empty.poll();
            if (b != null) {
                b.clear();
                return b;
            }
            wait.idle();
        }
        return null;
    }

    private void publish(InvocationBlock b, Backoff wait) {
        // Never full: there are as many slots as blocks.
        while (!full.offer(b)) {
            wait.idle();
        }
    }

    // ---------------------------------------------------------------- engine thread

    @Override
    public boolean next() {
        if (current != null && ++pos < rows.size()) {
            return true;
        }
        return advance();
    }

    private boolean advance() {
        while (true) {
            if (failure != null) {
                throw failure;
            }
            if (done) {
                return false;
            }
            if (current != null) {
                if (current.error != null) {
                    failure = rethrowable(current.error);
                    continue;
                }
                if (current.last) {
                    done = true;
                    return false;
                }
                empty.offer(current);
                current = null;
            }
            InvocationBlock b = takeFull();
            for (String n : b.newFunctions) {
                functions.intern(n);
            }
            for (String n : b.newEnvironments) {
                environments.intern(n);
            }
            current = b;
            rows = b.rows;
            pos = 0;
            if (rows.size() > 0) {
                return true;
            }
        }
    }

    private InvocationBlock takeFull() {
        consumerWait.reset();
        while (true) {
            InvocationBlock b = full.poll();
            if (b != null) {
                return b;
            }
            if (!reader.isAlive()) {
                b = full.poll(); // published just before it ended
                if (b != null) {
                    return b;
                }
                throw new IllegalStateException(closed ? "trace cursor used after close"
                        : "the trace reader thread ended without finishing the trace");
            }
            consumerWait.idle();
        }
    }

    private static RuntimeException rethrowable(Throwable t) {
        if (t instanceof RuntimeException) {
            return (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException(t.getMessage(), t);
    }

    @Override
    public FunctionTable functions() {
        return functions;
    }

    @Override
    public FunctionTable environments() {
        return environments;
    }

    @Override
    public int functionId() {
        return rows.functionId(pos);
    }

    @Override
    public long startUs() {
        return rows.startUs(pos);
    }

    @Override
    public long durationUs() {
        return rows.durationUs(pos);
    }

    @Override
    public int memoryMb() {
        return rows.memoryMb(pos);
    }

    @Override
    public int maxMemoryUsedMb() {
        return rows.maxMemoryUsedMb(pos);
    }

    @Override
    public long initUs() {
        return rows.initUs(pos);
    }

    @Override
    public long billedUs() {
        return rows.billedUs(pos);
    }

    @Override
    public long initBilledUs() {
        return rows.initBilledUs(pos);
    }

    @Override
    public int status() {
        return rows.status(pos);
    }

    @Override
    public int invocationType() {
        return rows.invocationType(pos);
    }

    @Override
    public long payloadBytes() {
        return rows.payloadBytes(pos);
    }

    @Override
    public int environmentId() {
        return rows.environmentId(pos);
    }

    @Override
    public long partitionKey() {
        return rows.partitionKey(pos);
    }

    /** The source's report: final once {@link #next()} has returned false (the reader has then stopped). */
    @Override
    public TraceReport report() {
        return source.report();
    }

    /**
     * The source's clock origin. The reader sets it before it hands over the first block and never
     * changes it after, and the ring's hand-over orders that write before this read, so asking the
     * source from this thread is safe once {@link #next()} has returned true (as the contract asks).
     * Without it, files merged on one clock (calibrate's logs) fell back to each starting at 0.
     */
    @Override
    public long originUs() {
        return source.originUs();
    }

    /** Stops the reader thread (it finishes at most the block it is filling) and closes the source. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        current = null;
        failure = new IllegalStateException("trace cursor used after close");
        try {
            reader.join(STOP_WAIT_MILLIS);
            if (reader.isAlive()) {
                reader.interrupt(); // e.g. blocked on a slow input: interruptible channels give up
                reader.join(STOP_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
