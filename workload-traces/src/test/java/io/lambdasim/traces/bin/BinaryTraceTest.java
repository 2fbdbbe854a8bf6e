package io.lambdasim.traces.bin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.SameInvocations;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryTraceTest {

    private static final Path NATIVE = Path.of("src/test/resources/traces/native.csv");
    private static final Path CLOUDWATCH = Path.of("src/test/resources/traces/cloudwatch-report.log");
    /** About 200,000 invocations over 3 functions: several 65,536-row blocks. */
    private static final String SPEC = "poisson(500/s);duration=lognormal(40ms,300ms);memory=256;horizon=200s;function=a + "
            + "poisson(400/s);duration=exp(5ms);horizon=200s;function=b + poisson(100/s);duration=exp(2s);horizon=200s;function=c";

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryFieldAndName() {
        roundTrip(() -> Traces.open(NATIVE), BinaryTraceReader.WINDOW_BYTES);
        roundTrip(() -> Traces.open(CLOUDWATCH), BinaryTraceReader.WINDOW_BYTES);
        // 64 KB windows: the reader maps many windows, blocks never split across two.
        roundTrip(() -> WorkloadSpec.parse(SPEC).open(), 1 << 16);
    }

    /**
     * SnapStart's Billed Restore Duration (sam logs tail of a SnapStart function, a verbatim public
     * example: corpus/README.md) survives a conversion to either native format, so a converted
     * trace bills the restore AWS billed, as the log itself does.
     */
    @Test
    void billedRestoreSurvivesBothNativeFormats() throws Exception {
        Path log = io.lambdasim.traces.Fixtures.corpus("cloudwatch/sam-logs-tail-snapstart.log");
        roundTrip(() -> Traces.open(log), BinaryTraceReader.WINDOW_BYTES);
        Path csv = dir.resolve("snap.csv");
        try (InvocationCursor c = Traces.open(log)) {
            io.lambdasim.traces.write.NativeCsvWriter.convert(c, csv);
        }
        assertThat(Files.readAllLines(csv).get(0)).contains(TraceField.INIT_BILLED.column());
        try (InvocationCursor expected = Traces.open(log); InvocationCursor actual = Traces.open(csv)) {
            assertThat(SameInvocations.assertSame(expected, actual)).isPositive();
        }
    }

    private void roundTrip(Supplier<InvocationCursor> source, long window) {
        Path bin = dir.resolve("cache.lsb");
        long written;
        try (InvocationCursor c = source.get()) {
            written = BinaryTraceWriter.convert(c, bin);
        }
        assertThat(Traces.detect(bin)).isEqualTo(TraceFormat.LAMBDASIM_BIN);
        long rows;
        try (InvocationCursor direct = source.get();
             InvocationCursor cached = new BinaryTraceReader(bin, ReadOptions.DEFAULTS, window)) {
            assertThat(cached.report().fields()).isEqualTo(direct.report().fields());
            rows = SameInvocations.assertSame(direct, cached);
            assertThat(cached.report().rowsRead()).isEqualTo(rows);
            // Reported as the source, so what is keyed on the format or the covered period reads the same.
            assertThat(cached.report().format()).isEqualTo(direct.report().format());
            assertThat(cached.report().coveredUs()).isEqualTo(direct.report().coveredUs());
        }
        assertThat(written).isEqualTo(rows).isPositive();
    }

    @Test
    void isMuchSmallerThanTheCsv() throws Exception {
        Path csv = dir.resolve("w.csv");
        Path bin = dir.resolve("w.lsb");
        try (InvocationCursor c = WorkloadSpec.parse(SPEC).open()) {
            io.lambdasim.traces.write.NativeCsvWriter.convert(c, csv);
        }
        try (InvocationCursor c = WorkloadSpec.parse(SPEC).open()) {
            BinaryTraceWriter.convert(c, bin);
        }
        // Start deltas of ~1 ms and durations fit 2-3 bytes each against ~30 characters of CSV.
        assertThat(Files.size(bin)).isLessThan(Files.size(csv) / 3);
    }

    @Test
    void aDamagedBlockStopsTheReadNamingTheBlock() throws Exception {
        Path bin = cache();
        byte[] bytes = Files.readAllBytes(bin);
        // The second block starts after the first's header and payload.
        int firstPayload = ByteBuffer.wrap(bytes, BinaryLayout.HEADER_BYTES, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int second = BinaryLayout.HEADER_BYTES + BinaryLayout.BLOCK_HEADER_BYTES + firstPayload;
        bytes[second + BinaryLayout.BLOCK_HEADER_BYTES + 100] ^= 0x40;
        Path damaged = dir.resolve("damaged.lsb");
        Files.write(damaged, bytes);
        long rows = 0;
        try (InvocationCursor c = Traces.open(damaged)) {
            while (true) {
                try {
                    if (!c.next()) {
                        break;
                    }
                } catch (TraceException e) {
                    assertThat(e.getMessage()).contains("damaged.lsb [block 2 of").contains("checksum mismatch at byte " + second);
                    break;
                }
                rows++;
            }
        }
        // The first block is served whole before the damage is met.
        assertThat(rows).isEqualTo(BinaryLayout.BLOCK_ROWS);
    }

    @Test
    void anotherVersionADamagedHeaderAndATruncatedFileAreOneLineErrors() throws Exception {
        byte[] good = Files.readAllBytes(cache());
        byte[] version = good.clone();
        version[8] = 9;
        assertThatThrownBy(() -> Traces.open(write("v9.lsb", version)))
                .isInstanceOf(TraceException.class).hasMessageContaining("lambdasim-bin version 9; this lambdasim reads version 1");
        byte[] header = good.clone();
        header[17] ^= 1; // the invocation count
        assertThatThrownBy(() -> Traces.open(write("h.lsb", header)))
                .isInstanceOf(TraceException.class).hasMessageContaining("[header]: checksum mismatch");
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> Traces.open(write("cut.lsb", cut)))
                .isInstanceOf(TraceException.class).hasMessageContaining("outside the file");
    }

    @Test
    void theMemoryOverrideAppliesAsToAnyFormat() throws Exception {
        try (InvocationCursor c = Traces.open(cache(), null, ReadOptions.DEFAULTS.withMemoryMbOverride(1024))) {
            assertThat(c.next()).isTrue();
            assertThat(c.memoryMb()).isEqualTo(1024);
            assertThat(c.report().carries(TraceField.MEMORY)).isTrue();
        }
    }

    private Path cache() {
        Path bin = dir.resolve("cache.lsb");
        try (InvocationCursor c = WorkloadSpec.parse(SPEC).open()) {
            BinaryTraceWriter.convert(c, bin);
        }
        return bin;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
