package io.lambdasim.traces.read;

import static io.lambdasim.traces.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.Fixtures;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Azure2021ReaderTest {

    @Test
    void reordersTheFixtureToStartOrder() {
        // azure2021.csv, start = end - duration by hand: a1/f1 10.0, a1/f2 8.0, a2/f1 12.0, a1/f1 7.0;
        // relative to the first start (7.0 s): 0, 1, 3, 5 s. Its last line has no newline.
        assertThat(Traces.detect(fixture("azure2021.csv"))).isEqualTo(TraceFormat.AZURE2021);
        try (InvocationCursor c = Traces.open(fixture("azure2021.csv"), null, ReadOptions.DEFAULTS)) {
            List<String> rows = new ArrayList<>();
            while (c.next()) {
                rows.add(c.functions().name(c.functionId()) + "@" + c.startUs() + "+" + c.durationUs());
            }
            assertThat(rows).containsExactly("a1/f1@0+6000000", "a1/f2@1000000+3000000",
                    "a1/f1@3000000+500000", "a2/f1@5000000+250000");
            assertThat(c.report().rowsRead()).isEqualTo(4);
        }
    }

    @Test
    void aRowLaterThanTheWindowIsAnErrorNotASilentReorder() {
        // With a 1 s window, the row starting at 1.0 arrives after rows ending at 10+ were final.
        String text = "app,func,end_timestamp,duration\na,f,10,0.5\na,f,20,0.5\na,f,21,20\n";
        ReadOptions small = ReadOptions.DEFAULTS.withReorderWindowUs(1_000_000);
        assertThatThrownBy(() -> NativeCsvReaderTest.drain(
                new Azure2021Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "x.csv", small)))
                .isInstanceOf(TraceException.class)
                .hasMessageStartingWith("x.csv:4 [start]: starts ")
                .hasMessageContaining("reorder window of 1 s");
        // The default 900 s window takes it.
        assertThat(NativeCsvReaderTest.drain(new Azure2021Reader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "x.csv", ReadOptions.DEFAULTS))).isEqualTo(3);
    }

    @Test
    void badRowsAreReported() {
        String text = "app,func,end_timestamp,duration\na,f,10,-1\na,f,x,1\na,f\n";
        assertThatThrownBy(() -> NativeCsvReaderTest.drain(new Azure2021Reader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "x.csv", ReadOptions.DEFAULTS)))
                .hasMessage("x.csv:2 [duration]: expected seconds >= 0 (decimals allowed), found '-1'");
        // Skipping every row leaves no invocation: an error that says so (issue 11), never an empty trace.
        InvocationCursor c = new Azure2021Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "x.csv",
                ReadOptions.DEFAULTS.withSkipBadRows(true));
        assertThatThrownBy(() -> NativeCsvReaderTest.drain(c)).isInstanceOf(TraceException.class)
                .hasMessageStartingWith("x.csv: no invocation found: the Azure 2021 header and 3 row(s), all skipped as bad");
        assertThat(c.report().rowsSkipped()).isEqualTo(3);
    }

    /** Issue 3, must hold: the shared 199-row sample, start = end − duration, in start order. */
    @Test
    void sharedSampleReadsTo199InvocationsInStartOrder() throws IOException {
        Path sample = Fixtures.shared("azure2021/AzureFunctionsInvocationTrace2021.sample.csv");
        // Expected starts computed independently with BigDecimal from the raw text.
        List<String> lines = Files.readAllLines(sample);
        List<Long> expected = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            BigDecimal end = new BigDecimal(f[2]).movePointRight(6).setScale(0, RoundingMode.HALF_UP);
            BigDecimal dur = new BigDecimal(f[3]).movePointRight(6).setScale(0, RoundingMode.HALF_UP);
            expected.add(end.longValueExact() - dur.longValueExact());
        }
        expected.sort(null);
        long origin = expected.get(0);
        try (InvocationCursor c = Traces.open(sample, null, ReadOptions.DEFAULTS)) {
            int i = 0;
            long previous = Long.MIN_VALUE;
            while (c.next()) {
                assertThat(c.startUs()).isGreaterThanOrEqualTo(previous);
                assertThat(c.startUs()).isEqualTo(expected.get(i) - origin);
                previous = c.startUs();
                i++;
            }
            assertThat(i).isEqualTo(199);
            assertThat(c.functions().size()).isEqualTo(31); // per the data README
        }
    }
}
