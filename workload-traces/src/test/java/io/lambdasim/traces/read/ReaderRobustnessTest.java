package io.lambdasim.traces.read;

import io.lambdasim.traces.Fixtures;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 3: random, truncated and corrupted input to every reader either reads or fails with a
 * TraceException (file, line, reason); never another exception, never a hang. Inputs are derived
 * from the hand-written fixtures so that many of them get past the header into the row parsers.
 */
class ReaderRobustnessTest {

    private static final List<String> FIXTURES = List.of("native.csv", "azure2021.csv",
            "invocations_per_function_md.anon.d05.csv", "cloudwatch-report.log", "cloudwatch-events.json",
            "cloudwatch-records.json");

    @Property(tries = 300)
    void corruptedOrTruncatedFixturesReadOrFailCleanly(@ForAll("damaged") byte[] input,
                                                      @ForAll("formats") String format,
                                                      @ForAll boolean skip) throws IOException {
        // issue 11: bounded time per case, so a hang fails the property instead of the build
        io.lambdasim.traces.fuzz.Bounded.run(() -> readOrTraceException(input, format, skip));
    }

    @Property(tries = 200)
    void randomBytesReadOrFailCleanly(@ForAll("noise") byte[] input, @ForAll("formats") String format) throws IOException {
        io.lambdasim.traces.fuzz.Bounded.run(() -> readOrTraceException(input, format, false));
    }

    private static void readOrTraceException(byte[] input, String format, boolean skip) throws IOException {
        Path dir = Files.createTempDirectory("robust");
        Path file = dir.resolve("invocations_per_function_md.anon.d05.csv");
        Files.write(file, input);
        try (InvocationCursor c = Traces.open(file, format, ReadOptions.DEFAULTS.withSkipBadRows(skip))) {
            long n = 0;
            long previous = Long.MIN_VALUE;
            while (c.next()) {
                if (c.startUs() < previous) {
                    throw new AssertionError("start order broken at " + n);
                }
                if (c.durationUs() < 0) {
                    throw new AssertionError("negative duration at " + n);
                }
                previous = c.startUs();
                n++;
            }
        } catch (TraceException expected) {
            // a clean, positioned error
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("auto", TraceFormat.LAMBDASIM_CSV.id(), TraceFormat.AZURE2021.id(),
                TraceFormat.AZURE2019.id(), TraceFormat.CLOUDWATCH.id());
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> fixture = Arbitraries.of(FIXTURES).map(ReaderRobustnessTest::bytes);
        Arbitrary<byte[]> truncated = Combinators.combine(fixture, Arbitraries.doubles().between(0, 1))
                .as((b, f) -> java.util.Arrays.copyOf(b, (int) (b.length * f)));
        Arbitrary<byte[]> corrupted = Combinators.combine(fixture,
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of((byte) ',', (byte) '\n', (byte) '"', (byte) '-', (byte) '.', (byte) 'x',
                                (byte) '9', (byte) '\t', (byte) '{', (byte) ':', (byte) 0, (byte) 0xff))
                .as((b, positions, value) -> {
                    byte[] copy = b.clone();
                    for (int p : positions) {
                        copy[p % copy.length] = value;
                    }
                    return copy;
                });
        return Arbitraries.oneOf(truncated, corrupted);
    }

    private static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(Fixtures.fixture(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
