package io.lambdasim.traces.read;

import io.lambdasim.traces.TraceException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invocation rows written to a temporary file as fixed-width binary records and read back from
 * the last to the first: how a newest-first source (a Logs Insights export) is put in end order
 * with memory independent of its length. One 64 KB buffer each way; nothing per row.
 */
final class SpillFile {

    /** line, start, end, duration, init, initBilled, billed (8 bytes each); fid, mem, maxMem, env (4 each); status (1). */
    static final int RECORD = 7 * 8 + 4 * 4 + 1;
    private static final int RECORDS_PER_BLOCK = 1024;

    private final Path path;
    private final String source;
    private final OutputStream out;
    private final ByteBuffer block = ByteBuffer.allocate(RECORD * RECORDS_PER_BLOCK);
    private long records;

    private SpillFile(Path path, String source, OutputStream out) {
        this.path = path;
        this.source = source;
        this.out = out;
    }

    static SpillFile create(String source) {
        try {
            Path p = Files.createTempFile("lambdasim-newest-first-", ".bin");
            p.toFile().deleteOnExit();
            return new SpillFile(p, source, Files.newOutputStream(p));
        } catch (IOException e) {
            throw new TraceException(source, 0, null, "cannot create a temporary file to reverse a newest-first "
                    + "export (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable folder");
        }
    }

    void write(long line, int f, long s, long e, long d, int m, int mm, long i, long ib, long b, int st, int env) {
        if (block.remaining() < RECORD) {
            flush();
        }
        block.putLong(line).putLong(s).putLong(e).putLong(d).putLong(i).putLong(ib).putLong(b)
                .putInt(f).putInt(m).putInt(mm).putInt(env).put((byte) st);
        records++;
    }

    private void flush() {
        try {
            out.write(block.array(), 0, block.position());
        } catch (IOException e) {
            throw new TraceException(source, 0, null, "cannot write the temporary file " + path + ": " + e.getMessage());
        }
        block.clear();
    }

    /** Finishes writing and opens the records for reading, last first. */
    Reverse reverse() {
        flush();
        try {
            out.close();
            return new Reverse(new RandomAccessFile(path.toFile(), "r"), records);
        } catch (IOException e) {
            throw new TraceException(source, 0, null, "cannot read the temporary file " + path + ": " + e.getMessage());
        }
    }

    void delete() {
        try {
            out.close();
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A temporary file left behind is removed at exit.
        }
    }

    /** The records from the last written to the first; fields of the current one as public fields. */
    final class Reverse {
        private final RandomAccessFile in;
        private final ByteBuffer buf = ByteBuffer.allocate(RECORD * RECORDS_PER_BLOCK);
        private long remaining;
        private int inBlock;

        long line;
        int fid;
        long start;
        long end;
        long dur;
        int mem;
        int maxMem;
        long init;
        long initBilled;
        long billed;
        int status;
        int env;

        private Reverse(RandomAccessFile in, long records) {
            this.in = in;
            this.remaining = records;
        }

        boolean hasNext() {
            return remaining > 0 || inBlock > 0;
        }

        void next() {
            if (inBlock == 0) {
                load();
            }
            inBlock--;
            buf.position(inBlock * RECORD);
            line = buf.getLong();
            start = buf.getLong();
            end = buf.getLong();
            dur = buf.getLong();
            init = buf.getLong();
            initBilled = buf.getLong();
            billed = buf.getLong();
            fid = buf.getInt();
            mem = buf.getInt();
            maxMem = buf.getInt();
            env = buf.getInt();
            status = buf.get();
        }

        /** Reads the block of records just before those already read. */
        private void load() {
            int n = (int) Math.min(RECORDS_PER_BLOCK, remaining);
            remaining -= n;
            try {
                in.seek(remaining * RECORD);
                in.readFully(buf.array(), 0, n * RECORD);
            } catch (IOException e) {
                throw new TraceException(source, 0, null, "cannot read the temporary file " + path + ": " + e.getMessage());
            }
            inBlock = n;
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
