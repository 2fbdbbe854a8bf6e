package io.lambdasim.reports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.Sweep;
import io.lambdasim.reports.io.ErrorLine;
import io.lambdasim.reports.run.FunctionSettingsFile;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.sizing.Calibration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Assertions;

/**
 * Issue 11, "keep it that way": scenario files, per-function settings (CSV and YAML),
 * calibration files and every setting key, given random and damaged input, are accepted or
 * refused with an IllegalArgumentException of one line (what a user sees, through
 * {@link ErrorLine}, is never an internal error); never another exception, never a hang.
 */
class SettingsFuzzTest {

    private static final String SCENARIOS = "name,generate,memory_mb,arch,keep_alive,provisioned,ec2,timeout,bucket\n"
            + "defaults,,512,x86_64,fixed:10m,,,,\n"
            + "api,\"poisson(5/s);duration=exp(80ms);horizon=1h\",256|512,arm64,hybrid,2@08:00-20:00,t4g.small;m7g.large,30s,1m\n"
            + "cron,\"schedule(cron(0 2 * * ? *));duration=const(40s)\",1024,,none,,,900s,\n";
    private static final String FUNCTIONS_CSV = "function,memory_mb,timeout,runtime,reserved,provisioned,keep_alive\n"
            + "checkout,1024,30s,java21,50,10@08:00-20:00,\nreport-*,2048,,,,,fixed:30m\n";
    private static final String FUNCTIONS_YAML = "checkout: {memory_mb: 1024, timeout: 30s, runtime: java21, reserved: 50, "
            + "provisioned: \"10@08:00-20:00\"}\n\"report-*\": {memory_mb: 2048, keep_alive: \"fixed:30m\"}\n";
    private static final String CALIBRATION_JSON = "{\"results\":{\"stats\":[{\"value\":128,\"averageDuration\":900},"
            + "{\"value\":512,\"averageDuration\":210.5},{\"value\":1024,\"averageDuration\":120}]}}";
    private static final String CALIBRATION_CSV = "memory_mb,duration_ms\n128,900\n512,210.5\n1024,120\n";

    enum Kind { SCENARIOS, FUNCTIONS_CSV, FUNCTIONS_YAML, CALIBRATION_JSON, CALIBRATION_CSV }

    @Property(tries = 250)
    void damagedSettingsFilesAreReadOrRefusedOnOneLine(@ForAll Kind kind, @ForAll("damage") Damage damage) throws IOException {
        readOrRefuse(kind, damage);
    }

    @Property(tries = 5000)
    @Tag("slow")
    void damagedSettingsFilesAreReadOrRefusedOnOneLineAtLength(@ForAll Kind kind, @ForAll("damage") Damage damage)
            throws IOException {
        readOrRefuse(kind, damage);
    }

    @Property(tries = 400)
    void everySettingTakesAnyTextOrRefusesItOnOneLine(@ForAll("keys") String key, @ForAll("values") String value) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                ScenarioOptions.builder().generate("poisson(1/s);duration=const(1ms)").set(key, value).build();
            } catch (IllegalArgumentException e) {
                oneLine(e);
            }
        });
    }

    /** Every key a functions file takes (the registry's, event-source keys included), any value, in a CSV and a YAML file. */
    @Property(tries = 300)
    void everyFunctionsFileKeyTakesAnyTextOrRefusesItOnOneLine(@ForAll("functionKeys") String key, @ForAll("values") String value,
                                                               @ForAll boolean yaml) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        Path f = dir.resolve(yaml ? "f.yaml" : "f.csv");
        try {
            String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
            Files.writeString(f, yaml ? "api:\n  " + key + ": '" + value.replace("'", "''") + "'\n"
                    : "function," + key + "\napi," + quoted + "\n");
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    FunctionSettingsFile.read(f);
                } catch (IllegalArgumentException e) {
                    oneLine(e);
                }
            });
        } finally {
            Files.delete(f);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> functionKeys() {
        return Arbitraries.of(io.lambdasim.reports.settings.Settings.keys(io.lambdasim.reports.settings.Setting.Scope.FUNCTION));
    }

    private static void readOrRefuse(Kind kind, Damage damage) throws IOException {
        String original = switch (kind) {
            case SCENARIOS -> SCENARIOS;
            case FUNCTIONS_CSV -> FUNCTIONS_CSV;
            case FUNCTIONS_YAML -> FUNCTIONS_YAML;
            case CALIBRATION_JSON -> CALIBRATION_JSON;
            case CALIBRATION_CSV -> CALIBRATION_CSV;
        };
        Path dir = Files.createTempDirectory("fuzz");
        Path f = dir.resolve(switch (kind) {
            case SCENARIOS -> "scenarios.csv";
            case FUNCTIONS_CSV, CALIBRATION_CSV -> "f.csv";
            case FUNCTIONS_YAML -> "f.yaml";
            case CALIBRATION_JSON -> "pt.json";
        });
        try {
            Files.write(f, damage.apply(original));
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    switch (kind) {
                        case SCENARIOS -> ScenarioFile.read(f, Map.of(), List.of(Sweep.parse("memory_mb=128,1024")));
                        case FUNCTIONS_CSV, FUNCTIONS_YAML -> FunctionSettingsFile.read(f);
                        default -> Calibration.read(f);
                    }
                } catch (IllegalArgumentException e) {
                    oneLine(e);
                }
            });
        } finally {
            Files.delete(f);
            Files.delete(dir);
        }
    }

    private static void oneLine(IllegalArgumentException e) {
        String shown = ErrorLine.of(e);
        assertThat(shown).isNotBlank().doesNotContain("\n").doesNotStartWith("internal error").doesNotContain("Exception");
    }

    /** A change to a file's text: truncation, character substitutions, or a spliced-in hostile token. */
    record Damage(double cut, List<Integer> at, char with, String splice, boolean noise, byte[] bytes) {
        byte[] apply(String text) {
            if (noise) {
                return bytes;
            }
            String t = text.substring(0, (int) Math.round(text.length() * cut));
            if (t.isEmpty()) {
                return new byte[0];
            }
            char[] a = t.toCharArray();
            for (int p : at) {
                a[p % a.length] = with;
            }
            int p = at.isEmpty() ? 0 : at.get(0) % a.length;
            String s = new String(a, 0, p) + splice + new String(a, p, a.length - p);
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1)),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(4),
                Arbitraries.of(',', '"', '\n', '|', ':', '{', '}', '[', ']', '-', '9', '\'', '=', '@', '\u001b', '&', '*', '!'),
                Arbitraries.of("", "\"", "-1", "1e308", "99999999999999999999", "&a [*a, *a]", "!!java.lang.Object {}",
                        "\n  - ", "NaN", "name", "=cmd|' /C calc'!A0", "\u001b[2J", "{\"value\": 1e400}"),
                Arbitraries.of(false, false, false, true),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
                .as(Damage::new);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(ScenarioOptions.KEYS).filter(k -> !k.equals("generate") && !k.equals("trace"));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("-2", "-1", "0", "1", "0s", "1us", "25:99", "24:00", "99999999", "99999999999999999999",
                        "1e308", "NaN", "-Infinity", "x86_64", "hybrid", "fixed:10m", "random:5m-1m", "10@25:00-26:00",
                        "2@08:00-20:00", "rate(0 minutes)", "runtime:cobol", "normal(1ms,-1ms)", "36500d", "999999999d",
                        "none", "t4g.small;=x", "150%", "-0.5", "1.0", "legacy", "aws-2014", "us-east-1", "\u001b[31m"),
                Arbitraries.strings().ofMaxLength(20));
    }
}
