package io.lambdasim.traces.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.SameInvocations;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PipelinedCursorTest {

    private static final Path NATIVE = Path.of("src/test/resources/traces/native.csv");
    /** 30 functions, about 54,000 invocations: many blocks, new names in later blocks too. */
    private static final String SPEC = spec();

    private static String spec() {
        StringBuilder s = new StringBuilder("poisson(20/s);duration=exp(100ms);horizon=90s;function=a");
        for (int i = 0; i < 29; i++) {
            s.append(" + poisson(20/s);duration=lognormal(50ms,200ms);function=f").append(i);
        }
        return s.toString();
    }

    @TempDir
    Path dir;

    @Test
    void deliversEveryFieldOfEveryInvocationInOrderWithTheSameIds() {
        assertSameStream(WorkloadSpec.parse(SPEC).open(), WorkloadSpec.parse(SPEC).open());
        assertSameStream(Traces.open(NATIVE), Traces.open(NATIVE));
        // SnapStart's Billed Restore Duration (a field only CloudWatch readers carry) crosses the pipe too
        Path snap = io.lambdasim.traces.Fixtures.corpus("cloudwatch/sam-logs-tail-snapstart.log");
        try (InvocationCursor direct = Traces.open(snap)) {
            boolean restore = false;
            while (direct.next()) {
                restore |= direct.initBilledUs() != InvocationCursor.MISSING;
            }
            assertThat(restore).as("the fixture has a billed restore").isTrue();
        }
        assertSameStream(Traces.open(snap), Traces.open(snap));
    }

    private static void assertSameStream(InvocationCursor direct, InvocationCursor source) {
        try (direct; InvocationCursor piped = PipelinedCursor.start(source)) {
            assertThat(SameInvocations.assertSame(direct, piped)).isPositive();
            assertThat(piped.next()).isFalse();
            assertThat(piped.report().rowsRead()).isEqualTo(direct.report().rowsRead());
        }
    }

    /**
     * A CloudWatch log's clock origin (its first start, µs since the epoch) crosses the pipe: files
     * merged on one clock (calibrate) need it, and without it each was taken to start at 0.
     */
    @Test
    void theSourceClockOriginCrossesThePipe() {
        Path log = io.lambdasim.traces.Fixtures.corpus("cloudwatch/sam-logs-tail-snapstart.log");
        try (InvocationCursor direct = Traces.open(log); InvocationCursor piped = PipelinedCursor.start(Traces.open(log))) {
            assertThat(direct.next()).isTrue();
            assertThat(piped.next()).isTrue();
            assertThat(direct.originUs()).isNotEqualTo(InvocationCursor.MISSING);
            assertThat(piped.originUs()).isEqualTo(direct.originUs());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aBadRowInTheReaderThreadStopsTheConsumerWithItsFileAndLine() throws Exception {
        // 10,000 good rows (several blocks), then a bad duration on line 10,002.
        StringBuilder csv = new StringBuilder("function,start_ms,duration_ms\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("f").append(i % 7).append(',').append(i).append(",5\n");
        }
        csv.append("f1,10000,soon\nf1,10001,5\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, csv, StandardCharsets.US_ASCII);
        long delivered = 0;
        try (InvocationCursor c = PipelinedCursor.start(Traces.open(bad))) {
            while (true) {
                try {
                    if (!c.next()) {
                        break;
                    }
                } catch (TraceException e) {
                    assertThat(e.getMessage()).contains("bad.csv:10002");
                    // Thrown again, not a hang or an end, if the caller goes on.
                    assertThatThrownBy(c::next).isSameAs(e);
                    break;
                }
                delivered++;
            }
        }
        assertThat(delivered).isEqualTo(10_000);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void closingMidStreamStopsTheReaderThread() throws Exception {
        // A generated day of 2,000/s: far more than the rings hold, so the reader is waiting.
        PipelinedCursor c = (PipelinedCursor) PipelinedCursor.start(
                WorkloadSpec.parse("poisson(2000/s);duration=exp(10ms);horizon=1d").open());
        for (int i = 0; i < 100_000; i++) {
            assertThat(c.next()).isTrue();
        }
        Thread reader = c.readerThread();
        assertThat(reader.isAlive()).isTrue();
        c.close();
        reader.join(5_000);
        assertThat(reader.isAlive()).isFalse();
        assertThatThrownBy(c::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptyTraceEndsAtOnce() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "function,start_ms,duration_ms\n");
        try (InvocationCursor c = PipelinedCursor.start(Traces.open(empty, null, ReadOptions.DEFAULTS))) {
            assertThat(c.next()).isFalse();
            assertThat(c.functions().size()).isZero();
        }
    }
}
