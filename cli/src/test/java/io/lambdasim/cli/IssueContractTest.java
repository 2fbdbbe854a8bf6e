package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line exactly as issues 2 to 6 spell it: command names, flags, JSON keys and the
 * workload spec syntax are a contract that scripts rely on. Each test names the issue and the
 * line of {@code issues show N} it checks. Fixtures under {@code contract/} are hand-written;
 * the samples in {@code ../shared/data} are used only when present.
 */
class IssueContractTest {

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- helpers

    static Path fixture(String name) {
        try {
            return Path.of(IssueContractTest.class.getResource("contract/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fx(String name) {
        return fixture(name).toString();
    }

    /** Runs and insists on exit code 0, showing stderr when it is not. */
    static CommandRun ok(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.exitCode).as("exit code of %s%nstderr: %s", String.join(" ", args), r.err).isZero();
        return r;
    }

    static JsonNode json(String... args) {
        return ok(args).json();
    }

    /** Issue 2 line 29, issue 3 line 31: bad input exits 2 with a one-line message and no stack trace. */
    static CommandRun badInput(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.exitCode).as("exit code of %s%nstdout: %s%nstderr: %s", String.join(" ", args), r.out, r.err)
                .isEqualTo(2);
        assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err.strip().lines().findFirst().orElse("")).startsWith("lambdasim");
        return r;
    }

    static List<String> lines(Path file) throws IOException {
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        return Files.readAllLines(file);
    }

    /** Rows of a results.csv as header-keyed maps (values here hold no quoted commas we read). */
    static List<java.util.Map<String, String>> csvRows(Path file) throws IOException {
        List<String> all = Files.readAllLines(file);
        List<String> header = splitCsv(all.get(0));
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (String line : all.subList(1, all.size())) {
            List<String> cells = splitCsv(line);
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 split of one line (quotes and doubled quotes). */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** ../shared/data relative to the repository root (the top folder holding a pom.xml). */
    static Path sharedData() {
        Path p = Path.of("").toAbsolutePath();
        Path root = p;
        while (p != null) {
            if (Files.exists(p.resolve("pom.xml"))) {
                root = p;
            }
            p = p.getParent();
        }
        return root.resolveSibling("shared").resolve("data");
    }

    /** Count of rows in a generated lambdasim-csv file (header excluded). */
    long generatedCount(String spec) throws IOException {
        Path out = tmp.resolve("gen-" + Integer.toHexString(spec.hashCode()) + ".csv");
        ok("trace", "generate", spec, "-o", out.toString());
        return lines(out).size() - 1L;
    }

    // ---------------------------------------------------------------- global

    @Test
    void helpAndVersionOnTheRootAndEveryCommand() {
        // Issue 2 line 8: `lambdasim --help`, `lambdasim <command> --help`, `--version`.
        assertThat(ok("--help").out).contains("cost", "prices", "trace", "simulate", "breakeven", "sizing",
                "batch", "report", "demo");
        assertThat(ok("--version").out).startsWith("lambdasim");
        for (String[] cmd : new String[][] {{"cost"}, {"prices"}, {"prices", "list"}, {"prices", "import"},
                {"trace"}, {"trace", "stats"}, {"trace", "convert"}, {"trace", "generate"}, {"simulate"},
                {"breakeven"}, {"sizing"}, {"batch"}, {"report"}, {"demo"}}) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            assertThat(ok(args.toArray(String[]::new)).out).as(String.join(" ", cmd)).contains("Usage: lambdasim");
        }
        // Issue 3 line 24: `--help` shows a spec example.
        assertThat(ok("trace", "generate", "--help").out).contains("poisson(5/s)", "schedule(rate(");
    }

    // ---------------------------------------------------------------- issue 2: cost and prices

    @Nested
    class Issue2Cost {

        @Test
        void everyFlagOfTheCostLineWithItsJsonKeys() {
            // Issue 2 line 21: the full `lambdasim cost` line; line 22: the JSON keys.
            JsonNode j = json("cost", "--requests", "3000000", "--duration-ms", "120", "--memory-mb", "1536",
                    "--arch", "arm64", "--region", "us-east-1", "--rules", "aws-2025-08", "--free-tier",
                    "--init-ms", "250", "--cold-ratio", "0.01", "--ephemeral-mb", "2048", "--savings-plan", "0.17",
                    "--ec2", "t3.micro,m7g.large,mybox=0.0123", "--json");
            for (String key : List.of("requestCost", "computeCost", "storageCost", "provisionedCost", "totalCost",
                    "gbSeconds", "billedRequests", "ec2")) {
                assertThat(j.has(key)).as(key).isTrue();
            }
            // 3M × (0.12 s + 1% × 0.25 s INIT) × 1.5 GB = 540,000 + 11,250 = 551,250 GB-s.
            assertThat(j.get("gbSeconds").asDouble()).isCloseTo(551_250, within(0.5));
            // 3M requests less the 1M free = 2M billed.
            assertThat(j.get("billedRequests").asLong()).isEqualTo(2_000_000);
            // Ephemeral storage above 512 MB: 1.5 GB × ~367,500 s × $0.0000000309 ≈ $0.017.
            assertThat(j.get("storageCost").asDouble()).isBetween(0.0166, 0.0171);
            JsonNode ec2 = j.get("ec2");
            assertThat(ec2).hasSize(3);
            assertThat(ec2.get(2).get("type").asText()).isEqualTo("mybox");
            // mybox: 730 h × $0.0123 = $8.979 a month (issue 2 line 22: a month is 730 hours).
            assertThat(ec2.get(2).get("monthlyCost").asDouble()).isCloseTo(8.979, within(1e-9));
            for (JsonNode e : ec2) {
                assertThat(e.has("type") && e.has("monthlyCost") && e.has("breakEvenRequests")).isTrue();
            }
        }

        @Test
        void noFreeTierAndHours() {
            // Issue 2 line 21 `--no-free-tier`, line 22 `--hours`: 1,000 requests all billed; 720 h month.
            JsonNode j = json("cost", "--requests", "1000", "--duration-ms", "100", "--memory-mb", "512",
                    "--no-free-tier", "--hours", "720", "--ec2", "mybox=0.01", "--json");
            assertThat(j.get("billedRequests").asLong()).isEqualTo(1000);
            assertThat(j.get("ec2").get(0).get("monthlyCost").asDouble()).isCloseTo(7.20, within(1e-9));
        }

        @Test
        void mustHoldFigures() {
            // Issue 2 line 25: $2.73 total ($2.33 compute, $0.40 requests).
            JsonNode cur = json("cost", "--requests", "3000000", "--duration-ms", "120", "--memory-mb", "1536",
                    "--json");
            assertThat(cur.get("totalCost").asDouble()).isCloseTo(2.73, within(0.005));
            assertThat(cur.get("computeCost").asDouble()).isCloseTo(2.33, within(0.005));
            assertThat(cur.get("requestCost").asDouble()).isCloseTo(0.40, within(1e-9));
            // Issue 2 line 26: aws-2014, 3M × 1 s × 512 MB, free tier: $18.74.
            assertThat(json("cost", "--requests", "3000000", "--duration-ms", "1000", "--memory-mb", "512",
                    "--rules", "aws-2014", "--json").get("totalCost").asDouble()).isCloseTo(18.74, within(0.005));
            // Issue 2 line 27: 178.50 ms bills 200 ms (aws-2014) and 179 ms (aws-2020-12); 1 GB × 1,000.
            assertThat(json("cost", "--requests", "1000", "--duration-ms", "178.5", "--memory-mb", "1024",
                    "--rules", "aws-2014", "--json").get("gbSeconds").asDouble()).isEqualTo(200);
            assertThat(json("cost", "--requests", "1000", "--duration-ms", "178.5", "--memory-mb", "1024",
                    "--rules", "aws-2020-12", "--json").get("gbSeconds").asDouble()).isEqualTo(179);
        }

        @ParameterizedTest
        @CsvSource({
                // Issue 2 line 27: seed figures against a $9/month instance (0.012329 × 730 = $9.00).
                "128, 100, 21000000, 23000000",
                "1536, 1000, 340000, 380000",
                "1024, 150000, 3400, 3800"})
        void seedBreakEvenFigures(String memory, String durationMs, long low, long high) {
            JsonNode j = json("cost", "--requests", "1000", "--duration-ms", durationMs, "--memory-mb", memory,
                    "--rules", "aws-2014", "--no-free-tier", "--ec2", "t2=0.012329", "--json");
            assertThat(j.get("ec2").get(0).get("breakEvenRequests").asLong()).isBetween(low, high);
        }

        @Test
        void tieredComputeForTwentyBillionGbSeconds() {
            // Issue 2 line 28: 6 B × 0.0000166667 + 9 B × 0.000015 + 5 B × 0.0000133334
            // = 100,000.2 + 135,000 + 66,667 = $301,667.20 (lambda-billing.md tiers).
            JsonNode j = json("cost", "--requests", "20000000000", "--duration-ms", "1000", "--memory-mb", "1024",
                    "--no-free-tier", "--json");
            assertThat(j.get("computeCost").asDouble()).isCloseTo(301_667.20, within(0.01));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "--memory-mb=100", "--memory-mb=20000", "--requests=-5", "--region=mars-1", "--ec2=zz.huge",
                "--arch=sparc", "--rules=aws-1999", "--savings-plan=1.5", "--cold-ratio=2", "--ephemeral-mb=100",
                "--ec2=mybox=abc"})
        void badInputExitsTwoWithOneLine(String bad) {
            // Issue 2 line 29: one-line error naming the value, exit code 2, never a stack trace.
            List<String> args = new ArrayList<>(List.of("cost", "--duration-ms", "100"));
            if (!bad.startsWith("--requests")) {
                args.add("--requests=1000");
            }
            if (!bad.startsWith("--memory-mb")) {
                args.add("--memory-mb=512");
            }
            args.add(bad);
            CommandRun r = badInput(args.toArray(String[]::new));
            assertThat(r.err.strip().lines().count()).isEqualTo(1);
            String value = bad.substring(bad.indexOf('=') + 1);
            assertThat(r.err).contains(value.startsWith("mybox") ? "mybox" : value);
        }

        @Test
        void malformedPriceFileNamesFileAndPosition() {
            // Issue 2 line 29: a malformed price file names the file and the position.
            CommandRun r = badInput("cost", "--requests", "1000", "--duration-ms", "100", "--memory-mb", "512",
                    "--prices", fx("bad-prices.json"));
            assertThat(r.err).contains("bad-prices.json").containsPattern("line \\d+");
        }
    }

