package io.lambdasim.traces.bin;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.fuzz.Bounded;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Issue 11, "keep it that way", for the {@code lambdasim-bin} cache (the reader that arrived with
 * the scale work): a truncated or damaged cache, also one damaged and then given correct checksums
 * again (as a buggy writer or a hand edit would leave it), reads or fails with a positioned
 * {@link TraceException}; never another exception, never a hang, never a function or environment
 * id outside the names the cache lists (the engine would index past its tables).
 */
class BinaryCacheFuzzTest {

    /** Two functions, memory and environments: every optional column and both name lists are present. */
    private static final List<byte[]> SEEDS = List.of(
            cache(() -> WorkloadSpec.parse("poisson(40/s);duration=exp(5ms);memory=256;horizon=10s;function=a + "
                    + "poisson(20/s);duration=exp(2ms);horizon=10s;function=b").open()),
            cache(() -> Traces.open(Path.of("src/test/resources/traces/native.csv"))));

    @Property(tries = 200)
    void damagedCachesReadOrFailOnOneLine(@ForAll("damaged") byte[] bytes) {
        Bounded.run(() -> readAll(bytes));
    }

    @Property(tries = 3000)
    @Tag("slow")
    void damagedCachesReadOrFailOnOneLineAtLength(@ForAll("damaged") byte[] bytes) {
        Bounded.run(() -> readAll(bytes));
    }

    private static void readAll(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("lsb");
        Path file = dir.resolve("t.lsb");
        Files.write(file, bytes);
        try (InvocationCursor c = Traces.open(file, "auto", ReadOptions.DEFAULTS)) {
            while (c.next()) {
                if (c.functionId() < 0 || c.functionId() >= c.functions().size()) {
                    throw new AssertionError("function id " + c.functionId() + " of " + c.functions().size());
                }
                int env = c.environmentId();
                if (env != InvocationCursor.MISSING && (env < 0 || env >= c.environments().size())) {
                    throw new AssertionError("environment id " + env + " of " + c.environments().size());
                }
            }
        } catch (TraceException e) {
            if (e.getMessage() == null || e.getMessage().contains("\n") || e.getMessage().contains("Exception")
                    || !e.getMessage().contains("t.lsb")) {
                throw new AssertionError("not one line naming the file: " + e.getMessage(), e);
            }
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<byte[]> truncated = Combinators.combine(seed, Arbitraries.doubles().between(0, 1))
                .as((b, f) -> java.util.Arrays.copyOf(b, (int) (b.length * f)));
        Arbitrary<byte[]> corrupted = Combinators.combine(seed,
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of((byte) 0, (byte) 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0x40))
                .as((b, positions, value) -> {
                    byte[] copy = b.clone();
                    for (int p : positions) {
                        copy[p % copy.length] = value;
                    }
                    return copy;
                });
        return Arbitraries.oneOf(truncated, corrupted, corrupted.map(BinaryCacheFuzzTest::resealed));
    }

    /** The damaged bytes with every checksum it can find recomputed, so the reader meets the damage itself. */
    static byte[] resealed(byte[] bytes) {
        if (bytes.length < BinaryLayout.HEADER_BYTES) {
            return bytes;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long namesAt = b.getLong(24);
        int blocks = b.getInt(32);
        long at = BinaryLayout.HEADER_BYTES;
        for (int i = 0; i < blocks && at + BinaryLayout.BLOCK_HEADER_BYTES <= Math.min(namesAt, bytes.length); i++) {
            int length = b.getInt((int) at);
            long end = at + BinaryLayout.BLOCK_HEADER_BYTES + length;
            if (length < 0 || end > bytes.length) {
                break;
            }
            b.putInt((int) at + 8, BinaryLayout.crc(b, (int) at + BinaryLayout.BLOCK_HEADER_BYTES, (int) end));
            at = end;
        }
        if (namesAt >= BinaryLayout.HEADER_BYTES && namesAt + 4 <= bytes.length) {
            b.putInt((int) namesAt, BinaryLayout.crc(b, (int) namesAt + 4, bytes.length));
        }
        b.putInt(BinaryLayout.HEADER_CRC_AT, BinaryLayout.crc(b, 0, BinaryLayout.HEADER_CRC_AT));
        return bytes;
    }

    private static byte[] cache(java.util.function.Supplier<InvocationCursor> source) {
        try {
            Path f = Files.createTempFile("seed", ".lsb");
            try (InvocationCursor c = source.get();
                 FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                BinaryTraceWriter.convert(c, ch);
            }
            byte[] bytes = Files.readAllBytes(f);
            Files.delete(f);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
