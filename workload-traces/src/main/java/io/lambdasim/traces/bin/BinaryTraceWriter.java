package io.lambdasim.traces.bin;

import static io.lambdasim.traces.bin.BinaryLayout.zigzag;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceField;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a cursor's invocations as a {@code lambdasim-bin} cache ({@link BinaryLayout}). Streams: one
 * block of rows is buffered at a time (a few MB), whatever the trace length. It writes into a channel
 * it is given (it seeks back to write the header): where the file lives and how it is moved into
 * place is the caller's output path (the CLI's {@code OutputTarget}).
 */
public final class BinaryTraceWriter {

    private final FileChannel channel;
    private final ByteBuffer payload = ByteBuffer.allocate(BinaryLayout.BLOCK_ROWS * BinaryLayout.MAX_ROW_BYTES)
            .order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer blockHeader = ByteBuffer.allocate(BinaryLayout.BLOCK_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    // The block being gathered, as columns.
    private final int[] function = new int[BinaryLayout.BLOCK_ROWS];
    private final long[] start = new long[BinaryLayout.BLOCK_ROWS];
    private final long[] duration = new long[BinaryLayout.BLOCK_ROWS];
    private final long[][] optional = new long[TraceField.values().length][BinaryLayout.BLOCK_ROWS];
    private int rowsInBlock;
    private int columns;
    private long rows;
    private int blocks;
    private long previousStart = Long.MIN_VALUE;

    private BinaryTraceWriter(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Writes every remaining invocation of {@code cursor} into {@code channel} from position 0
     * (the header is written last, at the start); returns the count. The channel is the caller's:
     * the CLI hands it a temporary file that it moves into place only when this returns, so a failed
     * or interrupted conversion never leaves a truncated cache nor touches a file already there.
     */
    public static long convert(InvocationCursor cursor, FileChannel channel) throws IOException {
        BinaryTraceWriter w = new BinaryTraceWriter(channel);
        channel.position(BinaryLayout.HEADER_BYTES);
        while (cursor.next()) {
            w.add(cursor);
        }
        w.flushBlock();
        long namesAt = channel.position();
        w.writeNames(cursor.report().format(), cursor.functions(), cursor.environments());
        w.writeHeader(fieldBits(cursor), namesAt, cursor.report().coveredUs());
        return w.rows;
    }

    private static int fieldBits(InvocationCursor c) {
        int bits = 0;
        for (TraceField f : c.report().fields()) {
            bits |= BinaryLayout.bit(f);
        }
        return bits;
    }

    private void add(InvocationCursor c) throws IOException {
        long s = c.startUs();
        if (s < previousStart) {
            throw new IllegalStateException("the trace goes back in time at invocation " + (rows + 1));
        }
        previousStart = s;
        int i = rowsInBlock++;
        function[i] = c.functionId();
        start[i] = s;
        duration[i] = c.durationUs();
        put(BinaryLayout.MEMORY, TraceField.MEMORY, i, c.memoryMb());
        put(BinaryLayout.INIT, TraceField.INIT, i, c.initUs());
        put(BinaryLayout.MAX_MEMORY, TraceField.MAX_MEMORY, i, c.maxMemoryUsedMb());
        put(BinaryLayout.STATUS, TraceField.STATUS, i, c.status());
        put(BinaryLayout.TYPE, TraceField.INVOCATION_TYPE, i, c.invocationType());
        put(BinaryLayout.BILLED, TraceField.BILLED, i, c.billedUs());
        put(BinaryLayout.PAYLOAD, TraceField.PAYLOAD, i, c.payloadBytes());
        put(BinaryLayout.ENVIRONMENT, TraceField.ENVIRONMENT, i, c.environmentId());
        put(BinaryLayout.INIT_BILLED, TraceField.INIT_BILLED, i, c.initBilledUs());
        put(BinaryLayout.PARTITION_KEY, TraceField.PARTITION_KEY, i, c.partitionKey());
        rows++;
        if (rowsInBlock == BinaryLayout.BLOCK_ROWS) {
            flushBlock();
        }
    }

    /** Status and type are stored when not 0 (unknown); the others when not MISSING. */
    private void put(int bit, TraceField f, int i, long v) {
        optional[f.ordinal()][i] = v;
        boolean absent = (bit == BinaryLayout.STATUS || bit == BinaryLayout.TYPE) ? v == 0 : v == InvocationCursor.MISSING;
        if (!absent) {
            columns |= bit;
        }
    }

    private void flushBlock() throws IOException {
        if (rowsInBlock == 0) {
            return;
        }
        ByteBuffer p = payload.clear();
        long prev = start[0];
        long[] memory = optional[TraceField.MEMORY.ordinal()];
        long[] init = optional[TraceField.INIT.ordinal()];
        long[] maxMemory = optional[TraceField.MAX_MEMORY.ordinal()];
        long[] status = optional[TraceField.STATUS.ordinal()];
        long[] type = optional[TraceField.INVOCATION_TYPE.ordinal()];
        long[] billed = optional[TraceField.BILLED.ordinal()];
        long[] size = optional[TraceField.PAYLOAD.ordinal()];
        long[] env = optional[TraceField.ENVIRONMENT.ordinal()];
        long[] initBilled = optional[TraceField.INIT_BILLED.ordinal()];
        long[] key = optional[TraceField.PARTITION_KEY.ordinal()];
        for (int i = 0; i < rowsInBlock; i++) {
            varint(p, zigzag(start[i] - prev));
            prev = start[i];
            varint(p, function[i]);
            varint(p, zigzag(duration[i]));
            if ((columns & BinaryLayout.MEMORY) != 0) {
                varint(p, zigzag(memory[i]));
            }
            if ((columns & BinaryLayout.INIT) != 0) {
                varint(p, zigzag(init[i]));
            }
            if ((columns & BinaryLayout.MAX_MEMORY) != 0) {
                varint(p, zigzag(maxMemory[i]));
            }
            if ((columns & BinaryLayout.STATUS) != 0) {
                p.put((byte) status[i]);
            }
            if ((columns & BinaryLayout.TYPE) != 0) {
                p.put((byte) type[i]);
            }
            if ((columns & BinaryLayout.BILLED) != 0) {
                varint(p, zigzag(billed[i]));
            }
            if ((columns & BinaryLayout.PAYLOAD) != 0) {
                varint(p, zigzag(size[i]));
            }
            if ((columns & BinaryLayout.ENVIRONMENT) != 0) {
                varint(p, zigzag(env[i]));
            }
            if ((columns & BinaryLayout.INIT_BILLED) != 0) {
                varint(p, zigzag(initBilled[i]));
            }
            if ((columns & BinaryLayout.PARTITION_KEY) != 0) {
                varint(p, zigzag(key[i]));
            }
        }
        p.flip();
        ByteBuffer h = blockHeader.clear();
        h.putInt(p.remaining()).putInt(rowsInBlock).putInt(BinaryLayout.crc(p, 0, p.limit())).putInt(columns).putLong(start[0]);
        h.flip();
        writeFully(h);
        writeFully(p);
        blocks++;
        rowsInBlock = 0;
        columns = 0;
    }

    private void writeNames(String format, FunctionTable functions, FunctionTable environments) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0); // CRC, filled below
        b = string(b, format);
        b = names(b, functions.names());
        b = names(b, environments.names());
        b.flip();
        b.putInt(0, BinaryLayout.crc(b, 4, b.limit()));
        writeFully(b);
    }

