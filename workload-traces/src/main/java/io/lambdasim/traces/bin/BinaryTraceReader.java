package io.lambdasim.traces.bin;

import static io.lambdasim.traces.bin.BinaryLayout.unzigzag;

import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.read.BaseCursor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;

/**
 * Reads a {@code lambdasim-bin} cache ({@link BinaryLayout}) through memory-mapped windows of the
 * file: no copy into the heap, no text to parse, one varint decode per field. Each block's
 * checksum is verified as the block is reached, so a damaged cache stops with the block and byte
 * offset instead of replaying wrong numbers. Memory: one mapped window (at most
 * {@value #WINDOW_BYTES} bytes, paged in by the OS as read, unmapped when passed: {@link Unmapper})
 * and the names.
 */
public final class BinaryTraceReader extends BaseCursor {

    static final long WINDOW_BYTES = 64L << 20;

    private final FileChannel channel;
    private final long windowBytes;
    private final long namesAt;
    private final int blocks;
    private MappedByteBuffer window;
    private long windowAt;
    private int blockIndex;
    private long nextBlockAt = BinaryLayout.HEADER_BYTES;

    // The current block.
    private int rowsLeft;
    private int columns;
    private int p; // read position in the window
    private int blockEnd; // end of the current block's payload in the window
    private long previousStart;

    public BinaryTraceReader(Path path, ReadOptions options) {
        this(path, options, WINDOW_BYTES);
    }

