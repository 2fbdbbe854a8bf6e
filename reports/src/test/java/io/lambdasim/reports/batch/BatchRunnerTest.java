package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path dir;

    private ScenarioFile.Batch batch() throws Exception {
        Path f = dir.resolve("scenarios.csv");
        StringBuilder csv = new StringBuilder("name,generate,memory_mb,ec2\n");
        for (int i = 0; i < 12; i++) {
            csv.append("s").append(i).append(",poisson(1/s);duration=const(10ms),").append(128 << (i % 4)).append(",t4g.small;m7g.large\n");
        }
        csv.append("bad,poisson(1/s);duration=const(10ms),64,\n");
        csv.append("explode,poisson(1/s);duration=const(10ms),512,\n");
        Files.writeString(f, csv);
        return ScenarioFile.read(f, Map.of(), List.of(Sweep.parse("arch=x86_64,arm64")));
    }

    private BatchRunner.Result run(ScenarioFile.Batch b, String out, int threads, boolean resume, FakeExecutor exec)
            throws Exception {
        return BatchRunner.run(b, exec, new BatchRunner.Options(dir.resolve(out), threads, resume, true, false),
                BatchProgress.NONE);
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCount() throws Exception {
        ScenarioFile.Batch b = batch();
        run(b, "one", 1, false, new FakeExecutor());
        run(b, "four", 4, false, new FakeExecutor());
        byte[] one = Files.readAllBytes(dir.resolve("one/results.csv"));
        assertThat(one).isEqualTo(Files.readAllBytes(dir.resolve("four/results.csv")));
        assertThat(Files.readAllBytes(dir.resolve("one/per-function.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("four/per-function.csv")));
        List<String[]> rows = new CSVReader(new StringReader(new String(one, java.nio.charset.StandardCharsets.UTF_8))).readAll();
        assertThat(rows).hasSize(1 + 28);
        assertThat(rows.get(1)[0]).isEqualTo("s0 [arch=x86_64]");
        assertThat(rows.get(2)[0]).isEqualTo("s0 [arch=arm64]");
        assertThat(rows.get(0)).contains("ec2_t4g.small_usd", "ec2_m7g.large_usd", "cheapest_option", "lambda_total_usd");
    }

    @Test
    void badRowsAppearWithStatusErrorAndTheirMessage() throws Exception {
        BatchRunner.Result r = run(batch(), "out", 2, false, new FakeExecutor());
        assertThat(r.failed()).isEqualTo(4); // bad and explode, each at two architectures
        List<String[]> rows = new CSVReader(Files.newBufferedReader(r.resultsCsv())).readAll();
        List<String> header = List.of(rows.get(0));
        int status = header.indexOf("status");
        int message = header.indexOf("message");
        String[] bad = rows.get(25);
        assertThat(bad[0]).isEqualTo("bad [arch=x86_64]");
        assertThat(bad[status]).isEqualTo("error");
        assertThat(bad[message]).isEqualTo("scenarios.csv row 14, column memory_mb: '64': expected a whole number from 128 to 10240");
        String[] exploded = rows.get(27);
        assertThat(exploded[status]).isEqualTo("error");
        assertThat(exploded[message]).isEqualTo("row 15: unknown keep-alive policy 'forever'");
        assertThat(rows.get(1)[status]).isEqualTo("ok");
    }

    @Test
    void resumeSkipsWhatFinishedAndGivesTheSameFile() throws Exception {
        ScenarioFile.Batch b = batch();
        FakeExecutor first = new FakeExecutor();
        run(b, "out", 2, false, first);
        byte[] before = Files.readAllBytes(dir.resolve("out/results.csv"));
        // a crash after some scenarios: drop two records, as if they never finished
        Path store = dir.resolve("out/scenarios");
        try (var files = Files.list(store)) {
            List<Path> json = files.sorted().toList();
            Files.delete(json.get(0));
            Files.delete(json.get(5));
        }
        FakeExecutor second = new FakeExecutor();
        BatchRunner.Result r = run(b, "out", 2, true, second);
        // the two dropped ones rerun, and the explode ones (errors are always retried)
        assertThat(second.runs.get()).isEqualTo(2 + 2);
        assertThat(r.reused()).isEqualTo(24 - 2);
        assertThat(Files.readAllBytes(dir.resolve("out/results.csv"))).isEqualTo(before);
    }

    @Test
    void aNewBatchLeavesForeignFilesAloneAndRemovesItsOwnStaleOutput() throws Exception {
        // Issue 11: a batch without --resume deleted every *.json in out/scenarios, and an earlier
        // run's per-function.csv stayed beside new results.
        ScenarioFile.Batch b = batch();
        run(b, "out", 2, false, new FakeExecutor()); // writes per-function.csv
        Path foreign = Files.writeString(dir.resolve("out/scenarios/my-notes.json"), "{\"name\": \"not lambdasim's\"}");
        Path mine = Files.writeString(dir.resolve("out/keep.txt"), "mine");
        BatchRunner.run(b, new FakeExecutor(), new BatchRunner.Options(dir.resolve("out"), 2, false, false, false),
                BatchProgress.NONE);
        assertThat(foreign).exists().hasContent("{\"name\": \"not lambdasim's\"}");
        assertThat(mine).exists();
        assertThat(dir.resolve("out/per-function.csv")).as("stale output of the earlier run").doesNotExist();
        assertThat(dir.resolve("out/results.csv")).exists();
    }

    @Test
    void aBatchNeverWritesOntoItsScenarioFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path f = Files.writeString(out.resolve("results.csv"), "name,generate\na,poisson(1/s);duration=const(10ms)\n");
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of());
        assertThatThrownBy(() -> BatchRunner.run(b, new FakeExecutor(), new BatchRunner.Options(out, 1, false, false, false),
                BatchProgress.NONE)).hasMessageContaining("is the input");
        assertThat(f).hasContent("name,generate\na,poisson(1/s);duration=const(10ms)\n");
    }

    @Test
    void aThreadCountBelowOneIsAnError() {
        assertThat(BatchRunner.Options.threads(null)).isEqualTo(BatchRunner.Options.ALL_CORES);
        assertThat(BatchRunner.Options.threads(3)).isEqualTo(3);
        assertThatThrownBy(() -> BatchRunner.Options.threads(0)).hasMessageStartingWith("0: expected 1 or more");
        assertThatThrownBy(() -> BatchRunner.Options.threads(-1)).hasMessageStartingWith("-1: expected 1 or more");
    }
}