    @Nested
    class Issue2Prices {

        @Test
        void importListAndUseWithPricesEverywhere() throws IOException {
            // Issue 2 line 17: `prices import --offer FILE` writes a book every command accepts with --prices.
            Path book = tmp.resolve("book.json");
            ok("prices", "import", "--offer", fx("lambda-offer-contract.json"), "--offer",
                    fx("ec2-offer-contract.json"), "-o", book.toString());
            assertThat(book).exists();
            // Issue 2 line 18: `prices list` shows what the book holds.
            assertThat(ok("prices", "list").out).contains("us-east-1", "m7g.large");
            assertThat(ok("prices", "list", "--prices", book.toString()).out).contains("z9.contract");
            // Hand-made book: $0.40 per 1M requests, $0.00002 per GB-s, z9.contract at $0.05/h.
            // 3M × 1 s × 1 GB, no free tier: $1.20 + $60.00 = $61.20; z9 month 730 × 0.05 = $36.50,
            // break-even 36.5 / (0.0000004 + 0.00002) = 1,789,215.7 requests.
            JsonNode c = json("cost", "--requests", "3000000", "--duration-ms", "1000", "--memory-mb", "1024",
                    "--no-free-tier", "--prices", book.toString(), "--ec2", "z9.contract", "--json");
            assertThat(c.get("totalCost").asDouble()).isCloseTo(61.20, within(1e-6));
            assertThat(c.get("ec2").get(0).get("breakEvenRequests").asLong()).isBetween(1_789_215L, 1_789_216L);
            // The same book through simulate: 100 × 1 s × 1 GB, INIT 0: $0.00004 + $0.002 = $0.00204.
            JsonNode s = json("simulate", "--generate", "constant(1s);duration=const(1s);horizon=100s;memory=1024",
                    "--no-free-tier", "--init", "0ms", "--prices", book.toString(), "--json");
            assertThat(s.get("cost").get("total").asDouble()).isCloseTo(0.00204, within(1e-9));
            // breakeven with one instance: the same 1,789,216 as cost.
            JsonNode b = json("breakeven", "--duration-ms", "1000", "--memory-mb", "1024", "--no-free-tier",
                    "--prices", book.toString(), "--ec2", "z9.contract", "--min-instances", "1", "--json");
            assertThat(b.get("ec2").get(0).get("breakEvenRequests").asLong()).isBetween(1_789_215L, 1_789_216L);
            ok("sizing", "--generate", "constant(1s);duration=const(1s);horizon=100s", "--memory", "1024",
                    "--prices", book.toString(), "--json");
        }

