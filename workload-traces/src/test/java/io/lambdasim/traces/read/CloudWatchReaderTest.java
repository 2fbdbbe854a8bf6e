package io.lambdasim.traces.read;

import static io.lambdasim.traces.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudWatchReaderTest {

    @TempDir
    Path tmp;

    private static InvocationArrays read(Path file, ReadOptions o) {
        try (InvocationCursor c = Traces.open(file, null, o)) {
            return InvocationArrays.record(c);
        }
    }

    @Test
    void textReportLinesAreReorderedByStartAndKeepEveryField() {
        // cloudwatch-report.log ends (s after 10:00): R1 1.662 (395.99 + INIT 265.72 ms), R2 2.000
        // (38.66 ms), R3 3.500 (3000 ms, timeout). Start = end - duration - INIT:
        // R1 1.000290, R2 1.961340, R3 0.500000 -> order R3, R1, R2, relative 0, 0.500290, 1.461340 s.
        Path f = fixture("cloudwatch-report.log");
        assertThat(Traces.detect(f)).isEqualTo(TraceFormat.CLOUDWATCH);
        InvocationArrays a = read(f, ReadOptions.DEFAULTS);
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.startUs(0)).isZero();
        assertThat(a.startUs(1)).isEqualTo(500_290);
        assertThat(a.startUs(2)).isEqualTo(1_461_340);
        assertThat(a.status(0)).isEqualTo(Status.TIMEOUT);
        assertThat(a.durationUs(0)).isEqualTo(3_000_000);
        // The 2025-style line: Init Duration present = observed cold start; fields exact.
        assertThat(a.durationUs(1)).isEqualTo(395_990);
        assertThat(a.initUs(1)).isEqualTo(265_720);
        assertThat(a.billedUs(1)).isEqualTo(662_000);
        assertThat(a.memoryMb(1)).isEqualTo(1024);
        assertThat(a.maxMemoryUsedMb(1)).isEqualTo(90);
        // Without Init Duration: warm.
        assertThat(a.initUs(2)).isEqualTo(InvocationCursor.MISSING);
        assertThat(a.status(2)).as("a REPORT without Status does not say success").isEqualTo(Status.UNKNOWN);
        assertThat(a.functions().names()).containsExactly("cloudwatch-report");
    }

    @Test
    void the2025LineRoundTripsThroughTheNativeFormatExactly() throws IOException {
        Path out = tmp.resolve("rt.csv.gz");
        try (InvocationCursor c = Traces.open(fixture("cloudwatch-report.log"), null, ReadOptions.DEFAULTS.withFunction("api"))) {
            assertThat(NativeCsvWriter.convert(c, out)).isEqualTo(3);
        }
        assertThat(Traces.detect(out)).isEqualTo(TraceFormat.LAMBDASIM_CSV);
        InvocationArrays a = read(out, ReadOptions.DEFAULTS);
        assertThat(a.functions().names()).containsExactly("api");
        assertThat(a.startUs(1)).isEqualTo(500_290);
        assertThat(a.durationUs(1)).isEqualTo(395_990);
        assertThat(a.initUs(1)).isEqualTo(265_720);
        assertThat(a.billedUs(1)).isEqualTo(662_000);
        assertThat(a.maxMemoryUsedMb(1)).isEqualTo(90);
        assertThat(a.initUs(2)).isEqualTo(InvocationCursor.MISSING);
        assertThat(a.status(0)).isEqualTo(Status.TIMEOUT);
    }

    @Test
    void tailStyleLinesCarryTheLogStreamAsEnvironment() throws IOException {
        Path f = tmp.resolve("tail.log");
        Files.writeString(f, "2024-03-01T12:00:01.000000+00:00 2024/03/01/[$LATEST]abc REPORT RequestId: 1\t"
                + "Duration: 10.00 ms\tBilled Duration: 100 ms \tMemory Size: 128 MB\tMax Memory Used: 40 MB\t\n"
                + "2024-03-01T14:00:02.000+02:00 2024/03/01/[$LATEST]def REPORT RequestId: 2\tDuration: 5 ms\t\n");
        InvocationArrays a = read(f, ReadOptions.DEFAULTS);
        // 12:00:01 - 10 ms = 12:00:00.990; 14:00:02+02:00 = 12:00:02 UTC, - 5 ms = 12:00:01.995.
        assertThat(a.startUs(1)).isEqualTo(1_005_000);
        assertThat(a.environments().name(a.environmentId(0))).isEqualTo("2024/03/01/[$LATEST]abc");
        assertThat(a.environments().name(a.environmentId(1))).isEqualTo("2024/03/01/[$LATEST]def");
        assertThat(a.billedUs(0)).isEqualTo(100_000); // the pre-2020 space before the tab is tolerated
    }

    @Test
    void aJsonPlatformReportWithoutMetricsIsAPositionedErrorNotANegativeDuration() throws IOException {
        // Found by ReaderRobustnessTest: "metrics" damaged to ",etrics" left the record without a
        // duration, which was replayed as -1 us. It is a bad row: an error at line 2, or skipped.
        Path f = tmp.resolve("damaged.json");
        Files.writeString(f, "{\"time\":\"2022-10-12T00:01:15.000Z\",\"type\":\"platform.report\",\"record\":"
                + "{\"requestId\":\"a\",\"metrics\":{\"durationMs\":693.92},\"status\":\"success\"}}\n"
                + "{\"time\":\"2022-10-12T00:01:16.000Z\",\"type\":\"platform.report\",\"record\":"
                + "{\"requestId\":\"b\",\",etrics\":{\"durationMs\":5.5},\"status\":\"timeout\"}}\n");
        assertThatThrownBy(() -> read(f, ReadOptions.DEFAULTS))
                .isInstanceOf(TraceException.class)
                .hasMessageContaining(":2")
                .hasMessageContaining("durationMs");
        InvocationArrays a = read(f, ReadOptions.DEFAULTS.withSkipBadRows(true));
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.durationUs(0)).isEqualTo(693_920);
    }

    @Test
    void filterLogEventsJson() {
        // Ends 1665532875.694 s (693.92 ms + INIT 397.68 ms) and 1665532876.000 s (10 ms):
        // starts 74.6024 and 75.990 (s past ...800): relative 0 and 1.387600 s.
        InvocationArrays a = read(fixture("cloudwatch-events.json"), ReadOptions.DEFAULTS.withFunction("orders"));
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.startUs(1)).isEqualTo(1_387_600);
        assertThat(a.initUs(0)).isEqualTo(397_680);
        assertThat(a.billedUs(0)).isEqualTo(694_000);
        assertThat(a.environments().names()).containsExactly("2022/10/12/[$LATEST]aaa", "2022/10/12/[$LATEST]bbb");
        assertThat(a.functions().names()).containsExactly("orders");
    }

    @Test
    void jsonPlatformReportRecords() {
        // time 00:01:15.000 - 693.92 - 397.68 ms = 00:01:13.9084; 00:01:16.000 - 5.5 ms = 00:01:15.9945.
        InvocationArrays a = read(fixture("cloudwatch-records.json"), ReadOptions.DEFAULTS);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.startUs(1)).isEqualTo(2_086_100);
        assertThat(a.status(0)).isEqualTo(Status.SUCCESS);
        assertThat(a.status(1)).isEqualTo(Status.TIMEOUT);
        assertThat(a.initUs(1)).isEqualTo(InvocationCursor.MISSING);
        assertThat(a.durationUs(1)).isEqualTo(5_500);
    }

    @Test
    void eventsWhoseMessageIsAJsonRecordAndLogGroupNames() throws IOException {
        Path f = tmp.resolve("ev.json");
        Files.writeString(f, "{\"events\":[{\"logGroupName\":\"/aws/lambda/checkout\",\"timestamp\":1000,"
                + "\"message\":\"{\\\"type\\\":\\\"platform.report\\\",\\\"record\\\":{\\\"metrics\\\":{\\\"durationMs\\\":2.5}}}\"}]}");
        InvocationArrays a = read(f, ReadOptions.DEFAULTS);
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.durationUs(0)).isEqualTo(2_500);
        assertThat(a.functions().names()).containsExactly("checkout");
    }

    @Test
    void reportWithoutTimestampOrDurationIsABadRow() throws IOException {
        Path f = tmp.resolve("bad.log");
        Files.writeString(f, "REPORT RequestId: 1\tDuration: 1 ms\n2024-01-01T00:00:00Z REPORT RequestId: 2\tDuration: x ms\n");
        assertThatThrownBy(() -> read(f, ReadOptions.DEFAULTS))
                .hasMessageStartingWith(f + ":1 [timestamp]: expected a timestamp");
        InvocationCursor c = Traces.open(f, null, ReadOptions.DEFAULTS.withSkipBadRows(true));
        // Both REPORTs skipped: no invocation is left, which is an error naming what was skipped.
        assertThatThrownBy(() -> NativeCsvReaderTest.drain(c)).isInstanceOf(TraceException.class)
                .hasMessageContaining("no invocation found").hasMessageContaining("2 REPORT(s) skipped as bad");
        assertThat(c.report().firstSkipped()).hasSize(2);
        assertThat(c.report().firstSkipped().get(1)).isEqualTo(f + ":2 [Duration]: expected 'N ms' with N >= 0, found 'x ms'");
    }
}
