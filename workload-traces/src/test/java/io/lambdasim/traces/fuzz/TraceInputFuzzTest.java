package io.lambdasim.traces.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.read.NativeCsvReader;
import io.lambdasim.traces.write.CsvCells;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Issue 11, "keep it that way": native traces built from hostile cells (huge and odd numbers,
 * quotes, line breaks, formula-like names, control characters) either read, or fail with a
 * {@link TraceException} whose message is one line naming file and line; never another
 * exception, never a hang. What reads, writes and reads back the same (the spreadsheet guard is
 * undone on reading). The readers' byte-level damage is {@code ReaderRobustnessTest}'s.
 */
class TraceInputFuzzTest {

    private static final String HEADER = "function,start_ms,duration_ms,memory_mb,init_ms,status,environment\n";

    @Property(tries = 200)
    void hostileNativeRowsReadOrFailOnOneLine(@ForAll("traces") String text, @ForAll boolean skip,
                                               @ForAll boolean eraRange) {
        Bounded.run(() -> readWriteReadBack(text, skip, eraRange));
    }

    @Property(tries = 5000)
    @Tag("slow")
    void hostileNativeRowsReadOrFailOnOneLineAtLength(@ForAll("traces") String text, @ForAll boolean skip,
                                                      @ForAll boolean eraRange) {
        Bounded.run(() -> readWriteReadBack(text, skip, eraRange));
    }

    @Property(tries = 500)
    void theSpreadsheetGuardIsUndoneOnReading(@ForAll("cells") String cell) {
        String written = CsvCells.guard(cell);
        assertThat(CsvCells.unguard(written)).isEqualTo(cell);
        if (!written.isEmpty() && "=+-@\t\r\n".indexOf(written.charAt(0)) >= 0) {
            assertThat(written).as("only a plain number may start like a formula").matches("[-+][0-9.eE+-]+");
        }
    }

    private static void readWriteReadBack(String text, boolean skip, boolean eraRange) {
        ReadOptions options = ReadOptions.DEFAULTS.withSkipBadRows(skip);
        if (eraRange) {
            options = options.withMemoryRangeMb(128, 10_240);
        }
        InvocationArrays first;
        try {
            first = read(text, options);
        } catch (TraceException e) {
            assertThat(e.getMessage()).startsWith("t.csv").doesNotContain("\n").doesNotContain("Exception");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InvocationCursor c = open(text, options)) {
            NativeCsvWriter.convert(c, out, false);
        }
        InvocationArrays again = read(out.toString(StandardCharsets.UTF_8), ReadOptions.DEFAULTS);
        assertThat(again.size()).isEqualTo(first.size());
        for (int i = 0; i < first.size(); i++) {
            // names of the rows (a skipped row's name may be known to the first table only)
            assertThat(again.functions().name(again.functionId(i))).isEqualTo(first.functions().name(first.functionId(i)));
            assertThat(again.startUs(i)).isEqualTo(first.startUs(i));
            assertThat(again.durationUs(i)).isEqualTo(first.durationUs(i));
            assertThat(again.memoryMb(i)).isEqualTo(first.memoryMb(i));
            assertThat(again.initUs(i)).isEqualTo(first.initUs(i));
        }
    }

    private static InvocationCursor open(String text, ReadOptions options) {
        return new NativeCsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", options);
    }

    private static InvocationArrays read(String text, ReadOptions options) {
        try (InvocationCursor c = open(text, options)) {
            return InvocationArrays.record(c);
        }
    }

    @Provide
    Arbitrary<String> traces() {
        Arbitrary<String> row = Combinators.combine(names(), times(), times(), memories(), times(),
                        Arbitraries.of("", "success", "error", "timeout", "Timeout", "x"), names())
                .as((f, s, d, m, i, st, env) -> f + "," + s + "," + d + "," + m + "," + i + "," + st + "," + env);
        return row.list().ofMaxSize(12).map(rows -> HEADER + String.join("\n", rows) + "\n");
    }

    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.of("api", "=HYPERLINK(\"x\")", "+1", "-2", "@sum", "'=q", "\t", " spaced ", "", "a\u001b[31mred"),
                cells().map(c -> "\"" + c.replace("\"", "\"\"") + "\""),
                Arbitraries.strings().withChars("ab,\"\n\r'=+-@ \t").ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("'=+-@\t\r\n0123456789.eE ").ofMaxLength(8));
    }

    Arbitrary<String> times() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000_000).map(String::valueOf),
                Arbitraries.of("", "0.001", "12.5", "1e308", "99999999999999999999", "-1", "NaN", "Infinity", "1e-5",
                        "999999999999999", "1000000000000000", " 7 ", "0x10", "1,5", "\"3\""));
    }

    Arbitrary<String> memories() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1, 20_000).map(String::valueOf),
                Arbitraries.of("", "512", "100", "20000", "99999999999", "1.5", "abc"));
    }

}
