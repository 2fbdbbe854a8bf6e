package io.lambdasim.traces;

import static io.lambdasim.traces.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class TracesTest {

    @TempDir
    Path tmp;

    @Test
    void detectsEveryFixture() {
        assertThat(Traces.detect(fixture("native.csv"))).isEqualTo(TraceFormat.LAMBDASIM_CSV);
        assertThat(Traces.detect(fixture("azure2021.csv"))).isEqualTo(TraceFormat.AZURE2021);
        assertThat(Traces.detect(fixture("invocations_per_function_md.anon.d05.csv"))).isEqualTo(TraceFormat.AZURE2019);
        assertThat(Traces.detect(fixture("cloudwatch-report.log"))).isEqualTo(TraceFormat.CLOUDWATCH);
        assertThat(Traces.detect(fixture("cloudwatch-events.json"))).isEqualTo(TraceFormat.CLOUDWATCH);
        assertThat(Traces.detect(fixture("cloudwatch-records.json"))).isEqualTo(TraceFormat.CLOUDWATCH);
    }

    @Test
    void readsGzipXzAndZstdTransparently() throws IOException {
        byte[] plain = Files.readAllBytes(fixture("azure2021.csv"));
        Path gz = tmp.resolve("a.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(plain);
        }
        Path xz = tmp.resolve("a.csv.xz");
        try (OutputStream o = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options())) {
            o.write(plain);
        }
        Path zst = tmp.resolve("a.csv.zst");
        try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
            o.write(plain);
        }
        for (Path p : new Path[] {gz, xz, zst}) {
            try (InvocationCursor c = Traces.open(p, null, ReadOptions.DEFAULTS)) {
                InvocationArrays a = InvocationArrays.record(c);
                assertThat(a.size()).as(p.toString()).isEqualTo(4);
                assertThat(a.startUs(3)).isEqualTo(5_000_000);
            }
        }
    }

    @Test
    void truncatedCompressedInputIsATraceException() throws IOException {
        Path gz = tmp.resolve("t.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(fixture("native.csv")));
        }
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(all, all.length - 12));
        assertThatThrownBy(() -> {
            try (InvocationCursor c = Traces.open(gz, "lambdasim-csv", ReadOptions.DEFAULTS)) {
                while (c.next()) {
                    // drain
                }
            }
        }).isInstanceOf(TraceException.class).hasMessageContaining("t.csv.gz");
    }

    @Test
    void unknownFormatsSayWhatWasExpected() throws IOException {
        Path f = tmp.resolve("x.txt");
        Files.writeString(f, "hello,world\n1,2\n");
        assertThatThrownBy(() -> Traces.open(f, null, ReadOptions.DEFAULTS))
                .isInstanceOf(TraceException.class)
                .hasMessage(f + ":1: unknown trace format: a 2-line text file with no Lambda REPORT line and no known "
                        + "header; first line 'hello,world'; expected one of "
                        + "lambdasim-csv, azure2021, azure2019, cloudwatch, lambdasim-bin (see README, section Traces), or name it with --format");
        assertThatThrownBy(() -> Traces.open(f, "csv", ReadOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown trace format 'csv'; expected one of lambdasim-csv");
        assertThatThrownBy(() -> Traces.open(tmp.resolve("none.csv"), null, ReadOptions.DEFAULTS))
                .isInstanceOf(TraceException.class).hasMessageEndingWith("none.csv: no such file");
    }

    @Test
    void namedFormatOverridesDetection() {
        assertThatThrownBy(() -> Traces.open(fixture("native.csv"), "azure2021", ReadOptions.DEFAULTS))
                .hasMessageContaining(":1: expected the Azure 2021 header 'app,func,end_timestamp,duration'");
    }

    @Test
    void statsOfTheCloudWatchFixture() {
        // 3 invocations over 1.46134 s, one with INIT; memory 1024 MB for all three.
        try (InvocationCursor c = Traces.open(fixture("cloudwatch-report.log"), null, ReadOptions.DEFAULTS)) {
            TraceStats s = TraceStats.of(c);
            assertThat(s.invocations()).isEqualTo(3);
            assertThat(s.functions()).isEqualTo(1);
            assertThat(s.spanSeconds()).isEqualTo(1.46134);
            assertThat(s.peakPerSecond()).isEqualTo(2); // starts 0, 0.50029 in second 0; 1.46134 in second 1
            assertThat(s.observedColdStarts()).isEqualTo(1L);
            assertThat(s.memorySizesMb()).containsExactly(java.util.Map.entry(1024, 3L));
            // Durations 3000, 395.99, 38.66 ms: min and max exact, the median within the histogram's
            // 4 significant digits (rounded down).
            assertThat(s.durationsUs().get("p0")).isEqualTo(38_660L);
            assertThat(s.durationsUs().get("p100")).isEqualTo(3_000_000L);
            assertThat(s.durationsUs().get("p50")).isBetween(395_990L - 200, 395_990L);
            assertThat(s.durationsUs()).containsOnlyKeys("p0", "p50", "p90", "p99", "p99.9", "p100");
        }
        try (InvocationCursor c = Traces.open(fixture("azure2021.csv"), null, ReadOptions.DEFAULTS)) {
            assertThat(TraceStats.of(c).observedColdStarts()).as("Azure cannot tell").isNull();
        }
    }

    @Test
    void invocationArraysReplayAnyNumberOfTimes() {
        InvocationArrays a = Traces.load(fixture("native.csv"), null, ReadOptions.DEFAULTS);
        for (int round = 0; round < 2; round++) {
            try (InvocationCursor r = a.cursor()) {
                assertThat(r.next()).isTrue();
                assertThat(r.initUs()).isEqualTo(250_750);
                assertThat(r.next()).isTrue();
                assertThat(r.next()).isTrue();
                assertThat(r.status()).isEqualTo(Status.TIMEOUT);
                assertThat(r.next()).isTrue();
                assertThat(r.memoryMb()).isEqualTo(InvocationCursor.MISSING);
                assertThat(r.next()).isFalse();
            }
        }
        assertThat(a.payloadBytes(0)).isEqualTo(InvocationCursor.MISSING);
        assertThat(a.report().format()).isEqualTo("lambdasim-csv");
    }
}