    private static ByteBuffer names(ByteBuffer b, List<String> names) {
        b = room(b, 10);
        varint(b, names.size());
        for (String n : names) {
            b = string(b, n);
        }
        return b;
    }

    private static ByteBuffer string(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b = room(b, bytes.length + 10);
        varint(b, bytes.length);
        return b.put(bytes);
    }

    private static ByteBuffer room(ByteBuffer b, int n) {
        if (b.remaining() >= n) {
            return b;
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + n)).order(ByteOrder.LITTLE_ENDIAN);
        b.flip();
        return bigger.put(b);
    }

    private void writeHeader(int fields, long namesAt, long coveredUs) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(BinaryLayout.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(BinaryLayout.MAGIC).putInt(BinaryLayout.VERSION).putInt(fields).putLong(rows).putLong(namesAt)
                .putInt(blocks).putInt(BinaryLayout.BLOCK_ROWS).putLong(coveredUs);
        h.putInt(BinaryLayout.HEADER_CRC_AT, BinaryLayout.crc(h, 0, BinaryLayout.HEADER_CRC_AT));
        h.clear();
        channel.position(0);
        writeFully(h);
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    static void varint(ByteBuffer b, long v) {
        while ((v & ~0x7fL) != 0) {
            b.put((byte) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
    }
}
