package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Issue 11 as a table: every case a hostile user tried (and the bad input the earlier issues list
 * for each command) exits with code 2, prints exactly one line on stderr naming the value, shows
 * no exception, stack trace or raw control character, and leaves every file that was there
 * before byte for byte as it was (the folder is hashed before and after; a leftover temporary
 * file counts as a change too).
 */
class HostileCasesTest {

    @TempDir
    Path dir;

    /** {@code {d}} in an argument is the test folder. */
    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        // ---- data loss
        add(c, "failed convert keeps -o", "bad.csv:3", "trace", "convert", "{d}/bad.csv", "-o", "{d}/existing.csv");
        add(c, "convert onto its input through a link", "is the input", "trace", "convert", "{d}/ok.csv", "-o", "{d}/link-to-ok.csv");
        add(c, "convert onto a folder", "is a folder", "trace", "convert", "{d}/ok.csv", "-o", "{d}/sub");
        if (Files.exists(Path.of("/dev/null"))) {
            add(c, "convert onto a device", "not a regular file", "trace", "convert", "{d}/ok.csv", "-o", "/dev/null");
        }
        add(c, "failed convert to lambdasim-bin keeps -o", "bad.csv:3", "trace", "convert", "{d}/bad.csv", "--to",
                "lambdasim-bin", "-o", "{d}/existing.csv");
        add(c, "lambdasim-bin onto its input through a link", "is the input", "trace", "convert", "{d}/ok.csv", "--to",
                "lambdasim-bin", "-o", "{d}/link-to-ok.csv");
        if (Files.exists(Path.of("/dev/null"))) {
            add(c, "lambdasim-bin onto a device", "not a regular file", "trace", "convert", "{d}/ok.csv", "--to",
                    "lambdasim-bin", "-o", "/dev/null");
        }
        add(c, "timeline onto the trace", "is the input", "simulate", "--trace", "{d}/ok.csv", "--timeline", "{d}/ok.csv");
        add(c, "per-function onto a hard link of the trace", "is the input", "simulate", "--trace", "{d}/ok.csv",
                "--per-function", "{d}/hard-ok.csv");
        add(c, "per-function over an existing file", "add --force", "simulate", "--trace", "{d}/ok.csv",
                "--per-function", "{d}/existing.csv");
        add(c, "breakeven csv over an existing file", "add --force", "breakeven", "--duration-ms", "100", "--memory-mb",
                "512", "--ec2", "t4g.small", "--csv", "{d}/existing.csv");
        add(c, "prices import onto its offer", "is the input", "prices", "import", "--offer", "{d}/offer.json", "-o", "{d}/offer.json");
        add(c, "prices import over an existing book", "add --force", "prices", "import", "--offer", "{d}/offer.json",
                "-o", "{d}/existing.csv");
        add(c, "missing output folder", "does not exist", "simulate", "--trace", "{d}/ok.csv", "--timeline", "{d}/nodir/x.csv");
        add(c, "batch out onto a file", "is a file, not a folder", "batch", "{d}/scen.csv", "-o", "{d}/existing.csv");
        // ---- stack traces and hangs
        add(c, "timeline bucket of 1us", "--bucket '1us'", "simulate", "--generate",
                "poisson(5/s);duration=const(1ms);horizon=1h", "--timeline", "{d}/tl.csv", "--bucket", "1us");
        add(c, "a trace too long for its timeline bucket", "more than 10,000,000 buckets", "simulate", "--trace",
                "{d}/long.csv", "--timeline", "{d}/tl.csv", "--bucket", "1s");
        add(c, "absurd generated workload (simulate)", "--allow-huge", "simulate", "--generate",
                "poisson(1000000000000/s);duration=const(1ms);horizon=1d");
        add(c, "absurd generated workload (trace generate)", "--allow-huge", "trace", "generate",
                "poisson(1000000000000/s);duration=const(1ms);horizon=1d", "-o", "{d}/huge.csv");
        add(c, "truncated .xz trace", "truncated", "trace", "stats", "{d}/cut.csv.xz");
        add(c, "0-byte .gz offer", "empty.json.gz: empty file: expected an AWS Price List offer", "prices", "import", "--offer", "{d}/empty.json.gz",
                "-o", "{d}/p.json");
        add(c, "deeply nested calibration", "deep.json", "sizing", "--generate", "poisson(1/s);duration=const(100ms);horizon=10m",
                "--calibration", "{d}/deep.json");
        add(c, "start time 25:99", "'25:99'", "simulate", "--trace", "{d}/ok.csv", "--start-time", "25:99");
        add(c, "YAML error with file and line", "f.yaml:4:1", "simulate", "--trace", "{d}/ok.csv", "--functions", "{d}/f.yaml");
        add(c, "scenario CSV error with file and line", "scen-bad.csv:2", "batch", "{d}/scen-bad.csv", "-o", "{d}/out");
        add(c, "escape sequences from the input", "\\x1b[31m", "trace", "stats", "{d}/esc.csv");
        // ---- silently wrong results
        add(c, "trace memory 100 MB", "mem100.csv:3 [memory_mb]", "simulate", "--trace", "{d}/mem100.csv");
        add(c, "trace memory 20000 MB", "mem20000.csv:2 [memory_mb]", "simulate", "--trace", "{d}/mem20000.csv");
        add(c, "--reserved -2", "--reserved '-2'", "simulate", "--trace", "{d}/ok.csv", "--reserved", "-2");
        add(c, "--provisioned above the account", "99999999", "simulate", "--trace", "{d}/ok.csv", "--provisioned", "99999999");
        add(c, "--bucket 0s", "--bucket '0s'", "simulate", "--trace", "{d}/ok.csv", "--timeline", "{d}/tl.csv", "--bucket", "0s");
        add(c, "batch --threads 0", "--threads 0", "batch", "{d}/scen.csv", "-o", "{d}/out", "--threads", "0");
        add(c, "batch --threads -1", "--threads -1", "batch", "{d}/scen.csv", "-o", "{d}/out", "--threads", "-1");
        add(c, "demo --threads 0", "--threads 0", "demo", "-o", "{d}/out", "--threads", "0");
        add(c, "sizing --jobs 0", "--jobs '0'", "sizing", "--generate", "poisson(1/s);duration=const(100ms);horizon=10m", "--jobs", "0");
        add(c, "cost --duration-ms 1e16", "--duration-ms '1e16'", "cost", "--requests", "1000", "--duration-ms", "1e16",
                "--memory-mb", "128");
        add(c, "cost above the era's timeout", "300001 ms", "cost", "--requests", "1000", "--duration-ms", "300001",
                "--memory-mb", "128", "--rules", "aws-2014");
        add(c, "1e308 in a trace", "too large: 1e308", "trace", "stats", "{d}/big.csv");
        add(c, "20 nines in a trace", "too large: 99999999999999999999", "trace", "stats", "{d}/big2.csv");
        add(c, "calibration 1e308", "measurement 1 of 2", "sizing", "--generate", "poisson(1/s);duration=const(100ms);horizon=10m",
                "--calibration", "{d}/pt.json");
        add(c, "azure 2019 decreasing percentiles", "[percentile_average_50]", "trace", "stats",
                "{d}/az/invocations_per_function_md.anon.d01.csv");
        add(c, "azure 2019 minute columns", "[column 5]", "trace", "stats", "{d}/az2/invocations_per_function_md.anon.d02.csv");
        // ---- bad input of the earlier issues' commands
        add(c, "unknown format", "nonsense", "trace", "stats", "{d}/ok.csv", "--format", "nonsense");
        add(c, "memory below Lambda's", "--memory-mb '100'", "simulate", "--trace", "{d}/ok.csv", "--memory-mb", "100");
        add(c, "unknown keep-alive", "forever", "simulate", "--trace", "{d}/ok.csv", "--keep-alive", "forever");
        add(c, "bad spec token", "lognrmal", "simulate", "--generate", "poisson(5/s);duration=lognrmal(1ms,2ms)");
        add(c, "unknown rules", "aws-1999", "cost", "--requests", "1", "--duration-ms", "1", "--memory-mb", "128", "--rules", "aws-1999");
        add(c, "negative requests", "--requests '-1'", "cost", "--requests", "-1", "--duration-ms", "1", "--memory-mb", "128");
        add(c, "missing price book", "missing.json", "prices", "list", "--prices", "{d}/missing.json");
        add(c, "missing trace", "missing.csv", "trace", "stats", "{d}/missing.csv");
        add(c, "report of a non-batch folder", "sub", "report", "{d}/sub");
        add(c, "unknown option", "--nonsense", "simulate", "--nonsense");
        add(c, "breakeven without a duration", "--duration-ms", "breakeven", "--memory-mb", "512", "--ec2", "t4g.small");
        return c.stream();
    }

    private static void add(List<Arguments> c, String name, String names, String... args) {
        c.add(Arguments.of(name, names, List.of(args)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedOnOneLineNamingTheValueWithNothingChanged(String name, String names, List<String> args) throws Exception {
        files();
        Map<String, String> before = snapshot(dir);
        String[] argv = args.stream().map(a -> a.replace("{d}", dir.toString())).toArray(String[]::new);
        CommandRun r = CommandRun.of(argv);
        assertThat(r.exitCode).as("%s: exit code%nstderr: %s", name, r.err).isEqualTo(2);
        List<String> lines = r.err.lines().toList();
        assertThat(lines).as("%s: stderr is one line", name).hasSize(1);
        assertThat(lines.get(0)).as(name).startsWith("lambdasim").contains(names)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null pointer")
                .doesNotContain("\u001b");
        assertThat(snapshot(dir)).as("%s: files before and after", name).isEqualTo(before);
    }

    /** Every file and link under {@code root}: its relative path and a hash of what it holds. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(rel, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(rel, sha256(Files.readAllBytes(p)));
                } else {
                    out.put(rel, "folder");
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inputs of every case, written fresh for each. */
    private void files() throws IOException {
        String ok = "function,start_ms,duration_ms\napi,0,10\napi,1000,12\n";
        Files.writeString(dir.resolve("ok.csv"), ok);
        Files.createSymbolicLink(dir.resolve("link-to-ok.csv"), Path.of("ok.csv"));
        Files.createLink(dir.resolve("hard-ok.csv"), dir.resolve("ok.csv"));
        Files.writeString(dir.resolve("long.csv"), "function,start_ms,duration_ms\napi,0,10\napi,20000000000,10\n");
        Files.writeString(dir.resolve("bad.csv"), "function,start_ms,duration_ms\napi,0,10\napi,5,x\n");
        Files.writeString(dir.resolve("existing.csv"), "the user's own file\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/notes.txt"), "mine");
        Files.writeString(dir.resolve("mem100.csv"), "function,start_ms,duration_ms,memory_mb\napi,0,10,512\napi,5,10,100\n");
        Files.writeString(dir.resolve("mem20000.csv"), "function,start_ms,duration_ms,memory_mb\napi,0,10,20000\n");
        Files.writeString(dir.resolve("big.csv"), "function,start_ms,duration_ms\napi,0,1e308\n");
        Files.writeString(dir.resolve("big2.csv"), "function,start_ms,duration_ms\napi,0,99999999999999999999\n");
        Files.writeString(dir.resolve("esc.csv"), "function,start_ms,duration_ms\napi,0,\u001b[31mred\n");
        Files.writeString(dir.resolve("offer.json"), "{\"products\": {}, \"terms\": {}}");
        Files.write(dir.resolve("empty.json.gz"), new byte[0]);
        Files.writeString(dir.resolve("scen.csv"), "name,generate\na,poisson(1/s);duration=const(10ms);horizon=1m\n");
        Files.writeString(dir.resolve("scen-bad.csv"), "name,generate\na,\"poisson(1/s);duration=const(10ms)\nb,x\n");
        Files.writeString(dir.resolve("pt.json"), "{\"results\":{\"stats\":[{\"value\":128,\"averageDuration\":1e308},"
                + "{\"value\":1024,\"averageDuration\":80}]}}");
        Files.writeString(dir.resolve("deep.json"), "[".repeat(3000) + "]".repeat(3000));
        Files.writeString(dir.resolve("f.yaml"), "api:\n  memory_mb: 512\n  timeout: [30s\n");
        byte[] trace;
        byte[] header = "function,start_ms,duration_ms\n".getBytes(StandardCharsets.UTF_8);
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream xz = new XZOutputStream(bytes, new LZMA2Options())) {
            xz.write(header);
            for (int i = 0; i < 2000; i++) {
                xz.write(("api," + i + ",10\n").getBytes(StandardCharsets.UTF_8));
            }
            xz.close();
            trace = bytes.toByteArray();
        }
        Files.write(dir.resolve("cut.csv.xz"), java.util.Arrays.copyOf(trace, trace.length / 2));
        Path az = Files.createDirectories(dir.resolve("az"));
        Files.writeString(az.resolve("invocations_per_function_md.anon.d01.csv"), "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,1,2\n");
        Files.writeString(az.resolve("function_durations_percentiles.anon.d01.csv"),
                "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,"
                        + "percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\n"
                        + "o,a,f,100,3,10,1000,10,20,50,40,200,900,1000\n");
        Path az2 = Files.createDirectories(dir.resolve("az2"));
        Files.writeString(az2.resolve("invocations_per_function_md.anon.d02.csv"),
                "HashOwner,HashApp,HashFunction,Trigger,2,1\no,a,f,http,1,2\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("ok.csv.gz")))) {
            gz.write(ok.getBytes(StandardCharsets.UTF_8));
        }
    }
}
