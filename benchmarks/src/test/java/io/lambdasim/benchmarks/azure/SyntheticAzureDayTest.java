package io.lambdasim.benchmarks.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small day, read back by the Azure 2019 reader with both sidecars found beside it. */
class SyntheticAzureDayTest {

    @TempDir
    Path dir;

    @Test
    void writesADayTheAzure2019ReaderReadsWhole() throws Exception {
        SyntheticAzureDay day = new SyntheticAzureDay(300, 200_000, 7);
        long written = day.writeAll(dir, 3, false);
        Path invocations = dir.resolve("invocations_per_function_md.anon.d03.csv");
        long read = 0;
        long previous = 0;
        try (InvocationCursor c = Traces.open(invocations, null, ReadOptions.DEFAULTS)) {
            while (c.next()) {
                assertThat(c.startUs()).isGreaterThanOrEqualTo(previous);
                previous = c.startUs();
                read++;
            }
            assertThat(c.functions().size()).isEqualTo(300);
            // Every function has a durations row and every app a memory row: nothing defaulted.
            assertThat(c.report().functionsDefaulted()).isZero();
            assertThat(c.report().functionsWithoutMemory()).isZero();
        }
        assertThat(read).isEqualTo(written);
        // Expected counts sum to 200,000 (each at least 1); Poisson noise per minute keeps the
        // realised total within a few standard deviations (sqrt(200,000) ~ 450).
        assertThat(written).isBetween(197_000L, 203_000L);
    }

    @Test
    void sameSeedSameFilesAndNoSilentOverwrite() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        new SyntheticAzureDay(50, 10_000, 11).writeAll(a, 1, false);
        new SyntheticAzureDay(50, 10_000, 11).writeAll(b, 1, false);
        for (String f : new String[] {"invocations_per_function_md.anon.d01.csv",
            "function_durations_percentiles.anon.d01.csv", "app_memory_percentiles.anon.d01.csv"}) {
            assertThat(Files.readAllBytes(a.resolve(f))).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThatThrownBy(() -> new SyntheticAzureDay(50, 10_000, 12).writeAll(a, 1, false))
                .isInstanceOf(FileAlreadyExistsException.class);
    }
}
