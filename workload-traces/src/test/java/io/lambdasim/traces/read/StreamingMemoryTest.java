package io.lambdasim.traces.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.write.SyntheticNativeCsv;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Constant memory, checked by what matters rather than by heap snapshots (which the GC makes
 * flaky): the bytes this thread allocates while the reader reads millions of rows. Zero per row
 * means memory cannot grow with trace length.
 */
class StreamingMemoryTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void nativeReaderAllocatesNothingPerRow() {
        long rows = 2_000_000;
        try (InvocationCursor c = new NativeCsvReader(new SyntheticNativeCsv(rows, 100), "synthetic", ReadOptions.DEFAULTS)) {
            // Warm-up: the line buffer, the 100 function names and the JIT settle here.
            for (int i = 0; i < 100_000; i++) {
                assertThat(c.next()).isTrue();
            }
            long before = THREADS.getCurrentThreadAllocatedBytes();
            long read = 0;
            long checksum = 0;
            while (c.next()) {
                checksum += c.durationUs();
                read++;
            }
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            assertThat(read).isEqualTo(rows - 100_000);
            assertThat(checksum).isPositive();
            // 1.9 M rows: a single object per row would be >= 30 MB; allow 64 KB of noise.
            assertThat(allocated).as("bytes allocated while reading 1.9 M rows").isLessThan(64 * 1024);
            assertThat(c.durationUs()).isEqualTo(SyntheticNativeCsv.durationUs(rows - 1));
        }
    }

    /**
     * The 50-million-row run; about 15 s, so excluded from {@code mvn verify}. Run it under a
     * small heap with:
     * {@code mvn -pl workload-traces verify -Dtraces.excludedGroups=none -Dgroups=slow -DargLine=-Xmx32m}
     */
    @Test
    @Tag("slow")
    void fiftyMillionRowsUnderASmallHeap() {
        long rows = 50_000_000;
        long read = 0;
        long previous = -1;
        try (InvocationCursor c = new NativeCsvReader(new SyntheticNativeCsv(rows, 1000), "synthetic", ReadOptions.DEFAULTS)) {
            while (c.next()) {
                if (c.startUs() < previous) {
                    throw new AssertionError("out of order at " + read);
                }
                previous = c.startUs();
                read++;
            }
            assertThat(c.functions().size()).isEqualTo(1000);
        }
        assertThat(read).isEqualTo(rows);
        assertThat(previous).isEqualTo((rows - 1) * 1500);
    }
}