        @Test
        void batchAcceptsPricesFlag() throws IOException {
            // Issue 2 line 17 ("every command accepts --prices FILE"), README "Every command that prices
            // anything accepts --prices FILE": batch prices every scenario.
            Path book = tmp.resolve("book.json");
            ok("prices", "import", "--offer", fx("lambda-offer-contract.json"), "-o", book.toString());
            Path out = tmp.resolve("out");
            ok("batch", fx("scenarios-one.csv"), "-o", out.toString(), "--prices", book.toString());
        }

        @Test
        void anEc2OnlyOfferStillGivesABookCostAccepts() throws IOException {
            // Issue 2 line 17: one offer file (here AmazonEC2 only) gives a book "every command accepts";
            // Lambda prices the offer lacks should come from the bundled book, not vanish.
            Path book = tmp.resolve("ec2-only.json");
            ok("prices", "import", "--offer", fx("ec2-offer-contract.json"), "-o", book.toString());
            JsonNode c = json("cost", "--requests", "1000000", "--duration-ms", "100", "--memory-mb", "512",
                    "--prices", book.toString(), "--ec2", "z9.contract", "--json");
            assertThat(c.get("ec2").get(0).get("monthlyCost").asDouble()).isCloseTo(36.5, within(1e-9));
        }
    }

    // ---------------------------------------------------------------- issue 3: traces and generators

    @Nested
    class Issue3Traces {

        @Test
        void statsJsonKeysForEveryFormat() {
            // Issue 3 line 27: keys invocations, functions, spanSeconds, observedColdStarts (null when unknown).
            JsonNode a = json("trace", "stats", fx("azure2021.csv"), "--json");
            assertThat(a.get("invocations").asLong()).isEqualTo(4);
            assertThat(a.get("functions").asLong()).isEqualTo(2);
            // Starts (end − duration): 10.0, 11.0, 11.0, 30.0 s: span 20 s.
            assertThat(a.get("spanSeconds").asDouble()).isCloseTo(20.0, within(1e-6));
            assertThat(a.has("observedColdStarts")).isTrue();
            assertThat(a.get("observedColdStarts").isNull()).isTrue();
            assertThat(json("trace", "stats", fx("minimal.csv"), "--json").get("observedColdStarts").isNull())
                    .isTrue();
            JsonNode n = json("trace", "stats", fx("native.csv"), "--json");
            assertThat(n.get("invocations").asLong()).isEqualTo(5);
            assertThat(n.get("observedColdStarts").asLong()).isEqualTo(2);
            assertThat(n.get("spanSeconds").asDouble()).isCloseTo(900.0, within(1e-6));
            assertThat(ok("trace", "stats", fx("native.csv")).out).contains("5");
        }

        @ParameterizedTest
        @CsvSource({"report.log, 3", "filter-log-events.json, 2", "platform-report.jsonl, 2"})
        void cloudwatchInAllThreeShapes(String file, long invocations) {
            // Issue 3 line 15 (three shapes), line 36 (Init Duration marks the one cold start).
            JsonNode j = json("trace", "stats", fx(file), "--format", "cloudwatch", "--json");
            assertThat(j.get("invocations").asLong()).isEqualTo(invocations);
            assertThat(j.get("observedColdStarts").asLong()).isEqualTo(1);
            assertThat(json("trace", "stats", fx(file), "--json").get("invocations").asLong())
                    .as("auto-detected").isEqualTo(invocations);
        }

        @Test
        void convertWritesNativeStartOrderedAndGzip() throws IOException {
            // Issue 3 line 28 `trace convert FILE -o OUT.csv[.gz]`; line 13 start = end − duration.
            Path out = tmp.resolve("a.csv");
            ok("trace", "convert", fx("azure2021.csv"), "-o", out.toString());
            assertThat(lines(out)).containsExactly("function,start_ms,duration_ms", "appA/f1,0,500",
                    "appA/f1,1000,1000", "appB/g1,1000,200", "appA/f1,20000,250");
            // Issue 3 line 36: the 2025-style REPORT line round-trips 395.99 / 265.72 / 662 exactly.
            Path gz = tmp.resolve("r.csv.gz");
            ok("trace", "convert", fx("report.log"), "-o", gz.toString());
            List<String> rows = lines(gz);
            List<String> header = splitCsv(rows.get(0));
            List<String> first = splitCsv(rows.get(1));
            assertThat(first.get(header.indexOf("duration_ms"))).isEqualTo("395.99");
            assertThat(first.get(header.indexOf("init_ms"))).isEqualTo("265.72");
            assertThat(first.get(header.indexOf("billed_ms"))).isEqualTo("662");
            assertThat(json("trace", "stats", gz.toString(), "--json").get("invocations").asLong()).isEqualTo(3);
        }

        @ParameterizedTest
        @CsvSource({"lambdasim-csv, minimal.csv", "azure2021, azure2021.csv", "cloudwatch, report.log"})
        void formatNames(String format, String file) {
            // Issue 3 line 11: formats named with --format.
            assertThat(json("trace", "stats", fx(file), "--format", format, "--json").get("invocations").asLong())
                    .isPositive();
        }

        @Test
        void malformedRowsStopOrAreSkippedAndCounted() {
            // Issue 3 line 31: error names file, line and field; exit 2.
            CommandRun r = badInput("trace", "stats", fx("bad-row.csv"));
            assertThat(r.err).contains("bad-row.csv", ":3", "duration_ms");
            badInput("simulate", "--trace", fx("bad-row.csv"));
            badInput("trace", "stats", fx("bad-row.csv"), "--format", "nonsense");
            // --skip-bad-rows skips and reports how many, with the first positions.
            JsonNode j = json("trace", "stats", fx("bad-row.csv"), "--skip-bad-rows", "--json");
            assertThat(j.get("invocations").asLong()).isEqualTo(2);
            assertThat(j.toString()).contains("bad-row.csv:3");
            assertThat(ok("trace", "convert", fx("bad-row.csv"), "--skip-bad-rows", "-o",
                    tmp.resolve("s.csv").toString()).out).contains("skipped 1");
        }

        @Test
        void simulateSkipBadRowsSaysHowMany() {
            // Issue 3 line 31: "--skip-bad-rows instead skips them and reports how many ... Nothing is
            // dropped silently" — simulate must say it skipped row 3.
            CommandRun text = ok("simulate", "--trace", fx("bad-row.csv"), "--skip-bad-rows");
            assertThat((text.out + text.err).toLowerCase()).contains("skipped");
            CommandRun js = ok("simulate", "--trace", fx("bad-row.csv"), "--skip-bad-rows", "--json");
            assertThat((js.out + js.err).toLowerCase()).contains("skipped");
        }

