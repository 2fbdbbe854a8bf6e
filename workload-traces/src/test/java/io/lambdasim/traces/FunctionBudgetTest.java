package io.lambdasim.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.read.NativeCsvReader;
import io.lambdasim.traces.pipe.PipelinedCursor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 11: more distinct functions than the heap holds stop the read up front, in one line with file:line. */
class FunctionBudgetTest {

    private static final long MB = 1L << 20;

    @Test
    void theFunctionThatWouldPassTheCapIsRefused() {
        // heap 32 MB, reserve 24 MB (more than an eighth): cap 8 MB = 8,388,608 B. Each 5-character
        // name costs READ_BYTES (250) + 2 x 5 = 260 B, so 8,388,608 / 260 = 32,263.9: 32,263 fit.
        FunctionTable t = new FunctionTable(new FunctionBudget(32 * MB, 0));
        for (int i = 0; i < 32_263; i++) {
            t.intern(String.format(Locale.ROOT, "%05d", i));
        }
        t.intern("00000"); // a name seen before costs nothing
        assertThatThrownBy(() -> t.intern("32263"))
                .isInstanceOf(FunctionBudget.TooManyFunctions.class)
                .hasMessageStartingWith("too many functions for the heap: 32,264 seen, each needs about 260 B of state (Java heap 32 MB)")
                .hasMessageContaining("-Xmx256m") // four times the heap, at least 256 MB
                .hasMessageEndingWith("or split the trace by function");
        assertThat(t.size()).isEqualTo(32_263);
    }

    @Test
    void theConsumersStateCountsAndALargeHeapKeepsAnEighth() {
        // heap 1,024 MB: reserve 128 MB (an eighth), cap 896 MB = 939,524,096 B; 4,000 B of engine state
        // + 250 + 2 x 6 = 4,262 B per 6-character name: 220,442.1, so 220,442 fit.
        FunctionTable t = new FunctionTable(new FunctionBudget(1024 * MB, 4_000));
        assertThat(t.budget().bytesPerFunction()).isEqualTo(4_250);
        for (int i = 0; i < 220442; i++) {
            t.intern(String.format(Locale.ROOT, "%06d", i));
        }
        assertThatThrownBy(() -> t.intern("220442")).isInstanceOf(FunctionBudget.TooManyFunctions.class)
                .hasMessageContaining("220,443 seen").hasMessageContaining("-Xmx4096m");
    }

    @Test
    void aCountKnownBeforeReadingIsCheckedBeforeReading() {
        FunctionBudget b = new FunctionBudget(64 * MB, 3_850);
        b.checkUpFront(1_000, 30_000, "t.lsbin"); // 1,000 x 4,100 B + 60 kB: 4.16 MB < 40 MB
        // 300,000 x 4,100 B + 2 x 9 MB = 1,248 MB > 40 MB; each 4,160 B; 41,943,040 / 4,160 = 10,082 fit
        assertThatThrownBy(() -> b.checkUpFront(300_000, 9_000_000, "t.lsbin"))
                .isInstanceOf(FunctionBudget.TooManyFunctions.class)
                .hasMessageStartingWith("too many functions for the heap: t.lsbin has 300,000, each needs about 4,160 B of state, "
                        + "and the Java heap of 64 MB holds about 10,082; raise it (for example LAMBDASIM_JAVA_OPTS=-Xmx256m");
    }

    @Test
    void aReaderNamesTheFileAndLineAndSkipBadRowsDoesNotSkipIt() {
        // The reader's budget is this JVM's heap: a consumer keeping a quarter of it per function
        // leaves room for 3 (cap: seven eighths of the heap), so the 4th function, on line 6, stops the read.
        int quarter = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4);
        long heap = Runtime.getRuntime().maxMemory();
        long fit = (heap - Math.max(FunctionBudget.RESERVE_BYTES, heap / 8)) / (quarter + FunctionBudget.READ_BYTES + 2);
        String csv = "function,start_ms,duration_ms,memory_mb\na,0,5,512\nb,1,5,512\na,2,5,512\nc,3,5,512\nd,4,5,512\ne,5,5,512\n";
        ReadOptions options = ReadOptions.DEFAULTS.withStateBytesPerFunction(quarter).withSkipBadRows(true);
        try (InvocationCursor c = PipelinedCursor.start(new NativeCsvReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", options))) {
            assertThatThrownBy(() -> {
                while (c.next()) {
                    // read to the end
                }
            }).isInstanceOf(FunctionBudget.TooManyFunctions.class)
                    .hasMessageStartingWith("too many functions for the heap: " + (fit + 1) + " seen in t.csv:" + lineOfFunction(fit + 1) + ", ");
        }
    }

    /** The line of the n-th distinct function in the CSV above (header on line 1; a repeats on line 4). */
    private static long lineOfFunction(long n) {
        return n <= 2 ? n + 1 : n + 2;
    }
}
