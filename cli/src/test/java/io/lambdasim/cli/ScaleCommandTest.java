package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale features from the command line: the binary cache and the reader on its own thread. */
class ScaleCommandTest {

    private static final Path FIXTURES = Path.of("../workload-traces/src/test/resources/traces");

    @TempDir
    Path dir;

    @Test
    void aBinaryCacheSimulatesExactlyAsTheTraceItWasConvertedFrom() throws IOException {
        // The Azure 2019 fixture with its duration and memory sidecars beside it.
        for (String f : new String[] {"invocations_per_function_md.anon.d05.csv",
            "function_durations_percentiles.anon.d05.csv", "app_memory_percentiles.anon.d05.csv"}) {
            Files.copy(FIXTURES.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path day = dir.resolve("invocations_per_function_md.anon.d05.csv");
        Path cache = dir.resolve("day5.lsb");
        CommandRun convert = CommandRun.of("trace", "convert", day.toString(), "--placement", "poisson", "--seed", "7",
                "--to", "lambdasim-bin", "-o", cache.toString());
        assertThat(convert.exitCode).as(convert.err).isZero();
        assertThat(convert.out).contains("to " + cache);

        CommandRun fromText = CommandRun.of("simulate", "--trace", day.toString(), "--placement", "poisson", "--seed", "7",
                "--name", "day5", "--keep-alive", "fixed:2m", "--json");
        CommandRun fromCache = CommandRun.of("simulate", "--trace", cache.toString(), "--seed", "7", "--name", "day5",
                "--keep-alive", "fixed:2m", "--json");
        assertThat(fromText.exitCode).as(fromText.err).isZero();
        assertThat(fromCache.exitCode).as(fromCache.err).isZero();
        assertThat(fromText.json().get("invocations").asLong()).isPositive();
        // Same invocations, same settings: the same simulation and bill (the covered period too: the
        // cache keeps the Azure day's whole-day length), byte for byte but the trace's file name and
        // its source rows (3 functions' count rows; 7 cached invocations).
        assertThat(fromText.json().get("trace").get("rowsRead").asLong()).isEqualTo(3);
        assertThat(fromCache.json().get("trace").get("rowsRead").asLong()).isEqualTo(7);
        assertThat(withoutSource(fromCache.out, cache)).isEqualTo(withoutSource(fromText.out, day));
    }

    private static String withoutSource(String json, Path trace) {
        return json.replace(trace.toString(), "TRACE").replaceAll("\"rowsRead\" : \\d+", "\"rowsRead\" : N");
    }

    @Test
    void aBadRowMetByTheReaderThreadIsOneLineWithFileAndLineAndExitCode2() throws IOException {
        StringBuilder csv = new StringBuilder("function,start_ms,duration_ms\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("f,").append(i).append(",5\n");
        }
        csv.append("f,20000,-3\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), csv);
        CommandRun r = CommandRun.of("simulate", "--trace", bad.toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).contains("bad.csv:20002").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void convertRefusesAnUnknownTargetAndACompressedCache() {
        CommandRun r = CommandRun.of("trace", "convert", "--generate", "poisson(1/s);horizon=10s", "--to", "parquet",
                "-o", dir.resolve("x").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("--to parquet: expected lambdasim-csv or lambdasim-bin");
        r = CommandRun.of("trace", "convert", "--generate", "poisson(1/s);horizon=10s", "--to", "lambdasim-bin",
                "-o", dir.resolve("x.lsb.gz").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("cannot be gzip-compressed");
    }
}
