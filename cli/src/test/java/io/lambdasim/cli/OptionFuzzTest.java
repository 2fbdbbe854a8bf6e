package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;
import picocli.CommandLine;

/**
 * Issue 11, "keep it that way", at the command line: commands given random values for their
 * options (odd numbers, units, signs, times, escape sequences) exit with 0 or 2, never anything
 * else; a refusal is one line on stderr, never an exception or a stack trace; no case hangs.
 * The workloads are tiny, so a case that is accepted runs in milliseconds.
 */
class OptionFuzzTest {

    private static Path dir;

    @BeforeContainer
    static void trace() throws IOException {
        dir = Files.createTempDirectory("option-fuzz");
        Files.writeString(dir.resolve("t.csv"), "function,start_ms,duration_ms,memory_mb\napi,0,10,512\napi,1000,12,512\nb,1500,3,1024\n");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 40)
    void commandsExitZeroOrTwoWithOneLine(@ForAll("commands") List<String> args) {
        run(args);
    }

    @Property(tries = 2000)
    @Tag("slow")
    void commandsExitZeroOrTwoWithOneLineAtLength(@ForAll("commands") List<String> args) {
        run(args);
    }

    private static void run(List<String> args) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CommandRun r = CommandRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode).as("%s%nstderr: %s", args, r.err).isIn(0, 2);
            assertThat(r.err).as("%s", args).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001b");
            if (r.exitCode == 2) {
                assertThat(r.err.lines().toList()).as("%s", args).hasSize(1);
                assertThat(r.err).doesNotContain("internal error");
            }
        });
    }

    /**
     * Every option of these commands that takes a value, read from the commands themselves (so an
     * option added later is fuzzed too), each after a base command line that runs in milliseconds.
     * Options naming files to write or read are left out: a random value there would name a file.
     */
    @Provide
    Arbitrary<List<String>> commands() {
        String trace = dir.resolve("t.csv").toString();
        String tiny = "poisson(2/s);duration=exp(20ms);horizon=20s";
        List<Arbitrary<List<String>>> all = new ArrayList<>();
        all.add(fuzzed(List.of("simulate", "--trace", trace)));
        all.add(fuzzed(List.of("simulate", "--generate", tiny)));
        all.add(fuzzed(List.of("cost", "--requests", "1000000", "--duration-ms", "100", "--memory-mb", "512", "--ec2", "t4g.small")));
        all.add(fuzzed(List.of("breakeven", "--duration-ms", "100", "--memory-mb", "512", "--ec2", "t4g.small")));
        all.add(fuzzed(List.of("sizing", "--generate", tiny)));
        all.add(fuzzed(List.of("trace", "stats", trace)));
        all.add(values().map(v -> List.of("trace", "stats", "--generate",
                "poisson(" + v + "/s);duration=const(" + v + "ms);horizon=" + v + "s")));
        return Arbitraries.oneOf(all);
    }

    private static Arbitrary<List<String>> fuzzed(List<String> base) {
        CommandLine.Model.CommandSpec spec = LambdaSim.newCommandLine().getCommandSpec();
        for (String name : base) {
            CommandLine sub = spec.subcommands().get(name);
            if (sub == null) {
                break;
            }
            spec = sub.getCommandSpec();
        }
        List<String> options = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            Class<?> type = o.type();
            boolean file = type == Path.class || type == java.io.File.class
                    || o.typeInfo().getAuxiliaryTypes().length > 0 && o.typeInfo().getAuxiliaryTypes()[0] == Path.class;
            if (o.arity().max() >= 1 && !file && !o.usageHelp() && !o.versionHelp()) {
                options.add(o.longestName());
            }
        }
        return Combinators.combine(Arbitraries.of(options), values()).as((option, v) -> {
            List<String> a = new ArrayList<>(base);
            a.addAll(List.of(option, v));
            return a;
        });
    }

    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("-2", "-1", "0", "1", "512", "0s", "1us", "1e16", "1e308", "NaN", "Infinity", "-Infinity",
                        "99999999", "99999999999999999999", "25:99", "24:00", "08:00", "2@08:00-20:00", "fixed:10m", "hybrid",
                        "random:9m-1m", "rate(5 minutes)", "rate(0 minutes)", "runtime:java", "normal(1ms,-1ms)", "36500d",
                        "0.5", "1.5", "-0.5", "aws-2014", "arm64", "sparc", "t4g.small,zz=-1", "x=0.01:0:0", "\u001b[2J",
                        "=cmd", "", " ", "1,2", "10%"),
                Arbitraries.strings().withChars("0123456789.-+e:@smhdu%,=").ofMaxLength(8));
    }
}
