package io.lambdasim.traces.read;

import static io.lambdasim.traces.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.Traces;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NativeCsvReaderTest {

    private static InvocationCursor read(String text, ReadOptions options) {
        return new NativeCsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", options);
    }

    @Test
    void readsEveryFieldOfTheFixtureExactly() {
        // Values from src/test/resources/traces/native.csv, ms -> µs by hand (x1000).
        try (InvocationCursor c = Traces.open(fixture("native.csv"), null, ReadOptions.DEFAULTS)) {
            assertThat(c.next()).isTrue();
            assertThat(c.functions().name(c.functionId())).isEqualTo("api");
            assertThat(c.startUs()).isZero();
            assertThat(c.durationUs()).isEqualTo(12_500);
            assertThat(c.memoryMb()).isEqualTo(512);
            assertThat(c.initUs()).isEqualTo(250_750);
            assertThat(c.maxMemoryUsedMb()).isEqualTo(80);
            assertThat(c.status()).isEqualTo(Status.SUCCESS);
            assertThat(c.invocationType()).isEqualTo(InvocationType.SYNC);
            assertThat(c.billedUs()).isEqualTo(InvocationCursor.MISSING);

            assertThat(c.next()).isTrue();
            assertThat(c.startUs()).isEqualTo(1_000_001);
            assertThat(c.initUs()).as("empty init_ms = warm").isEqualTo(InvocationCursor.MISSING);

            assertThat(c.next()).isTrue();
            assertThat(c.functions().name(c.functionId())).isEqualTo("worker");
            assertThat(c.status()).isEqualTo(Status.TIMEOUT);
            assertThat(c.invocationType()).isEqualTo(InvocationType.ASYNC);

            assertThat(c.next()).as("blank line skipped, quoted name").isTrue();
            assertThat(c.functions().name(c.functionId())).isEqualTo("name, with \"quotes\"");
            assertThat(c.durationUs()).isEqualTo(1);
            assertThat(c.memoryMb()).isEqualTo(InvocationCursor.MISSING);
            assertThat(c.next()).isFalse();
            assertThat(c.functions().size()).isEqualTo(3);
            assertThat(c.report().rowsRead()).isEqualTo(4);
            assertThat(c.report().fields()).contains(TraceField.INIT, TraceField.MEMORY).doesNotContain(TraceField.BILLED);
        }
    }

    @Test
    void columnsMayComeInAnyOrderAndMemoryCanBeOverridden() {
        try (InvocationCursor c = read("duration_ms,function,start_ms\n5,f,7\n", ReadOptions.DEFAULTS.withMemoryMbOverride(256))) {
            assertThat(c.next()).isTrue();
            assertThat(c.startUs()).isEqualTo(7_000);
            assertThat(c.durationUs()).isEqualTo(5_000);
            assertThat(c.memoryMb()).isEqualTo(256);
        }
    }

    @Test
    void badRowsNameFileLineFieldAndExpectation() {
        assertThatThrownBy(() -> drain(read("function,start_ms,duration_ms\nf,1,2\nf,2\n", ReadOptions.DEFAULTS)))
                .isInstanceOf(TraceException.class).hasMessage("t.csv:3: expected 3 fields as in the header, found 2");
        assertThatThrownBy(() -> drain(read("function,start_ms,duration_ms\nf,1,abc\n", ReadOptions.DEFAULTS)))
                .hasMessage("t.csv:2 [duration_ms]: expected milliseconds >= 0 (decimals allowed), found 'abc'");
        assertThatThrownBy(() -> drain(read("function,start_ms,duration_ms\nf,1,-2\n", ReadOptions.DEFAULTS)))
                .hasMessageContaining("t.csv:2 [duration_ms]");
        assertThatThrownBy(() -> drain(read("function,start_ms,duration_ms\nf,5,1\nf,4,1\n", ReadOptions.DEFAULTS)))
                .hasMessage("t.csv:3 [start_ms]: expected rows in start order: 4.000 ms is before the previous row's 5.000 ms");
        assertThatThrownBy(() -> read("function,start,duration_ms\n", ReadOptions.DEFAULTS))
                .hasMessageContaining("[start]: unknown lambdasim-csv column");
        assertThatThrownBy(() -> read("function,duration_ms\n", ReadOptions.DEFAULTS))
                .hasMessageContaining("[start_ms]: missing required column");
        assertThatThrownBy(() -> drain(read("function,start_ms,duration_ms,status\nf,1,1,maybe\n", ReadOptions.DEFAULTS)))
                .hasMessageContaining("[status]: expected success, error or timeout, found 'maybe'");
    }

    @Test
    void skipBadRowsCountsThemAndKeepsTheFirstPositions() {
        String text = "function,start_ms,duration_ms\nf,1,1\nf,x,1\nf,2,1\nf,3\nf,1,1\nf,4,1\n";
        try (InvocationCursor c = read(text, ReadOptions.DEFAULTS.withSkipBadRows(true))) {
            assertThat(drain(c)).isEqualTo(3); // rows 2, 4, 7 of the text
            assertThat(c.report().rowsSkipped()).isEqualTo(3);
            assertThat(c.report().firstSkipped()).hasSize(3);
            assertThat(c.report().firstSkipped().get(0)).startsWith("t.csv:3 [start_ms]");
            assertThat(c.report().firstSkipped().get(2)).startsWith("t.csv:6 [start_ms]: expected rows in start order");
        }
    }

    @Test
    void lastLineWithoutNewlineAndCrlfAreRead() {
        try (InvocationCursor c = read("function,start_ms,duration_ms\r\nf,1,1\r\ng,2,2.5", ReadOptions.DEFAULTS)) {
            assertThat(drain(c)).isEqualTo(2);
            assertThat(c.durationUs()).isEqualTo(2_500);
        }
    }

    @Test
    void aSpreadsheetByteOrderMarkIsNotPartOfTheHeader() throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("bom", ".csv");
        java.nio.file.Files.write(f, ("\uFEFFfunction,start_ms,duration_ms\nf,1,2\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Traces.detect(f)).isEqualTo(io.lambdasim.traces.TraceFormat.LAMBDASIM_CSV);
        try (InvocationCursor c = Traces.open(f)) {
            assertThat(drain(c)).isEqualTo(1);
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    static long drain(InvocationCursor c) {
        long n = 0;
        while (c.next()) {
            n++;
        }
        return n;
    }
}
