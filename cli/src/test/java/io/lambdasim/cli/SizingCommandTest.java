package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizingCommandTest {

    @TempDir
    Path tmp;

    private static final String STEADY = "constant(10s);duration=const(1s);horizon=1h;memory=1769";

    @Test
    void cpuBoundSpeedPicks1769OrAboveAndCostAtMostThat() {
        CommandRun speed = CommandRun.of("sizing", "--generate", STEADY, "--cpu-fraction", "1", "--threads", "1",
                "--strategy", "speed", "--json");
        assertThat(speed.exitCode).as(speed.err).isZero();
        JsonNode j = speed.json();
        assertThat(j.get("recommended").get("memoryMb").asInt()).isGreaterThanOrEqualTo(1769);
        assertThat(j.get("recommended").get("arch").asText()).isEqualTo("x86_64");
        assertThat(j.get("rows")).hasSize(10);
        assertThat(j.get("model").get("kind").asText()).isEqualTo("cpu-share");
        CommandRun cost = CommandRun.of("sizing", "--generate", STEADY, "--cpu-fraction", "1", "--threads", "1",
                "--strategy", "cost", "--json");
        assertThat(cost.json().get("recommended").get("memoryMb").asInt()).isLessThanOrEqualTo(1769);
    }

    @Test
    void ioBoundIsCheapestAt128MbOnBothArchitectures() {
        CommandRun r = CommandRun.of("sizing", "--generate", STEADY, "--cpu-fraction", "0", "--arch", "x86_64,arm64",
                "--memory", "128,512,2048");
        assertThat(r.exitCode).as(r.err).isZero();
        // arm64 costs 20% less per GB-s than x86 (0.0000133334 vs 0.0000166667, the Lambda pricing page).
        assertThat(r.out).contains("Recommended (cost): 128 MB arm64").contains("arm64").contains("x86_64");
    }

    @Test
    void powerTuningCalibrationRecommendsWhatPowerTuningWould() throws Exception {
        // Worked by hand in PowerTuningCalibrationTest (reports): cost 256, speed 1536, balanced 1024.
        Path pt = tmp.resolve("pt.json");
        Files.writeString(pt, """
                {"results": {"power": "256", "stats": [
                  {"averagePrice": 2.0833e-7, "averageDuration": 800, "value": 128},
                  {"averagePrice": 2.0833e-7, "averageDuration": 400, "value": 256},
                  {"averagePrice": 2.1875e-7, "averageDuration": 210, "value": 512},
                  {"averagePrice": 2.2917e-7, "averageDuration": 110, "value": 1024},
                  {"averagePrice": 3.125e-7, "averageDuration": 100, "value": 1536}]}}
                """);
        String spec = "constant(1m);duration=const(800ms);horizon=2h;memory=128";
        String[] strategies = {"cost", "speed", "balanced"};
        int[] expected = {256, 1536, 1024};
        for (int i = 0; i < strategies.length; i++) {
            CommandRun r = CommandRun.of("sizing", "--generate", spec, "--memory", "128,256,512,1024,1536",
                    "--calibration", pt.toString(), "--strategy", strategies[i], "--json");
            assertThat(r.exitCode).as(r.err).isZero();
            assertThat(r.json().get("recommended").get("memoryMb").asInt()).as(strategies[i]).isEqualTo(expected[i]);
            assertThat(r.json().get("model").get("kind").asText()).isEqualTo("calibrated");
        }
    }

    @Test
    void needsAWorkloadAndValidMemory() {
        CommandRun none = CommandRun.of("sizing", "--memory", "128");
        assertThat(none.exitCode).isEqualTo(2);
        CommandRun bad = CommandRun.of("sizing", "--generate", STEADY, "--memory", "64");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("--memory '64'").contains("128 to 10240");
    }
}