        @Test
        void generateAnywhereATraceIsAccepted() {
            // Issue 3 line 18: `--generate SPEC` anywhere a trace is accepted (trace stats / convert too).
            String spec = "constant(10s);duration=const(1s);horizon=1h";
            assertThat(json("trace", "stats", "--generate", spec, "--json").get("invocations").asLong())
                    .isEqualTo(360);
            ok("trace", "convert", "--generate", spec, "-o", tmp.resolve("c.csv").toString());
        }

        @Test
        void sharedAzure2021Sample() {
            // Issue 3 line 34: 199 invocations in start order (test skipped when the folder is absent).
            Path f = sharedData().resolve("azure2021/AzureFunctionsInvocationTrace2021.sample.csv");
            assumeTrue(Files.exists(f), "shared data absent");
            JsonNode j = json("trace", "stats", f.toString(), "--json");
            assertThat(j.get("invocations").asLong()).isEqualTo(199);
            assertThat(j.get("functions").asLong()).isEqualTo(31);
            // Issue 4 line 35: replays and has a cold start for each of its 31 functions at least.
            assertThat(json("simulate", "--trace", f.toString(), "--json").get("coldStarts").asLong())
                    .isGreaterThanOrEqualTo(31);
        }

        @Test
        void sharedAzure2019SampleCountsAddUp() throws IOException {
            // Issue 3 line 35: as many invocations as the minute counts add up to.
            Path f = sharedData().resolve("azure2019/invocations_per_function_md.anon.d01.sample.csv");
            assumeTrue(Files.exists(f), "shared data absent");
            long sum = 0;
            for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
                String[] cells = line.split(",");
                for (int i = 4; i < cells.length; i++) {
                    sum += Long.parseLong(cells[i].strip());
                }
            }
            for (String placement : List.of("uniform", "even", "poisson")) {
                assertThat(json("trace", "stats", f.toString(), "--format", "azure2019", "--placement", placement,
                        "--seed", "3", "--json").get("invocations").asLong()).isEqualTo(sum);
            }
        }
    }

    @Nested
    class Issue3Generators {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // Issue 3 line 37: the seed's warming example, 30 d / 9 min = 4,800.
                "schedule(rate(9 minutes));duration=const(10ms);horizon=30d | 4800",
                // Issue 3 line 21: constant(10s) is one every 10 s: 360 in an hour.
                "constant(10s);duration=const(1s);horizon=1h | 360",
                // Default horizon 1h (README/--help).
                "constant(10s);duration=const(1s) | 360",
                "schedule(rate(5 minutes));duration=uniform(10ms,50ms);horizon=1d | 288",
                "schedule(rate(1 minute));duration=const(1ms);horizon=1h | 60",
                "schedule(rate(2 hours));duration=const(1s);horizon=1d | 12",
                "schedule(rate(1 day));duration=const(1s);horizon=7d | 7",
                // EventBridge cron, every day at 12:00 for a week.
                "schedule(cron(0 12 * * ? *));duration=const(1s);horizon=7d | 7",
                // Issue 3 line 21: 0/15 8-18 MON-FRI: 11 hours × 4 × 5 weekdays = 220 in any 7 days.
                "schedule(cron(0/15 8-18 ? * MON-FRI *));duration=empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s);horizon=7d | 220",
                // Units us, ms, m, h, d (line 23).
                "constant(100ms);duration=const(500us);horizon=1s | 10",
                "constant(1m);duration=const(1m);horizon=1d | 1440",
                "constant(1h);duration=const(1s);horizon=2d | 48"})
        void deterministicCounts(String spec, long expected) throws IOException {
            assertThat(generatedCount(spec.strip())).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // Poisson counts: mean λT, bounds ±5 standard deviations (√λT).
                "poisson(5/s);duration=exp(120ms);horizon=1h | 18000",
                "poisson(60/m);duration=const(1s);horizon=2h | 7200",
                "poisson(3600/h);duration=lognormal(80ms,900ms);horizon=2h | 7200",
                // diurnal 1/s..50/s, peak 14:00: first hour ∫(25.5 + 24.5 cos(2π(t − 14 h)/24 h)) = 10,546.
                "diurnal(1/s..50/s);duration=const(10ms);horizon=1h | 10546",
                // peak=10:00 moves the crest four hours earlier: first hour integrates to 22,026.
                "diurnal(1/s..50/s,peak=10:00);duration=const(10ms);horizon=1h | 22026"})
        void randomCountsNearTheirMean(String spec, long mean) throws IOException {
            double sd = Math.sqrt(mean);
            assertThat(generatedCount(spec.strip())).isBetween((long) (mean - 5 * sd), (long) (mean + 5 * sd));
        }

        @Test
        void burstyJoinedFunctionsAndKeys() throws IOException {
            // Issue 3 line 20: ` + ` joins functions; function=, memory=, seed= keys.
            Path out = tmp.resolve("joined.csv");
            ok("trace", "generate", "bursty(1/s,100/s,30s,10m);duration=exp(120ms);horizon=10m;function=q;memory=256"
                    + " + constant(1m);duration=uniform(10ms,50ms);horizon=10m;function=cron;memory=1024;seed=7",
                    "-o", out.toString());
            List<String> rows = lines(out);
            List<String> header = splitCsv(rows.get(0));
            int fn = header.indexOf("function");
            int mem = header.indexOf("memory_mb");
            int dur = header.indexOf("duration_ms");
            assertThat(mem).as("memory_mb column written for memory=").isNotNegative();
            long q = 0;
            long cron = 0;
            for (String row : rows.subList(1, rows.size())) {
                List<String> c = splitCsv(row);
                if (c.get(fn).equals("q")) {
                    q++;
                    assertThat(c.get(mem)).isEqualTo("256");
                } else {
                    cron++;
                    assertThat(c.get(fn)).isEqualTo("cron");
                    assertThat(c.get(mem)).isEqualTo("1024");
                    assertThat(Double.parseDouble(c.get(dur))).isBetween(10.0, 50.0);
                }
            }
            assertThat(cron).isEqualTo(10);
            // At least the low rate (1/s) runs most of 10 minutes; the high rate caps it at 100/s.
            assertThat(q).isBetween(200L, 60_000L);
            JsonNode stats = json("trace", "stats", out.toString(), "--json");
            assertThat(stats.get("functions").asLong()).isEqualTo(2);
        }

        @Test
        void seedKeyReproducesAndVaries() throws IOException {
            // Issue 3 line 19: seeded, reproducible.
            Path a = tmp.resolve("a.csv");
            Path b = tmp.resolve("b.csv");
            Path c = tmp.resolve("c.csv");
            ok("trace", "generate", "poisson(1/s);duration=exp(100ms);horizon=5m;seed=5", "-o", a.toString());
            ok("trace", "generate", "poisson(1/s);duration=exp(100ms);horizon=5m;seed=5", "-o", b.toString());
            ok("trace", "generate", "poisson(1/s);duration=exp(100ms);horizon=5m;seed=6", "-o", c.toString());
            assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
            assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        }

        @ParameterizedTest
        @ValueSource(strings = {"poisson(5/s)", "poisson(5/x);duration=const(1ms)", "zzz(1s);duration=const(1ms)",
                "constant(1s);duration=const(1ms);horizon=-1h", "constant(1s);duration=lognormal(900ms,80ms)"})
        void badSpecsExitTwo(String spec) {
            // Issue 3 line 31 / issue 2 line 29: clear one-line error, exit 2.
            CommandRun r = badInput("trace", "generate", spec, "-o", tmp.resolve("x.csv").toString());
            assertThat(r.err.strip().lines().count()).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- issue 4: simulate

    @Nested
    class Issue4Simulate {

        static final String TEN_A_MINUTE = "constant(1m);duration=const(100ms);horizon=10m";

        JsonNode sim(String... extra) {
            return simOf(TEN_A_MINUTE, extra);
        }

        /** `simulate --generate SPEC --json EXTRA...`. */
        JsonNode simOf(String spec, String... extra) {
            List<String> args = new ArrayList<>(List.of("simulate", "--generate", spec, "--json"));
            args.addAll(List.of(extra));
            return json(args.toArray(String[]::new));
        }

        @Test
        void jsonKeys() {
            // Issue 4 line 24: the keys of `simulate --json`.
            JsonNode j = json("simulate", "--trace", fx("report.log"), "--format", "cloudwatch", "--json");
            for (String key : List.of("invocations", "coldStarts", "coldStartRatio", "throttled", "timeouts",
                    "errors", "dropped", "environments", "latencyMs", "billing", "cost", "observed")) {
                assertThat(j.has(key)).as(key).isTrue();
            }
            for (String key : List.of("created", "peak", "avgAlive", "avgBusy", "idleGbSeconds")) {
                assertThat(j.get("environments").has(key)).as("environments." + key).isTrue();
            }
            for (String key : List.of("p50", "p90", "p99", "max")) {
                assertThat(j.get("latencyMs").has(key)).as("latencyMs." + key).isTrue();
            }
            for (String key : List.of("billedMs", "gbSeconds", "initBilledMs", "requests")) {
                assertThat(j.get("billing").has(key)).as("billing." + key).isTrue();
            }
            for (String key : List.of("requests", "compute", "provisioned", "storage", "total")) {
                assertThat(j.get("cost").has(key)).as("cost." + key).isTrue();
            }
            // The log has one REPORT with Init Duration and billed 662 + 39 + 41 = 742 ms.
            assertThat(j.get("observed").get("coldStarts").asLong()).isEqualTo(1);
            assertThat(j.get("observed").get("billedMs").asLong()).isEqualTo(742);
            // Generated load carries no observations: no `observed` block.
            assertThat(sim().has("observed")).isFalse();
        }

        @Test
        void coldStartRatioIsColdStartsOverInvocations() {
            // Issue 4 line 20/24: coldStarts and "their ratio". native.csv: 5 invocations, one async
            // error retried twice; the ratio a script computes is coldStarts / invocations.
            JsonNode j = json("simulate", "--trace", fx("native.csv"), "--json");
            assertThat(j.get("coldStartRatio").asDouble()).isCloseTo(
                    j.get("coldStarts").asDouble() / j.get("invocations").asDouble(), within(1e-6));
        }

        @ParameterizedTest
        @CsvSource({
                // Issue 4 line 9: one arrival a minute for 10 minutes, 100 ms each.
                "fixed:10m, 1", "none, 10", "never, 1", "fixed:30s, 10", "random:5m-15m, 1"})
        void keepAlivePolicies(String policy, long cold) {
            JsonNode j = sim("--keep-alive", policy);
            assertThat(j.get("invocations").asLong()).isEqualTo(10);
            assertThat(j.get("coldStarts").asLong()).isEqualTo(cold);
        }

        @Test
        void hybridAndMaxLifetime() {
            // Issue 4 line 9: hybrid accepted; --max-lifetime recycles (5 min over 10 min: ≥ 2 cold).
            assertThat(sim("--keep-alive", "hybrid").get("coldStarts").asLong()).isBetween(1L, 10L);
            assertThat(sim("--max-lifetime", "5m").get("coldStarts").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(sim("--max-lifetime", "2h").get("coldStarts").asLong()).isEqualTo(1);
        }

        @Test
        void timeoutBillsTheTimeout() {
            // Issue 4 line 11 and line 32: 10 × 2 s with --timeout 1s: each stops at 1 s, is billed
            // 1,000 ms, and its environment is discarded (so each is cold: + 250 ms INIT billed).
            JsonNode j = simOf("constant(1m);duration=const(2s);horizon=10m", "--timeout", "1s");
            assertThat(j.get("timeouts").asLong()).isEqualTo(10);
            assertThat(j.get("coldStarts").asLong()).isEqualTo(10);
            assertThat(j.get("billing").get("billedMs").asLong()).isEqualTo(10 * 1000 + 10 * 250);
            assertThat(sim("--timeout", "900s").get("timeouts").asLong()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"--concurrency-limit=1", "--reserved=1"})
        void throttledSyncIsCountedNotBilled(String limit) {
            // Issue 4 line 10 and 32. One 3 s invocation a second for 10 s, room for one environment:
            // t=0 cold (250 ms INIT, busy to 3.25 s); 1, 2, 3 throttled; 4 warm (to 7); 5, 6 throttled;
            // 7 warm (completions before arrivals at equal times, line 17); 8, 9 throttled.
            // 7 throttled; billed 3 × 3,000 + 250 INIT = 9,250 ms.
            JsonNode j = simOf("constant(1s);duration=const(3s);horizon=10s", limit);
            assertThat(j.get("throttled").asLong()).isEqualTo(7);
            assertThat(j.get("coldStarts").asLong()).isEqualTo(1);
            assertThat(j.get("billing").get("billedMs").asLong()).isEqualTo(9250);
        }

        @Test
        void keepAliveNeverCreatesPeakConcurrency() {
            // Issue 4 line 32: with never, environments created equal the peak concurrency (4 here:
            // 3.25 s busy per arrival, one a second).
            JsonNode j = simOf("constant(1s);duration=const(3s);horizon=10s", "--keep-alive", "never");
            assertThat(j.get("environments").get("created").asLong()).isEqualTo(4);
            assertThat(j.get("environments").get("peak").asLong()).isEqualTo(4);
        }

        @ParameterizedTest
        @ValueSource(strings = {"runtime:python", "runtime:nodejs", "runtime:java", "runtime:java-snapstart",
                "runtime:dotnet", "runtime:provided", "runtime:container"})
        void initRuntimePresets(String preset) {
            // Issue 4 line 8: each runtime preset is a distribution: INIT billed, > 0, one cold start.
            JsonNode j = sim("--init", preset);
            assertThat(j.get("coldStarts").asLong()).isEqualTo(1);
            assertThat(j.get("billing").get("initBilledMs").asDouble()).isPositive();
        }

        @Test
        void constantInitAndScalingAndSeed() {
            // Issue 4 line 8: a constant INIT of 300 ms, billed under aws-2025-08 (issue 2 line 14).
            assertThat(sim("--init", "300ms").get("billing").get("initBilledMs").asDouble()).isEqualTo(300);
            // Line 10: --scaling legacy accepted.
            assertThat(sim("--scaling", "legacy").get("invocations").asLong()).isEqualTo(10);
            // Line 17: same inputs and seed, byte-identical output.
            String[] args = {"simulate", "--generate", "poisson(1/s);duration=exp(1s);horizon=2m", "--seed", "4",
                    "--init", "lognormal-sd(250ms,100ms)", "--json"};
            assertThat(ok(args).out).isEqualTo(ok(args).out);
        }

        @Test
        void memoryScalingFlags() {
            // Issue 4 line 12: a CPU-bound 100 ms measured at 512 MB runs 50 ms at 1,024 MB (both below
            // 1,769 MB, CPU share ∝ memory); INIT 250 ms scales to 125 ms. 10 × 50 + 125 = 625 ms.
            JsonNode j = sim("--memory-mb", "1024", "--reference-memory-mb", "512", "--cpu-fraction", "1",
                    "--threads", "1");
            assertThat(j.get("billing").get("billedMs").asLong()).isEqualTo(625);
        }

        @Test
        void provisionedConcurrency() {
            // Issue 4 line 13: --provisioned 2 keeps environments initialised: no cold start.
            assertThat(sim("--provisioned", "2").get("coldStarts").asLong()).isZero();
            // 10@08:00-20:00 at 1 GB over a day: 10 × 12 h × 3,600 s × 1 GB = 432,000 GB-s configured,
            // priced at $0.0000041667 (lambda-billing.md): $1.80.
            JsonNode j = simOf("constant(1h);duration=const(100ms);horizon=1d", "--memory-mb", "1024",
                    "--provisioned", "10@08:00-20:00");
            assertThat(j.get("cost").get("provisioned").asDouble()).isCloseTo(1.80, within(0.01));
        }

        @Test
        void warmersAreTheirOwnInvocations() {
            // Issue 4 line 13: warmers are their own scheduled invocations, "so their cost and their
            // effect on cold starts both show". A call every 20 min over 2 h (6 calls) with the default
            // 10 min keep-alive: every call is cold. A ping every 5 min keeps the environment alive, so
            // only the first call is cold.
            String spec = "constant(20m);duration=const(100ms);horizon=2h";
            assertThat(simOf(spec).get("coldStarts").asLong()).isEqualTo(6);
            JsonNode j = simOf(spec, "--warmer", "rate(5 minutes)");
            assertThat(j.get("warmerInvocations").asLong()).isGreaterThanOrEqualTo(20);
            assertThat(j.get("coldStarts").asLong()).isEqualTo(1);
        }

        @Test
        void functionsFileCsvAndYaml() throws IOException {
            // Issue 4 line 14: --functions FILE (CSV or YAML, name or glob).
            Path pf = tmp.resolve("pf.csv");
            ok("simulate", "--trace", fx("native.csv"), "--functions", fx("functions.csv"), "--per-function",
                    pf.toString());
            List<java.util.Map<String, String>> rows = csvRows(pf);
            assertThat(rows).extracting(r -> r.get("function")).containsExactlyInAnyOrder("api", "worker");
            assertThat(rows).filteredOn(r -> r.get("function").equals("api")).extracting(r -> r.get("memory_mb"))
                    .containsExactly("1024");
            assertThat(rows).filteredOn(r -> r.get("function").equals("worker"))
                    .extracting(r -> r.get("memory_mb")).containsExactly("2048");
            ok("simulate", "--trace", fx("native.csv"), "--functions", fx("functions.yaml"), "--json");
        }

        @Test
        void timelineWithBucket() throws IOException {
            // Issue 4 line 20: --timeline FILE --bucket 1m: concurrency, cold starts, throttles, cost.
            Path tl = tmp.resolve("tl.csv");
            ok("simulate", "--generate", TEN_A_MINUTE, "--timeline", tl.toString(), "--bucket", "1m");
            List<String> rows = lines(tl);
            assertThat(rows.get(0)).contains("cold_starts", "throttled", "cost");
            assertThat(rows.size() - 1).isBetween(10, 11);
            assertThat(rows.get(2)).startsWith("60,");
        }

        @Test
        void ec2AndRulesAndArchAndFormat() {
            // Issue 4 line 23: --ec2 TYPES, --arch, --rules, --format.
            JsonNode j = sim("--ec2", "t4g.small,mybox=0.02", "--arch", "arm64", "--rules", "aws-2020-12");
            assertThat(j.get("ec2")).extracting(e -> e.get("type").asText()).containsExactly("t4g.small", "mybox");
            // aws-2020-12: INIT of managed runtimes free.
            assertThat(j.get("billing").get("initBilledMs").asDouble()).isZero();
            assertThat(json("simulate", "--trace", fx("azure2021.csv"), "--format", "azure2021", "--json")
                    .get("invocations").asLong()).isEqualTo(4);
        }

        @Test
        void rules2014WithTheDefaultTimeout() {
            // Issue 4 line 23 `[--rules ...]` / issue 2 line 14: aws-2014 is selectable by name; the
            // user set no timeout, so the default must fit the rule set (300 s), not fail on 900 s.
            JsonNode j = sim("--rules", "aws-2014");
            // 100 ms rounding: 10 × 100 ms.
            assertThat(j.get("billing").get("billedMs").asLong()).isEqualTo(1000);
        }

        @Test
        void badSimulateInput() {
            // Issue 2 line 29 and issue 3 line 31 apply to simulate too.
            badInput("simulate", "--generate", TEN_A_MINUTE, "--memory-mb", "100");
            badInput("simulate", "--generate", TEN_A_MINUTE, "--keep-alive", "bogus");
            badInput("simulate", "--generate", TEN_A_MINUTE, "--region", "mars-1");
            badInput("simulate", "--generate", TEN_A_MINUTE, "--ec2", "zz.huge");
            badInput("simulate", "--trace", tmp.resolve("missing.csv").toString());
            badInput("simulate");
        }
    }

    // ---------------------------------------------------------------- issue 5: breakeven and sizing

    @Nested
    class Issue5 {

        @Test
        void analyticBreakevenLineAndCostAgreement() {
            // Issue 5 line 14: the analytic command line with --arch and --rules; table and --json.
            assertThat(ok("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2",
                    "m7g.large,c7g.large,t4g.small").out).contains("m7g.large", "c7g.large", "t4g.small");
            JsonNode j = json("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2",
                    "m7g.large,c7g.large,t4g.small", "--arch", "x86_64", "--rules", "aws-2025-08", "--json");
            assertThat(j.get("ec2")).extracting(e -> e.get("type").asText())
                    .containsExactly("m7g.large", "c7g.large", "t4g.small");
            // Issue 5 line 23: at the crossing, cost's total equals the fleet's cost within a cent.
            JsonNode m7g = j.get("ec2").get(0).get("crossings").get(0);
            long requests = m7g.get("requests").asLong();
            double lambda = json("cost", "--requests", Long.toString(requests), "--duration-ms", "200",
                    "--memory-mb", "512", "--json").get("totalCost").asDouble();
            assertThat(lambda).isCloseTo(m7g.get("ec2Cost").asDouble(), within(0.01));
        }

        @Test
        void seedCheck() {
            // Issue 5 line 24: aws-2014, no free tier, --ec2 t2=0.012329 --min-instances 1, 128 MB at
            // 100 ms: 9.00 / (0.2 × 10⁻⁶ + 0.125 GB × 0.1 s × 0.00001667) = 22.0 M requests.
            JsonNode j = json("breakeven", "--rules", "aws-2014", "--no-free-tier", "--ec2", "t2=0.012329",
                    "--min-instances", "1", "--duration-ms", "100", "--memory-mb", "128", "--json");
            assertThat(j.get("ec2").get(0).get("breakEvenRequests").asLong()).isBetween(21_500_000L, 22_500_000L);
        }

        @Test
        void csvPointsToFile() throws IOException {
            // Issue 5 line 14: --csv points for charts.
            Path csv = tmp.resolve("points.csv");
            ok("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2", "m7g.large", "--csv",
                    csv.toString());
            assertThat(lines(csv).get(0)).isEqualTo("option,requests,monthly_cost");
        }

        @Test
        void bareCsvFlagAsTheIssueWritesIt() {
            // Issue 5 line 14 writes "--csv" as a bare output switch beside "--json": it must work
            // without a file argument (CSV points on stdout).
            CommandRun r = ok("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2", "m7g.large",
                    "--csv");
            assertThat(r.out).contains("requests");
        }

        @Test
        void traceBasedBreakeven() {
            // Issue 5 line 15: --trace FILE (and --generate) scale the traffic and answer in words.
            JsonNode j = json("breakeven", "--trace", fx("native.csv"), "--ec2", "t4g.small", "--json");
            assertThat(j.get("ec2").get(0).has("breakEvenFactor")).isTrue();
            assertThat(ok("breakeven", "--generate", "poisson(2/s);duration=const(100ms);horizon=10m", "--ec2",
                    "t4g.small").out).contains("today's traffic");
        }

        @Test
        void sizingLineAndRecommendedKeys() {
            // Issue 5 line 18: every flag of the sizing line; `recommended: {memoryMb, arch, ...}`.
            JsonNode j = json("sizing", "--generate", "constant(10s);duration=const(1s);horizon=10m;memory=1769",
                    "--memory", "128,256,512,1024,1536,1769,2048,3008,4096,10240", "--strategy", "speed",
                    "--balanced-weight", "0.5", "--arch", "x86_64,arm64", "--cpu-fraction", "1", "--threads", "1",
                    "--json");
            assertThat(j.get("recommended").has("memoryMb")).isTrue();
            assertThat(j.get("recommended").has("arch")).isTrue();
            assertThat(j.get("rows")).hasSize(20);
            // Issue 5 line 26: CPU-bound, single thread: speed picks 1,769 MB or above.
            assertThat(j.get("recommended").get("memoryMb").asInt()).isGreaterThanOrEqualTo(1769);
            JsonNode cost = json("sizing", "--generate",
                    "constant(10s);duration=const(1s);horizon=10m;memory=1769", "--cpu-fraction", "1",
                    "--strategy", "cost", "--json");
            assertThat(cost.get("recommended").get("memoryMb").asInt()).isLessThanOrEqualTo(1769);
            // I/O-bound (cpu-fraction 0): cheapest at 128 MB.
            assertThat(json("sizing", "--trace", fx("minimal.csv"), "--cpu-fraction", "0", "--memory",
                    "128,512,1024", "--json").get("recommended").get("memoryMb").asInt()).isEqualTo(128);
        }

        @ParameterizedTest
        @CsvSource({
                // Issue 5 line 20. Hand-made Power Tuning output (power-tuning.json), same as calibration.csv:
                // 128 MB 1000 ms $2.0833e-6; 512 MB 200 ms $1.6667e-6; 1024 MB 120 ms $2.0e-6;
                // 2048 MB 100 ms $3.3333e-6. cost → 512; speed → 2048; balanced w=0.5:
                // 128 .8125, 512 .35, 1024 .36, 2048 .55 → 512; w=0.2: .925, .26, .216, .28 → 1024.
                "power-tuning.json, cost, 0.5, 512", "power-tuning.json, speed, 0.5, 2048",
                "power-tuning.json, balanced, 0.5, 512", "power-tuning.json, balanced, 0.2, 1024",
                "calibration.csv, cost, 0.5, 512", "calibration.csv, balanced, 0.2, 1024"})
        void calibratedSizingAgreesWithPowerTuning(String file, String strategy, String weight, int memory) {
            JsonNode j = json("sizing", "--generate", "constant(10s);duration=const(200ms);horizon=1h;memory=512",
                    "--memory", "128,512,1024,2048", "--calibration", fx(file), "--strategy", strategy,
                    "--balanced-weight", weight, "--json");
            assertThat(j.get("recommended").get("memoryMb").asInt()).isEqualTo(memory);
            assertThat(j.toString()).contains("calibrat");
        }

        @Test
        void badBreakevenAndSizingInput() {
            badInput("breakeven", "--duration-ms", "100", "--memory-mb", "100", "--ec2", "t4g.small");
            badInput("breakeven", "--duration-ms", "100", "--memory-mb", "512", "--ec2", "zz.huge");
            badInput("sizing", "--trace", fx("minimal.csv"), "--memory", "100,512");
            badInput("sizing", "--trace", fx("minimal.csv"), "--strategy", "cheap");
            badInput("sizing", "--memory", "512");
        }
    }

    // ---------------------------------------------------------------- issue 6: batch, report, demo

    @Nested
    class Issue6 {

        @Test
        void everyScenarioColumnRuns() throws IOException {
            // Issue 6 line 7: every named column (name, trace, format, generate, memory_mb, arch, region,
            // rules, keep_alive, timeout, concurrency_limit, reserved, provisioned, init, free_tier,
            // savings_plan, ec2, fleet, traffic_scale, seed); line 8: out/results.csv.
            Path out = tmp.resolve("out");
            CommandRun r = ok("batch", fx("scenarios.csv"), "-o", out.toString());
            assertThat(r.exitCode).isZero();
            List<java.util.Map<String, String>> rows = csvRows(out.resolve("results.csv"));
            assertThat(rows).extracting(m -> m.get("name"))
                    .containsExactlyInAnyOrder("native-trace", "gen-all", "gen-defaults");
            assertThat(rows).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("ok"));
            java.util.Map<String, String> genAll = rows.stream().filter(m -> m.get("name").equals("gen-all"))
                    .findFirst().orElseThrow();
            // traffic_scale 2 doubles 60 invocations (one per 10 s over 10 min); provisioned 1: no cold.
            assertThat(genAll.get("invocations")).isEqualTo("120");
            assertThat(genAll.get("cold_starts")).isEqualTo("0");
            assertThat(rows.get(0).keySet()).contains("invocations", "cold_starts", "cold_start_ratio",
                    "latency_p50_ms", "latency_p99_ms", "lambda_total_usd", "cheapest_option", "message");
        }

        @ParameterizedTest
        @CsvSource({"scenarios-bad.csv, memory_mb", "scenarios-badcol.csv, colour",
                "scenarios-missing.csv, trace"})
        void badRowIsAnErrorRowAndExitOne(String file, String column) throws IOException {
            // Issue 6 line 9: bad value / unknown column / missing trace: row number, column and reason;
            // the others still run; status=error with the message; exit code 1.
            Path out = tmp.resolve("out-" + column);
            CommandRun r = CommandRun.of("batch", fx(file), "-o", out.toString());
            assertThat(r.exitCode).isEqualTo(1);
            List<java.util.Map<String, String>> rows = csvRows(out.resolve("results.csv"));
            assertThat(rows).hasSize(2);
            java.util.Map<String, String> bad = rows.stream().filter(m -> m.get("status").equals("error"))
                    .findFirst().orElseThrow();
            assertThat(bad.get("message")).contains("row 3", column);
            assertThat(rows).filteredOn(m -> m.get("status").equals("ok")).hasSize(1);
        }

        @Test
        void sweepsSetThreadsResumeAndOutputs() throws IOException {
            // Issue 6 line 10: two --sweep flags expand into the cross product (1 × 2 × 2 = 4; kept small for speed);
            // line 7: --set; line 8: --threads, per-function.csv and timeline.csv; line 26: thread
            // count does not change results.csv; line 9: --resume skips finished rows.
            Path one = tmp.resolve("one");
            Path two = tmp.resolve("two");
            ok("batch", fx("scenarios-one.csv"), "-o", one.toString(), "--threads", "1", "--set", "seed=5",
                    "--sweep", "memory_mb=128,512", "--sweep", "arch=x86_64,arm64", "--per-function", "--timeline");
            ok("batch", fx("scenarios-one.csv"), "-o", two.toString(), "--threads", "2", "--set", "seed=5",
                    "--sweep", "memory_mb=128,512", "--sweep", "arch=x86_64,arm64");
            List<java.util.Map<String, String>> rows = csvRows(one.resolve("results.csv"));
            assertThat(rows).hasSize(4);
            assertThat(rows).allSatisfy(m -> assertThat(m.get("seed")).isEqualTo("5"));
            assertThat(rows).extracting(m -> m.get("memory_mb") + "/" + m.get("arch")).containsOnly(
                    "128/x86_64", "128/arm64", "512/x86_64", "512/arm64");
            assertThat(one.resolve("per-function.csv")).exists();
            assertThat(one.resolve("timeline.csv")).exists();
            assertThat(Files.readAllBytes(one.resolve("results.csv")))
                    .isEqualTo(Files.readAllBytes(two.resolve("results.csv")));
            CommandRun resumed = ok("batch", fx("scenarios-one.csv"), "-o", two.toString(), "--resume", "--set",
                    "seed=5", "--sweep", "memory_mb=128,512", "--sweep", "arch=x86_64,arm64");
            assertThat(resumed.out + resumed.err).contains("4 reused");
            assertThat(csvRows(two.resolve("results.csv"))).hasSize(4);
        }

        @Test
        void seedColumnReseedsGeneratedWorkloads() throws IOException {
            // Issue 6 line 7 names a `seed` column; issue 3 line 19: generators are seeded. A sweep over
            // seeds (replications) must give different Poisson workloads, as `trace generate --seed N`
            // does (it overrides the spec's seed=). Poisson(1/s) over 2 min: two seeds giving the same
            // count and cost in every figure would mean the seed was ignored.
            Path out = tmp.resolve("seeds");
            ok("batch", fx("scenarios-poisson.csv"), "-o", out.toString(), "--sweep", "seed=3,4,5");
            List<java.util.Map<String, String>> rows = csvRows(out.resolve("results.csv"));
            assertThat(rows).hasSize(3);
            assertThat(rows.stream().map(m -> m.get("invocations") + "/" + m.get("latency_p50_ms")).distinct())
                    .hasSizeGreaterThan(1);
        }

        @Test
        void reportAndBatchReportAreSelfContained() throws IOException {
            // Issue 6 line 13: `lambdasim report out/` and `batch --report` write out/report.html, one
            // self-contained page (images embedded), charts also as PNG and SVG.
            Path out = tmp.resolve("rep");
            CommandRun b = CommandRun.of("batch", fx("scenarios-bad.csv"), "-o", out.toString(), "--report");
            assertThat(b.exitCode).isEqualTo(1);
            assertThat(out.resolve("report.html")).exists();
            Files.delete(out.resolve("report.html"));
            ok("report", out.toString());
            String html = Files.readString(out.resolve("report.html"));
            assertThat(html).contains("data:image/png;base64");
            assertThat(html).doesNotContainPattern("src=\"(?!data:)");
            try (var charts = Files.list(out.resolve("charts"))) {
                List<String> names = charts.map(p -> p.getFileName().toString()).toList();
                assertThat(names).anyMatch(n -> n.endsWith(".png")).anyMatch(n -> n.endsWith(".svg"));
            }
        }

        @Test
        void reportOfAMissingFolderIsBadInput() {
            badInput("report", tmp.resolve("nothing-here").toString());
        }
    }
}
