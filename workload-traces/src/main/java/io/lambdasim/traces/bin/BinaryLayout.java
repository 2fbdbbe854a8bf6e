package io.lambdasim.traces.bin;

import io.lambdasim.traces.TraceField;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The {@code lambdasim-bin} trace cache, version {@value #VERSION}: one place for its layout, shared by
 * {@link BinaryTraceWriter} and {@link BinaryTraceReader}. Little-endian throughout.
 *
 * <pre>
 * header (64 bytes)
 *   0  magic      89 'L' 'S' 'B' 'I' 'N' 0d 0a   (the 0x89 and CR LF catch text-mode copies, as PNG's do)
 *   8  u32        version
 *  12  u32        fields the source carries (bit = TraceField ordinal)
 *  16  u64        invocations
 *  24  u64        offset of the names section (0 = the conversion did not finish)
 *  32  u32        blocks
 *  36  u32        rows per block at most
 *  40  i64        period the source covers, µs (a generated horizon, an Azure 2019 day), or -1
 *  48  ...        zero
 *  60  u32        CRC-32C of bytes 0..60
 * blocks, from byte 64, each:
 *   u32 payload bytes, u32 rows, u32 CRC-32C of the payload, u32 columns present (bit = TraceField ordinal),
 *   u64 start of its first invocation (µs); then the payload, row after row of LEB128 varints:
 *   zigzag(start - previous start), function id, zigzag(duration), then for each present column in
 *   TraceField order zigzag(value) (so MISSING, -1, is one byte), status and type as one byte each.
 * names section
 *   u32 CRC-32C of the rest; varint length + UTF-8 of: the source format (reported as the cache's
 *   own, so everything keyed on it, such as the covered period, reads as from the source), then
 *   the function count and each function name, then the environment count and each environment name.
 * </pre>
 *
 * Why these choices: start deltas and small ids fit one or two bytes, so a cached trace is about a
 * third of its CSV; blocks carry their own checksum so damage is found where it is, while reading;
 * names come last because readers learn them while reading.
 */
final class BinaryLayout {

    static final byte[] MAGIC = {(byte) 0x89, 'L', 'S', 'B', 'I', 'N', 0x0d, 0x0a};
    static final int VERSION = 1;
    static final int HEADER_BYTES = 64;
    static final int HEADER_CRC_AT = 60;
    static final int COVERED_AT = 40;
    static final int BLOCK_HEADER_BYTES = 24;
    static final int BLOCK_ROWS = 1 << 16;
    /** Varint bytes a row can take at most: 13 fields of at most 10 bytes. */
    static final int MAX_ROW_BYTES = 13 * 10;

    static final int MEMORY = bit(TraceField.MEMORY);
    static final int INIT = bit(TraceField.INIT);
    static final int MAX_MEMORY = bit(TraceField.MAX_MEMORY);
    static final int STATUS = bit(TraceField.STATUS);
    static final int TYPE = bit(TraceField.INVOCATION_TYPE);
    static final int BILLED = bit(TraceField.BILLED);
    static final int PAYLOAD = bit(TraceField.PAYLOAD);
    static final int ENVIRONMENT = bit(TraceField.ENVIRONMENT);
    static final int INIT_BILLED = bit(TraceField.INIT_BILLED);
    static final int PARTITION_KEY = bit(TraceField.PARTITION_KEY);

    private BinaryLayout() {
    }

    static int bit(TraceField f) {
        return 1 << f.ordinal();
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    static int crc(ByteBuffer b, int from, int to) {
        CRC32C c = new CRC32C();
        c.update(b.duplicate().limit(to).position(from));
        return (int) c.getValue();
    }

    static boolean isMagic(byte[] head, int n) {
        if (n < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
