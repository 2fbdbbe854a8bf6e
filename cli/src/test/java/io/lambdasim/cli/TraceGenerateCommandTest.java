package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceGenerateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = LambdaSim.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTheWarmingExampleAsNativeCsv() throws IOException {
        Path file = tmp.resolve("warm.csv");
        String spec = "schedule(rate(9 minutes));duration=const(10ms);horizon=30d;function=warmer;memory=128";
        assertThat(run("trace", "generate", spec, "-o", file.toString())).isEqualTo(0);
        List<String> lines = Files.readAllLines(file);
        // header + 30 d x 1440 / 9 = 4,800 rows (issue 3), one every 9 min = 540,000 ms.
        assertThat(lines).hasSize(4_801);
        assertThat(lines.get(0)).isEqualTo("function,start_ms,duration_ms,memory_mb");
        assertThat(lines.get(1)).isEqualTo("warmer,0,10,128");
        assertThat(lines.get(2)).isEqualTo("warmer,540000,10,128");
        assertThat(out.toString()).contains("wrote 4,800 invocations of 1 function(s) over 720h (seed 1)");
    }

    @Test
    void fileReadsBackAsTheSameStreamAndSeedOverrides() throws IOException {
        String spec = "poisson(5/s);duration=lognormal(80ms,900ms);horizon=10m;function=api"
                + " + schedule(cron(0/15 * ? * * *));duration=const(40s);function=nightly";
        Path a = tmp.resolve("a.csv.gz");
        Path b = tmp.resolve("b.csv.gz");
        Path c = tmp.resolve("c.csv.gz");
        assertThat(run("trace", "generate", spec, "-o", a.toString())).isEqualTo(0);
        assertThat(run("trace", "generate", spec, "-o", b.toString())).isEqualTo(0);
        assertThat(run("trace", "generate", spec, "-o", c.toString(), "--seed", "7")).isEqualTo(0);
        assertThat(digest(Traces.open(a, null, ReadOptions.DEFAULTS))).isEqualTo(digest(WorkloadSpec.parse(spec).open()));
        assertThat(digest(Traces.open(b, null, ReadOptions.DEFAULTS))).isEqualTo(digest(Traces.open(a, null, ReadOptions.DEFAULTS)));
        assertThat(digest(Traces.open(c, null, ReadOptions.DEFAULTS))).isEqualTo(digest(WorkloadSpec.parse(spec).open(7)));
        assertThat(digest(Traces.open(c, null, ReadOptions.DEFAULTS))).isNotEqualTo(digest(Traces.open(a, null, ReadOptions.DEFAULTS)));
    }

    @Test
    void badSpecIsOneLineExitTwoAndNoFile() {
        Path file = tmp.resolve("bad.csv");
        assertThat(run("trace", "generate", "poisson(5/s);duration=lognrmal(80ms,900ms)", "-o", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("lambdasim trace generate: invalid workload spec: 'lognrmal' at position 23: "
                + "expected a distribution: const(100ms), exp(120ms), lognormal(MEAN,P99), uniform(MIN,MAX) or empirical(p0=..,...,p100=..)");
        assertThat(file).doesNotExist();
    }

    @Test
    void helpShowsAnExampleSpec() {
        assertThat(run("trace", "generate", "--help")).isEqualTo(0);
        // picocli wraps long lines at the terminal width: compare with whitespace removed.
        assertThat(out.toString().replaceAll("\\s", ""))
                .contains("'poisson(5/s);duration=lognormal(80ms,900ms);horizon=1d;function=api+schedule(rate(1hour))")
                .contains("schedule(cron(0/158-18?*MON-FRI*))");
    }

    /** Function name, start and duration of every invocation, folded into one number. */
    private static long digest(InvocationCursor c) {
        long h = 17;
        try (c) {
            while (c.next()) {
                h = 31 * h + c.functions().name(c.functionId()).hashCode();
                h = 31 * h + c.startUs();
                h = 31 * h + c.durationUs();
            }
        }
        return h;
    }
}
