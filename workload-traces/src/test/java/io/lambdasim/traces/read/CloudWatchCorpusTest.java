package io.lambdasim.traces.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.TraceStats;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real CloudWatch files users hold (src/test/resources/corpus/cloudwatch, sources in its
 * README.md). Each expected number is what a person reads in the file: the REPORT fields as
 * printed, INIT as the cold-start marker, and start = end − duration − INIT.
 */
class CloudWatchCorpusTest {

    @TempDir
    Path tmp;

    static Path corpus(String name) {
        try {
            return Path.of(CloudWatchCorpusTest.class.getResource("/corpus/cloudwatch/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything the test asserts, read row by row in start order. */
    private record Read(InvocationArrays rows, boolean newestFirst) {
        int size() {
            return rows.size();
        }

        long cold() {
            long n = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.initUs(i) != InvocationCursor.MISSING) {
                    n++;
                }
            }
            return n;
        }

        List<Long> durations() {
            List<Long> d = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                d.add(rows.durationUs(i));
            }
            return d;
        }

        List<Long> billed() {
            List<Long> d = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                d.add(rows.billedUs(i));
            }
            return d;
        }

        List<Integer> memory() {
            List<Integer> d = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                d.add(rows.memoryMb(i));
            }
            return d;
        }
    }

    private static Read read(Path file) {
        assertThat(Traces.detect(file)).isEqualTo(TraceFormat.CLOUDWATCH);
        try (InvocationCursor c = Traces.open(file, null, ReadOptions.DEFAULTS)) {
            InvocationArrays a = InvocationArrays.record(c);
            return new Read(a, ((ReorderingCursor) c).newestFirst());
        }
    }

    private static Read read(String name) {
        return read(corpus(name));
    }

    @Test
    void samLogsTailOfASnapStartRestore() {
        // One REPORT: Duration 2338.66, Billed 2521, 3009 MB, Restore 398.97 (the cold start's
        // latency), Billed Restore 182 (what AWS billed of it: 2338.66 + 182 -> 2521).
        Read r = read("sam-logs-tail-snapstart.log");
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.cold()).isEqualTo(1);
        assertThat(r.rows.initUs(0)).isEqualTo(398_970);
        assertThat(r.rows.initBilledUs(0)).isEqualTo(182_000);
        assertThat(r.durations()).containsExactly(2_338_660L);
        assertThat(r.billed()).containsExactly(2_521_000L);
        assertThat(r.memory()).containsExactly(3009);
        assertThat(r.rows.maxMemoryUsedMb(0)).isEqualTo(173);
        assertThat(r.rows.environments().names()).containsExactly("2023/06/02/[72]88ab219a63d343d294d0a9947e8ab36a");
    }

    @Test
    void samLogsTailOfAFailedInitAndItsSuppressedRetry() {
        // INIT_REPORT 1670.77 ms (Phase: init, error) before the request, then 1712.41 ms
        // (Phase: invoke, error) inside it: REPORT Duration 1713.36 holds the retry, so the handler's
        // own time is 1713.36 - 1712.41 = 0.95 ms and the observed INIT 1670.77 + 1712.41 = 3383.18 ms.
        Read r = read("sam-logs-tail-init-error.log");
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.cold()).isEqualTo(1);
        assertThat(r.rows.initUs(0)).isEqualTo(3_383_180);
        assertThat(r.durations()).containsExactly(950L);
        assertThat(r.billed()).containsExactly(1_714_000L);
        assertThat(r.memory()).containsExactly(3008);
        assertThat(r.rows.maxMemoryUsedMb(0)).isEqualTo(102);
    }

    @Test
    void getLogEventsFromTheDeveloperGuide() {
        // The same REPORT in two pages of the guide: 26.73 ms at 128 MB, billed 100 ms (the 100 ms
        // era, java-logging) and 27 ms (powershell-logging); no Init Duration: warm.
        Read java = read("get-log-events-java-guide.json");
        assertThat(java.size()).isEqualTo(1);
        assertThat(java.cold()).isZero();
        assertThat(java.durations()).containsExactly(26_730L);
        assertThat(java.billed()).containsExactly(100_000L);
        assertThat(java.memory()).containsExactly(128);
        Read ps = read("get-log-events-powershell-guide.json");
        assertThat(ps.durations()).containsExactly(26_730L);
        assertThat(ps.billed()).containsExactly(27_000L);
        assertThat(ps.rows.maxMemoryUsedMb(0)).isEqualTo(75);
    }

    @Test
    void colderGetLogEventsAndTheSameInvocationFromSamLogs() {
        // 432.64 ms + Init 164.98 ms at 128 MB, billed 500 (2020): in get-log-events JSON and in
        // `sam logs` text (stream first), the same numbers.
        for (String name : List.of("get-log-events-hello-lambda.json", "sam-logs-hello-lambda.log")) {
            Read r = read(name);
            assertThat(r.size()).as(name).isEqualTo(1);
            assertThat(r.cold()).as(name).isEqualTo(1);
            assertThat(r.rows.initUs(0)).as(name).isEqualTo(164_980);
            assertThat(r.durations()).as(name).containsExactly(432_640L);
            assertThat(r.billed()).as(name).containsExactly(500_000L);
            assertThat(r.memory()).as(name).containsExactly(128);
            assertThat(r.rows.maxMemoryUsedMb(0)).as(name).isEqualTo(62);
        }
        Read bad = read("get-log-events-bad-handler.json");
        assertThat(bad.size()).isEqualTo(1);
        assertThat(bad.rows.initUs(0)).isEqualTo(130_050);
        assertThat(bad.durations()).containsExactly(2_070L);
        assertThat(bad.billed()).containsExactly(100_000L);
        assertThat(bad.rows.maxMemoryUsedMb(0)).isEqualTo(49);
    }

    @Test
    void subscriptionPayloadDecodedAndAsFirehoseDeliversIt() throws IOException {
        // DATA_MESSAGE of /aws/lambda/echo-nodejs: one REPORT, 46.84 ms, billed 47, 192 MB.
        Read r = read("subscription-data-message.json");
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.cold()).isZero();
        assertThat(r.durations()).containsExactly(46_840L);
        assertThat(r.billed()).containsExactly(47_000L);
        assertThat(r.memory()).containsExactly(192);
        assertThat(r.rows.functions().names()).containsExactly("echo-nodejs");
        assertThat(r.rows.environments().names()).containsExactly("2019/03/13/[$LATEST]94fa867e5374431291a7fc14e2f56ae7");
        // Firehose writes each payload gzip-compressed, back to back in one S3 object: three members.
        byte[] payload = Files.readAllBytes(corpus("subscription-data-message.json"));
        Path firehose = tmp.resolve("firehose-object");
        try (OutputStream out = Files.newOutputStream(firehose)) {
            for (int i = 0; i < 3; i++) {
                GZIPOutputStream gz = new GZIPOutputStream(out);
                gz.write(payload);
                gz.finish();
            }
        }
        Read three = read(firehose);
        assertThat(three.size()).isEqualTo(3);
        assertThat(three.durations()).containsExactly(46_840L, 46_840L, 46_840L);
        // One per line (decoded payloads appended to a file) reads the same.
        Path lines = tmp.resolve("payloads.jsonl");
        String one = Files.readString(corpus("subscription-data-message.json")).replace("\n", "");
        Files.writeString(lines, one + "\n" + one + "\n");
        assertThat(read(lines).size()).isEqualTo(2);
    }

    @Test
    void logsInsightsTableOfReportFields() {
        // Six rows: @duration, @billedDuration, @initDuration (two cold), @memorySize in bytes
        // (1024000000 = 1024 MB), @maxMemoryUsed 118..120 MB.
        Read r = read("logs-insights-fields.md");
        assertThat(r.size()).isEqualTo(6);
        assertThat(r.cold()).isEqualTo(2);
        assertThat(r.rows.initUs(0)).isEqualTo(1_019_380);
        assertThat(r.rows.initUs(1)).isEqualTo(982_770);
        assertThat(r.durations()).containsExactly(2_455_000L, 3_496_990L, 2_378_470L, 3_270_250L, 2_874_280L, 3_381_140L);
        assertThat(r.billed()).containsExactly(2_455_000L, 3_497_000L, 2_379_000L, 3_271_000L, 2_875_000L, 3_382_000L);
        assertThat(r.memory()).containsOnly(1024);
        assertThat(r.rows.maxMemoryUsedMb(5)).isEqualTo(120);
        // Starts: 09:41:08.560 - 2455 - 1019.38 ms and 09:41:09.585 - 3496.99 - 982.77 ms: 19.62 ms apart.
        assertThat(r.rows.startUs(1) - r.rows.startUs(0)).isEqualTo(19_620);
    }

    @Test
    void logsInsightsTableOfMessagesCutByTheExport() {
        // Four REPORT messages at 1024 MB; the export cut each after "Init...", so no INIT value can
        // be read (a person cannot read one either). Ends 16:57:16.004 (2336.82 ms) and 16:57:17.614
        // (4155.33 ms): the second started first (16:57:13.45867 < 16:57:13.66718).
        Read r = read("logs-insights-messages.md");
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.cold()).isZero();
        assertThat(r.durations()).containsExactly(4_155_330L, 2_336_820L, 3_738_740L, 3_638_640L);
        assertThat(r.billed()).containsExactly(4_156_000L, 2_337_000L, 3_739_000L, 3_639_000L);
        assertThat(r.memory()).containsOnly(1024);
        assertThat(r.rows.startUs(1)).isEqualTo(208_510);
    }

    @Test
    void logsInsightsQueryResultsNewestFirst() {
        // get-query-results rows, newest first as Insights sorts them: five REPORTs (1.85, 1.44,
        // 1.49 ms on 2023-12-04; 5.93 ms + Init 145.69 and 14.97 ms on 2023-12-05), all 128 MB.
        Read r = read("logs-insights-query-results-newest-first.json");
        assertThat(r.newestFirst()).isTrue();
        assertThat(r.size()).isEqualTo(5);
        assertThat(r.cold()).isEqualTo(1);
        assertThat(r.durations()).containsExactly(1_850L, 1_440L, 1_490L, 5_930L, 14_970L);
        assertThat(r.billed()).containsExactly(2_000L, 2_000L, 2_000L, 6_000L, 15_000L);
        assertThat(r.memory()).containsOnly(128);
        assertThat(r.rows.initUs(3)).isEqualTo(145_690);
        assertThat(r.rows.environments().size()).isEqualTo(2);
        // 21:47:01.842 - 1.85 ms to 21:47:02.590 - 1.44 ms.
        assertThat(r.rows.startUs(1)).isEqualTo(748_410);
    }

    @Test
    void jsonSystemLogRecords() {
        // Telemetry API example: 693.92 ms + INIT 397.68, billed 694, 128 MB.
        Read t = read("telemetry-platform-report.json");
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.rows.initUs(0)).isEqualTo(397_680);
        assertThat(t.durations()).containsExactly(693_920L);
        assertThat(t.billed()).containsExactly(694_000L);
        assertThat(t.memory()).containsExactly(128);
        // Logs API example: three concatenated records, one platform.report: 101.51 ms + INIT 116.67, billed 300, 512 MB.
        Read l = read("logs-api-platform-records.json");
        assertThat(l.size()).isEqualTo(1);
        assertThat(l.rows.initUs(0)).isEqualTo(116_670);
        assertThat(l.durations()).containsExactly(101_510L);
        assertThat(l.billed()).containsExactly(300_000L);
        assertThat(l.memory()).containsExactly(512);
    }

    @Test
    void consoleCopyOfAJsonLogFormatFunctionWithItsApplicationLogs() {
        // Two platform.report records (each shown pretty and on one line), application records with
        // ISO "timestamp" in between: 1233.96 ms + INIT 463.512 (billed 1698), then 1072.145 ms (1073), 256 MB.
        Read r = read("console-copy-json-log-format.txt");
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.cold()).isEqualTo(1);
        assertThat(r.rows.initUs(0)).isEqualTo(463_512);
        assertThat(r.durations()).containsExactly(1_233_960L, 1_072_145L);
        assertThat(r.billed()).containsExactly(1_698_000L, 1_073_000L);
        assertThat(r.memory()).containsOnly(256);
    }

    @Test
    void reportWhoseTabsBecameSpacesAndStringTimestamps() {
        // REPORT fields separated by four spaces; timestamps as strings of ms. 1013.31 ms + Init
        // 111.94 (billed 1014), then 665.52 ms (666), 128 MB.
        Read r = read("lambda-forge-events-spaces.json");
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.cold()).isEqualTo(1);
        assertThat(r.rows.initUs(0)).isEqualTo(111_940);
        assertThat(r.durations()).containsExactly(1_013_310L, 665_520L);
        assertThat(r.billed()).containsExactly(1_014_000L, 666_000L);
        assertThat(r.memory()).containsOnly(128);
        assertThat(r.rows.maxMemoryUsedMb(1)).isEqualTo(47);
    }

    @Test
    void traceStatsShowsTheMemoryMixOfAPowerTuningRun() throws IOException {
        // Power Tuning leaves one function's REPORTs at several memory sizes: each row keeps its own.
        Path f = tmp.resolve("mixed.log");
        Files.writeString(f, "2024-03-01T12:00:01.000Z REPORT RequestId: a\tDuration: 800.00 ms\tBilled Duration: 800 ms\tMemory Size: 128 MB\t\n"
                + "2024-03-01T12:00:02.000Z REPORT RequestId: b\tDuration: 400.00 ms\tBilled Duration: 400 ms\tMemory Size: 256 MB\t\n"
                + "2024-03-01T12:00:03.000Z REPORT RequestId: c\tDuration: 390.00 ms\tBilled Duration: 390 ms\tMemory Size: 256 MB\t\n");
        try (InvocationCursor c = Traces.open(f)) {
            TraceStats s = TraceStats.of(c);
            assertThat(s.memorySizesMb()).hasSize(2).containsEntry(128, 1L).containsEntry(256, 2L);
        }
    }
}
