package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lambdasim calibrate}: the contract of issue 14 on the bundled example and on logs that cannot support a fit. */
class CalibrateCommandTest {

    static final Path EXAMPLE = Path.of("..", "examples", "traces", "orders-cloudwatch.log");

    /** One REPORT line of the text export: time, log stream, then the fields. */
    static String line(String time, String stream, double durationMs, Double initMs) {
        return time + " " + stream + " REPORT RequestId: 0000" + time.hashCode() + "\tDuration: " + durationMs
                + " ms\tBilled Duration: " + (long) Math.ceil(durationMs + (initMs == null ? 0 : initMs))
                + " ms\tMemory Size: 512 MB\tMax Memory Used: 60 MB\t" + (initMs == null ? "" : "Init Duration: " + initMs + " ms\t");
    }

    static Path write(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void bundledExamplePrintsTheCheckWithTheColdStartError() {
        CommandRun r = CommandRun.of("calibrate", EXAMPLE.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("orders-cloudwatch: 1,194 invocations, 5 environments (inferred: no log stream), 5 cold "
                + "starts observed");
        assertThat(r.out).contains("Check: the logs replayed with the fitted settings");
        assertThat(r.out).containsPattern("orders-cloudwatch +5 / \\d+");
        assertThat(r.out).containsPattern("cold starts off by [+-]\\d+\\.\\d%");
    }

    @Test
    void jsonHasExactlyTheIssueKeys() {
        CommandRun r = CommandRun.of("calibrate", EXAMPLE.toString(), "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode j = r.json();
        assertThat(names(j)).containsExactly("functions");
        JsonNode f = j.get("functions").get(0);
        assertThat(names(f)).containsExactly("function", "invocations", "environments", "keepAlive", "init", "cpuFraction",
                "observed", "simulated", "notes");
        assertThat(names(f.get("keepAlive"))).containsExactly("fixedSeconds", "lowSeconds", "highSeconds", "bounded", "policy");
        assertThat(names(f.get("init"))).containsExactly("meanMs", "p99Ms");
        assertThat(names(f.get("observed"))).containsExactly("coldStarts");
        assertThat(names(f.get("simulated"))).containsExactly("coldStarts");
        assertThat(f.get("invocations").asLong()).isEqualTo(1194);
        assertThat(f.get("observed").get("coldStarts").asLong()).isEqualTo(5);
        // the five cold starts' Init Duration in the file average 257.1 ms
        assertThat(f.get("init").get("meanMs").asDouble()).isEqualTo(257.1);
        // one memory size (1024 MB) and no Power Tuning file: the CPU share is null, and a note says why
        assertThat(f.get("cpuFraction").isNull()).isTrue();
        assertThat(f.get("notes").toString()).contains("every invocation ran at 1024 MB");
        JsonNode k = f.get("keepAlive");
        assertThat(k.get("bounded").asBoolean()).isTrue();
        assertThat(k.get("lowSeconds").asDouble()).isLessThanOrEqualTo(k.get("fixedSeconds").asDouble());
        assertThat(k.get("highSeconds").asDouble()).isGreaterThanOrEqualTo(k.get("fixedSeconds").asDouble());
        assertThat(k.get("policy").asText()).startsWith("fixed:");
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void logsWithoutAColdStartSayWhatCannotBeFitted(@TempDir Path dir) throws IOException {
        Path log = write(dir, "api.log",
                line("2026-03-01T10:00:00.100Z", "2026/03/01/[$LATEST]aaa", 50.0, null),
                line("2026-03-01T10:05:00.100Z", "2026/03/01/[$LATEST]aaa", 50.0, null),
                line("2026-03-01T10:06:00.100Z", "2026/03/01/[$LATEST]bbb", 40.0, null),
                line("2026-03-01T10:20:00.100Z", "2026/03/01/[$LATEST]bbb", 40.0, null));
        CommandRun r = CommandRun.of("calibrate", log.toString(), "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode f = r.json().get("functions").get(0);
        JsonNode k = f.get("keepAlive");
        assertThat(k.get("bounded").asBoolean()).isFalse();
        assertThat(k.get("fixedSeconds").isNull()).isTrue();
        assertThat(k.get("policy").isNull()).isTrue();
        // what the data do say: environment bbb ended at 10:06:00.100 and was reused by the call that
        // ended at 10:20:00.100 after 40 ms, i.e. started at 10:20:00.060: 839.96 s idle, 840.0 to 0.1 s
        assertThat(k.get("lowSeconds").asDouble()).isEqualTo(840.0);
        assertThat(k.get("highSeconds").isNull()).isTrue();
        assertThat(f.get("init").get("meanMs").isNull()).isTrue();
        assertThat(f.get("notes").toString()).contains("the logs hold no cold start", "no REPORT line carried an Init Duration");
        CommandRun text = CommandRun.of("calibrate", log.toString());
        assertThat(text.out).contains("keep-alive   not fitted: at least 14.0 min", "INIT         not fitted");
    }

    @Test
    void oneLogStreamCannotBoundTheKeepAliveFromAbove(@TempDir Path dir) throws IOException {
        Path log = write(dir, "worker.log",
                line("2026-03-01T10:00:00.500Z", "2026/03/01/[$LATEST]only", 100.0, 300.0),
                line("2026-03-01T10:03:00.100Z", "2026/03/01/[$LATEST]only", 100.0, null),
                line("2026-03-01T10:09:00.100Z", "2026/03/01/[$LATEST]only", 100.0, null));
        CommandRun r = CommandRun.of("calibrate", log.toString(), "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode f = r.json().get("functions").get(0);
        assertThat(f.get("environments").asInt()).isEqualTo(1);
        assertThat(f.get("keepAlive").get("bounded").asBoolean()).isFalse();
        assertThat(f.get("keepAlive").get("lowSeconds").asDouble()).isEqualTo(359.9); // 10:03:00.100 to 10:09:00.000
        assertThat(f.get("init").get("meanMs").asDouble()).isEqualTo(300.0);
        assertThat(f.get("init").get("p99Ms").isNull()).isTrue();
        assertThat(f.get("notes").toString()).contains("keep-alive not bounded above", "one INIT observed");
    }

    @Test
    void aFunctionSeenOnceIsSaidSo(@TempDir Path dir) throws IOException {
        Path log = write(dir, "once.log", line("2026-03-01T10:00:00.500Z", "2026/03/01/[$LATEST]x", 80.0, 250.0));
        CommandRun r = CommandRun.of("calibrate", log.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("the function was seen once", "keep-alive   not fitted", "one INIT observed");
    }

    @Test
    void unreadableInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        CommandRun missing = CommandRun.of("calibrate", dir.resolve("nope.log").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err.strip()).doesNotContain("\n").contains("nope.log");
        Path junk = write(dir, "junk.log", "hello", "world");
        CommandRun bad = CommandRun.of("calibrate", junk.toString());
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.strip()).doesNotContain("\n").startsWith("lambdasim calibrate: ");
    }

    @Test
    void neverWritesOntoALogAndKeepsItWhole(@TempDir Path dir) throws IOException {
        Path log = write(dir, "api.log", line("2026-03-01T10:00:00.500Z", "s1", 80.0, 250.0));
        String before = Files.readString(log);
        CommandRun r = CommandRun.of("calibrate", log.toString(), "-o", log.toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("is the input");
        assertThat(Files.readString(log)).isEqualTo(before);
    }

    @Test
    void theFunctionsFileIsReadBySimulate(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("functions.yaml");
        CommandRun c = CommandRun.of("calibrate", EXAMPLE.toString(), "-o", yaml.toString());
        assertThat(c.exitCode).as(c.err).isZero();
        assertThat(Files.readString(yaml)).contains("\"orders-cloudwatch\":", "keep_alive: \"fixed:", "keep_alive_range: \"fixed:",
                "init: \"lognormal(257.1ms,");
        CommandRun s = CommandRun.of("simulate", "--trace", EXAMPLE.toString(), "--functions", yaml.toString(), "--json");
        assertThat(s.exitCode).as(s.err).isZero();
        assertThat(s.json().get("coldStarts").asLong()).isEqualTo(5);
    }

    @Test
    void reportSectionIsAPageAndJoinsTheBatchReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CommandRun c = CommandRun.of("calibrate", EXAMPLE.toString(), "--report", out.toString());
        assertThat(c.exitCode).as(c.err).isZero();
        Path page = out.resolve("calibration.html");
        String html = Files.readString(page);
        assertThat(html).contains("Calibration from the logs", "orders-cloudwatch", "data:image/png;base64,",
                "Check: the logs replayed with the fitted settings");
        // well-formed XHTML, like the batch report
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page.toFile());
        Path csv = dir.resolve("scenarios.csv");
        Files.writeString(csv, "name,trace\norders," + EXAMPLE.toAbsolutePath() + "\n");
        CommandRun b = CommandRun.of("batch", csv.toString(), "-o", out.toString(), "--report");
        assertThat(b.exitCode).as(b.out + b.err).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Calibration from the logs");
    }
}
