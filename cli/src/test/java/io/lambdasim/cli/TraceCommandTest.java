package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {

    /** The 2025-style REPORT line of trace-formats.md (395.99 + INIT 265.72 ms, billed 662) and a warm one. */
    private static final String REPORT_LOG =
            "2025-09-01T10:00:01.662Z\tREPORT RequestId: 1\tDuration: 395.99 ms\tBilled Duration: 662 ms\t"
            + "Memory Size: 1024 MB\tMax Memory Used: 90 MB\tInit Duration: 265.72 ms\t\n"
            + "2025-09-01T10:00:02.000Z\tREPORT RequestId: 2\tDuration: 38.66 ms\tBilled Duration: 39 ms\t"
            + "Memory Size: 1024 MB\tMax Memory Used: 91 MB\t\n";

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

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void statsJsonHasTheContractKeys() throws IOException {
        Path log = write("api.log", REPORT_LOG);
        assertThat(run("trace", "stats", log.toString(), "--json")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        // Starts: 01.662 - 0.39599 - 0.26572 = 01.00029 and 02.000 - 0.03866 = 01.96134 -> span 0.96105 s.
        assertThat(j.get("invocations").asLong()).isEqualTo(2);
        assertThat(j.get("functions").asInt()).isEqualTo(1);
        assertThat(j.get("spanSeconds").asDouble()).isEqualTo(0.96105);
        assertThat(j.get("observedColdStarts").asLong()).isEqualTo(1);
        assertThat(j.get("memorySizesMb").get("1024").asLong()).isEqualTo(2);
        assertThat(j.get("format").asText()).isEqualTo("cloudwatch");
    }

    @Test
    void observedColdStartsIsNullWhenTheSourceCannotTell() throws IOException {
        Path az = write("az.csv", "app,func,end_timestamp,duration\na,f,10,1\na,g,70,2\n");
        assertThat(run("trace", "stats", az.toString(), "--json")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("observedColdStarts").isNull()).isTrue();
        assertThat(j.get("spanSeconds").asDouble()).isEqualTo(59.0); // starts 9 s and 68 s
        // Relative starts 0 and 59 s: both in the first minute of the trace.
        assertThat(j.get("peakRatePerMinute").asLong()).isEqualTo(2);
        assertThat(j.get("peakRatePerSecond").asLong()).isEqualTo(1);
    }

    @Test
    void statsTextNamesTheNumbers() throws IOException {
        Path log = write("api.log", REPORT_LOG);
        assertThat(run("trace", "stats", log.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("invocations        2").contains("cold starts        1 observed (50.00%)")
                .contains("memory sizes       1024 MB: 2");
    }

    @Test
    void convertRoundTripsThe2025LineExactly() throws IOException {
        Path log = write("api.log", REPORT_LOG);
        Path csv = tmp.resolve("out.csv.gz");
        assertThat(run("trace", "convert", log.toString(), "--function", "checkout", "-o", csv.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("wrote 2 invocations");
        try (InvocationCursor c = Traces.open(csv, "lambdasim-csv", ReadOptions.DEFAULTS)) {
            InvocationArrays a = InvocationArrays.record(c);
            assertThat(a.functions().names()).containsExactly("checkout");
            assertThat(a.durationUs(0)).isEqualTo(395_990);
            assertThat(a.initUs(0)).isEqualTo(265_720);
            assertThat(a.billedUs(0)).isEqualTo(662_000);
            assertThat(a.initUs(1)).isEqualTo(InvocationCursor.MISSING);
            assertThat(a.startUs(1)).isEqualTo(961_050);
        }
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws IOException {
        Path bad = write("bad.csv", "function,start_ms,duration_ms\nf,1,2\nf,x,2\n");
        assertThat(run("trace", "stats", bad.toString())).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("lambdasim trace stats: " + bad + ":3 [start_ms]: expected milliseconds >= 0 "
                + "(decimals allowed), found 'x'");
        out.getBuffer().setLength(0);
        assertThat(run("trace", "stats", bad.toString(), "--skip-bad-rows", "--json")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("invocations").asLong()).isEqualTo(1);
        assertThat(j.get("rowsSkipped").asLong()).isEqualTo(1);
        assertThat(j.get("firstSkippedRows").get(0).asText()).startsWith(bad + ":3 [start_ms]");
    }

    @Test
    void unknownFormatNameListsTheFormats() throws IOException {
        Path f = write("t.csv", "function,start_ms,duration_ms\n");
        assertThat(run("trace", "stats", f.toString(), "--format", "excel")).isEqualTo(2);
        assertThat(err.toString()).contains("--format 'excel': expected one of lambdasim-csv, azure2021, azure2019, cloudwatch");
    }

    @Test
    void azure2019OptionsReachTheReader() throws IOException {
        Path inv = write("invocations_per_function_md.anon.d09.csv", "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,2,1\n");
        Path csv = tmp.resolve("out.csv");
        assertThat(run("trace", "convert", inv.toString(), "--placement", "even", "--default-duration", "250ms",
                "--memory", "512", "-o", csv.toString())).isEqualTo(0);
        // Even: 2 in minute 1 at 15 s and 45 s, 1 in minute 2 at 90 s; the 250 ms default; memory 512.
        assertThat(Files.readAllLines(csv)).containsExactly("function,start_ms,duration_ms,memory_mb,invocation_type",
                "a/f,15000,250,512,sync", "a/f,45000,250,512,sync", "a/f,90000,250,512,sync");
        assertThat(run("trace", "stats", inv.toString(), "--placement", "sideways")).isEqualTo(2);
        assertThat(err.toString()).contains("--placement 'sideways': expected one of uniform, even, poisson");
    }
}
