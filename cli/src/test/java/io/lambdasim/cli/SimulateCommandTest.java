package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    record Run(int code, String out, String err) {
    }

    /** Runs the CLI in-process (also for other simulate tests). */
    static Run run(String... args) {
        CommandLine cl = LambdaSim.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * A hand-written CloudWatch-like trace in the native format: f runs at 0 s (cold, observed INIT
     * 300 ms), 1 s and 2 s (warm), then 20 min later (cold again after the 10-minute keep-alive).
     */
    private static Path trace(Path dir) throws IOException {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, "function,start_ms,duration_ms,memory_mb,init_ms,billed_ms\n"
                + "f,0,100,512,300,400\n"
                + "f,1000,100,512,,100\n"
                + "f,2000,100,512,,100\n"
                + "f,1202000,100,512,,100\n");
        return file;
    }

    @Test
    void anSqsSourceBatchesMessagesAndTheJsonCountsThem(@TempDir Path dir) {
        // Issue 18: --source sqs with batches of 10 gathered for up to 2 s. 10 messages a second
        // for 20 s: every batch fills in 1 s, so 200 messages make 20 batches (20 requests).
        Run r = run("simulate", "--generate", "constant(100ms);duration=const(50ms);horizon=20s;function=orders",
                "--source", "sqs", "--batch-size", "10", "--batch-window", "2s", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j;
        try {
            j = new ObjectMapper().readTree(r.out());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode sources = j.get("sources");
        assertThat(sources.get("messages").asLong()).isEqualTo(200);
        assertThat(sources.get("batches").asLong()).isEqualTo(20);
        assertThat(sources.get("meanBatchSize").asDouble()).isEqualTo(10.0);
        assertThat(j.get("billing").get("requests").asLong()).isEqualTo(20);
        assertThat(sources.get("queueAgeMs").get("max").asDouble()).isEqualTo(900.0);
    }

    @Test
    void aSourceSettingOutsideAwsRangeIsOneLineWithExitCodeTwo(@TempDir Path dir) throws IOException {
        // Issue 18: a batch size, window, shard count or parallelisation outside AWS's range is one
        // line naming the value, the allowed range and (in a functions file) the function; exit 2.
        Run size = run("simulate", "--generate", "poisson(1/s);duration=exp(50ms);horizon=1m", "--batch-size", "20000");
        assertThat(size.code()).isEqualTo(2);
        assertThat(size.err().strip()).isEqualTo("lambdasim simulate: --batch-size '20000': expected a whole number from 1 to 10000");
        Path functions = dir.resolve("functions.csv");
        Files.writeString(functions, "function,source,shards,parallelization\norders,kinesis,4,11\n");
        Run file = run("simulate", "--generate", "poisson(1/s);duration=exp(50ms);horizon=1m;function=orders",
                "--functions", functions.toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err().strip()).isEqualTo("lambdasim simulate: " + functions + ":2: function 'orders': "
                + "parallelization '11': expected a whole number from 1 to 10");
        assertThat(file.err().lines()).hasSize(1);
        Run window = run("simulate", "--generate", "poisson(1/s);duration=exp(50ms);horizon=1m;function=orders",
                "--source", "sqs", "--batch-size", "100");
        assertThat(window.code()).isEqualTo(2);
        assertThat(window.err().strip()).isEqualTo("lambdasim simulate: function 'orders': batch_size 100 above 10 needs a "
                + "batch_window of at least 1s (AWS), found 0ms");
    }

    @Test
    void jsonHasTheContractKeysAndTheObservedFigures(@TempDir Path dir) throws IOException {
        Run r = run("simulate", "--trace", trace(dir).toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("invocations").asLong()).isEqualTo(4);
        // first call cold, two warm, the last one 20 min later cold again (fixed:10m)
        assertThat(j.get("coldStarts").asLong()).isEqualTo(2);
        assertThat(j.get("coldStartRatio").asDouble()).isEqualTo(0.5);
        for (String key : List.of("throttled", "timeouts", "errors", "dropped")) {
            assertThat(j.get(key).asLong()).as(key).isZero();
        }
        assertThat(j.get("environments").get("created").asLong()).isEqualTo(2);
        assertThat(j.get("environments").get("peak").asLong()).isEqualTo(1);
        assertThat(j.get("latencyMs").get("max").asDouble()).isGreaterThanOrEqualTo(100);
        // billed: 4 x 100 ms + the first cold start's own observed INIT (300 ms) + the last one's,
        // drawn from the INITs the trace observed for f (only 300 ms), INIT billed under aws-2025-08
        assertThat(j.get("billing").get("billedMs").asDouble()).isEqualTo(1000);
        assertThat(j.get("billing").get("initBilledMs").asDouble()).isEqualTo(600);
        assertThat(j.get("billing").get("requests").asLong()).isEqualTo(4);
        assertThat(j.get("cost").get("total").isNumber()).isTrue();
        assertThat(j.get("observed").get("coldStarts").asLong()).isEqualTo(1);
        assertThat(j.get("observed").get("billedMs").asDouble()).isEqualTo(700);
    }

    @Test
    void textSummaryAndTablesAreWritten(@TempDir Path dir) throws IOException {
        Path perFunction = dir.resolve("pf.csv");
        Path timeline = dir.resolve("tl.csv");
        Run r = run("simulate", "--generate", "poisson(2/s);duration=exp(50ms);horizon=10m;function=api",
                "--memory-mb", "1024", "--per-function", perFunction.toString(), "--timeline", timeline.toString(),
                "--bucket", "1m");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cold", "Lambda bill", "total");
        assertThat(Files.readAllLines(perFunction)).hasSize(2).element(1).asString().startsWith("api,1024,");
        assertThat(Files.readAllLines(timeline)).hasSize(11);
        assertThat(r.err()).isEmpty(); // no progress bar when stderr is not a terminal
    }

    @Test
    void badValuesAreOneLineNamingTheOption(@TempDir Path dir) throws IOException {
        Run r = run("simulate", "--trace", trace(dir).toString(), "--keep-alive", "sometimes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--keep-alive", "sometimes", "fixed:");
        Run neither = run("simulate");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--trace", "--generate");
        Run memory = run("simulate", "--trace", trace(dir).toString(), "--memory-mb", "20000");
        assertThat(memory.code()).isEqualTo(2);
        assertThat(memory.err()).contains("--memory-mb", "20000");
    }

    @Test
    void theSameSeedGivesTheSameJson(@TempDir Path dir) {
        String[] args = {"simulate", "--generate", "poisson(3/s);duration=lognormal(80ms,200ms);horizon=30m",
            "--init", "normal(265ms,354ms)", "--keep-alive", "random:1m-5m", "--json", "--seed", "7"};
        assertThat(run(args).out()).isEqualTo(run(args).out());
    }
}