    /** With windows of {@code windowBytes} (tests use small ones to cross many windows). */
    BinaryTraceReader(Path path, ReadOptions options, long windowBytes) {
        super(path.toString(), options, null);
        this.windowBytes = windowBytes;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw bad(0, null, "no such file");
        } catch (IOException e) {
            throw bad(0, null, "cannot read: " + e.getMessage());
        }
        try {
            long size = size();
            ByteBuffer h = map(0, Math.min(size, BinaryLayout.HEADER_BYTES));
            byte[] head = new byte[h.remaining()];
            h.duplicate().get(head);
            if (!isCache(head, head.length)) {
                throw bad(0, null, "not a lambdasim-bin cache (no magic bytes; a compressed cache must be decompressed first)");
            }
            if (head.length < BinaryLayout.HEADER_BYTES) {
                throw bad(0, null, "truncated lambdasim-bin header: expected " + BinaryLayout.HEADER_BYTES + " bytes, found " + head.length);
            }
            int version = h.getInt(8);
            if (version != BinaryLayout.VERSION) {
                throw bad(0, "version", "lambdasim-bin version " + version + "; this lambdasim reads version "
                        + BinaryLayout.VERSION + ": convert the trace again with 'lambdasim trace convert --to lambdasim-bin'");
            }
            if (h.getInt(BinaryLayout.HEADER_CRC_AT) != BinaryLayout.crc(h, 0, BinaryLayout.HEADER_CRC_AT)) {
                throw bad(0, "header", "checksum mismatch: the cache is damaged; convert the trace again");
            }
            namesAt = h.getLong(24);
            blocks = h.getInt(32);
            if (namesAt < BinaryLayout.HEADER_BYTES || namesAt > size) {
                throw bad(0, "header", "names section at byte " + namesAt + " outside the file (" + size
                        + " bytes): the cache is damaged or incomplete; convert the trace again");
            }
            EnumSet<TraceField> fields = EnumSet.noneOf(TraceField.class);
            int fieldBits = h.getInt(12);
            for (TraceField f : TraceField.values()) {
                if ((fieldBits & BinaryLayout.bit(f)) != 0) {
                    fields.add(f);
                }
            }
            if (options.memoryMbOverride() != MISSING) {
                fields.add(TraceField.MEMORY);
            }
            String format = readNames(size);
            setReport(new TraceReport(format, fields));
            report.covered(h.getLong(BinaryLayout.COVERED_AT));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw bad(0, null, "cannot read: " + e.getMessage());
        }
    }

    /** Whether a file beginning with {@code head[0..n)} is a lambdasim-bin cache. */
    public static boolean isCache(byte[] head, int n) {
        return BinaryLayout.isMagic(head, n);
    }

    private MappedByteBuffer map(long at, long length) {
        try {
            MappedByteBuffer b = channel.map(FileChannel.MapMode.READ_ONLY, at, length);
            b.order(ByteOrder.LITTLE_ENDIAN);
            return b;
        } catch (IOException e) {
            throw bad(0, null, "cannot map bytes " + at + ".." + (at + length) + ": " + e.getMessage());
        }
    }

    private String readNames(long size) {
        long length = size - namesAt;
        if (length < 4 || length > Integer.MAX_VALUE) {
            throw bad(0, "names", "names section of " + length + " bytes: the cache is damaged; convert the trace again");
        }
        ByteBuffer b = map(namesAt, length);
        if (b.getInt(0) != BinaryLayout.crc(b, 4, b.limit())) {
            throw bad(0, "names", "checksum mismatch: the cache is damaged; convert the trace again");
        }
        b.position(4);
        try {
            String format = string(b);
            long n = varint(b);
            // the header gives the count: refuse before reading one invocation when the heap cannot hold them
            functions.budget().checkUpFront(n, length, file);
            for (long i = 0; i < n; i++) {
                functions.intern(string(b));
            }
            n = varint(b);
            for (long i = 0; i < n; i++) {
                environments.intern(string(b));
            }
            return format;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw bad(0, "names", "a name runs past the end of the file: the cache is damaged; convert the trace again");
        }
    }

    private static String string(ByteBuffer b) {
        long len = varint(b);
        if (len < 0 || len > b.remaining()) {
            throw new java.nio.BufferUnderflowException();
        }
        byte[] bytes = new byte[(int) len];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static long varint(ByteBuffer b) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte x = b.get();
            v |= (long) (x & 0x7f) << shift;
            if (x >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    @Override
    public boolean next() {
        if (rowsLeft == 0 && !nextBlock()) {
            return false;
        }
        rowsLeft--;
        MappedByteBuffer w = window;
        long before = previousStart;
        try {
            startUs = previousStart + unzigzag(read(w));
            previousStart = startUs;
            functionId = (int) read(w);
            durationUs = unzigzag(read(w));
            int c = columns;
            memoryMb = memory((c & BinaryLayout.MEMORY) != 0 ? (int) unzigzag(read(w)) : MISSING);
            initUs = (c & BinaryLayout.INIT) != 0 ? unzigzag(read(w)) : MISSING;
            maxMemoryUsedMb = (c & BinaryLayout.MAX_MEMORY) != 0 ? (int) unzigzag(read(w)) : MISSING;
            status = (c & BinaryLayout.STATUS) != 0 ? w.get(p++) : 0;
            invocationType = (c & BinaryLayout.TYPE) != 0 ? w.get(p++) : 0;
            billedUs = (c & BinaryLayout.BILLED) != 0 ? unzigzag(read(w)) : MISSING;
            payloadBytes = (c & BinaryLayout.PAYLOAD) != 0 ? unzigzag(read(w)) : MISSING;
            environmentId = (c & BinaryLayout.ENVIRONMENT) != 0 ? (int) unzigzag(read(w)) : MISSING;
            initBilledUs = (c & BinaryLayout.INIT_BILLED) != 0 ? unzigzag(read(w)) : MISSING;
            partitionKey = (c & BinaryLayout.PARTITION_KEY) != 0 ? unzigzag(read(w)) : MISSING;
        } catch (IndexOutOfBoundsException e) {
            throw damagedRow();
        }
        // A checksum vouches for the bytes, not for the writer: a row the writer could not have
        // written (past its block, back in time, a name the cache does not list) stops the read here
        // rather than as an index error deep in the engine. A few compares per row.
        if (p > blockEnd || startUs < before || durationUs < 0 || functionId < 0 || functionId >= functions.size()
                || environmentId != MISSING && (environmentId < 0 || environmentId >= environments.size())) {
            throw damagedRow();
        }
        return true;
    }

    private TraceException damagedRow() {
        return bad(0, "block " + blockIndex + " of " + blocks, "row " + (report.rowsRead() - rowsLeft)
                + " is impossible (past its block, back in time or naming no listed function): the cache is damaged; "
                + "convert the trace again");
    }

    /** One LEB128 varint at {@link #p}; the block's checksum already vouched for its bytes. */
    private long read(MappedByteBuffer w) {
        byte x = w.get(p++);
        if (x >= 0) {
            return x;
        }
        long v = x & 0x7f;
        int shift = 7;
        while (true) {
            x = w.get(p++);
            v |= (long) (x & 0x7f) << shift;
            if (x >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    private boolean nextBlock() {
        if (blockIndex == blocks) {
            return false;
        }
        long at = nextBlockAt;
        String where = "block " + (blockIndex + 1) + " of " + blocks;
        if (at + BinaryLayout.BLOCK_HEADER_BYTES > namesAt) {
            throw bad(0, where, "truncated at byte " + at + ": the cache is damaged; convert the trace again");
        }
        ensureMapped(at, BinaryLayout.BLOCK_HEADER_BYTES);
        int h = (int) (at - windowAt);
        int length = window.getInt(h);
        int rows = window.getInt(h + 4);
        int crc = window.getInt(h + 8);
        if (length < 0 || rows <= 0 || rows > BinaryLayout.BLOCK_ROWS
                || at + BinaryLayout.BLOCK_HEADER_BYTES + length > namesAt) {
            throw bad(0, where, "impossible block header at byte " + at + ": the cache is damaged; convert the trace again");
        }
        ensureMapped(at, BinaryLayout.BLOCK_HEADER_BYTES + length);
        h = (int) (at - windowAt);
        int from = h + BinaryLayout.BLOCK_HEADER_BYTES;
        if (BinaryLayout.crc(window, from, from + length) != crc) {
            throw bad(0, where, "checksum mismatch at byte " + at + ": the cache is damaged; convert the trace again");
        }
        columns = window.getInt(h + 12);
        previousStart = window.getLong(h + 16);
        p = from;
        blockEnd = from + length;
        rowsLeft = rows;
        report.rowsRead(rows);
        nextBlockAt = at + BinaryLayout.BLOCK_HEADER_BYTES + length;
        blockIndex++;
        return true;
    }

    /** Maps a window holding bytes [at, at + length) unless the current one does. */
    private void ensureMapped(long at, int length) {
        if (window != null && at >= windowAt && at + length <= windowAt + window.capacity()) {
            return;
        }
        long size = Math.min(Math.max(windowBytes, length), namesAt - at);
        MappedByteBuffer passed = window;
        window = map(at, size);
        windowAt = at;
        Unmapper.unmap(passed); // nothing refers to it any more: this thread has moved on
    }


    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was written
        }
    }
}
