package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, "uncertainty everywhere": ranges accepted by simulate, breakeven, sizing and batch, and reported as bands. */
class UncertaintyCommandTest {

    /** About 576 Poisson arrivals, 6 an hour, over 96 h; 100 ms each. */
    static final String SPARSE = "poisson(6/h);duration=exp(100ms);horizon=96h;function=api;seed=7";

    /**
     * Poisson arrivals at λ = 0.1/min against a fixed keep-alive K are cold with probability e^(−λK)
     * (the engine's PublishedBehaviourTest): 0.607 at 5 min, 0.174 at the range's midpoint 17.5 min,
     * 0.050 at 30 min. With n ≈ 576 the standard errors are 0.020, 0.016, 0.009; we allow about 4.
     */
    @Test
    void simulateReportsTheColdStartRatioAsABandOverAKeepAliveRange() {
        CommandRun r = CommandRun.of("simulate", "--generate", SPARSE, "--keep-alive", "fixed:5m..30m", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode j = r.json();
        assertThat(j.get("config").get("keepAlive").asText()).isEqualTo("fixed:1050s");
        JsonNode ratio = j.get("uncertainty").get("figures").get("coldStartRatio");
        assertThat(ratio.get("central").asDouble()).isCloseTo(0.174, within(0.07));
        assertThat(ratio.get("low").asDouble()).isCloseTo(0.050, within(0.04));
        assertThat(ratio.get("high").asDouble()).isCloseTo(0.607, within(0.08));
        assertThat(j.get("coldStartRatio").asDouble()).isEqualTo(ratio.get("central").asDouble());
        JsonNode sens = j.get("uncertainty").get("sensitivity").get(0);
        assertThat(sens.get("input").asText()).isEqualTo("keep-alive");
        assertThat(sens.get("low").asText()).isEqualTo("fixed:5m");
        assertThat(sens.get("coldStartsAtLow").asDouble()).isGreaterThan(sens.get("coldStartsAtHigh").asDouble());
        CommandRun text = CommandRun.of("simulate", "--generate", SPARSE, "--keep-alive", "fixed:5m..30m");
        assertThat(text.out).contains("Uncertain inputs", "cold starts", "(band ", "Sensitivity of the monthly total");
    }

    /** More INIT per cold start makes Lambda dearer, so EC2 wins at fewer requests: the INIT range's low end gives the later break-even. */
    @Test
    void analyticBreakEvenGivesTheCrossingAsAnInterval() {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "512", "--ec2", "t4g.small",
                "--cold-ratio", "0.2", "--init-range", "100ms..2s", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode u = r.json().get("uncertainty");
        JsonNode be = u.get("breakEven").get(0);
        assertThat(be.get("type").asText()).isEqualTo("t4g.small");
        assertThat(be.get("low").asLong()).isLessThan(be.get("breakEvenRequests").asLong());
        assertThat(be.get("high").asLong()).isGreaterThan(be.get("breakEvenRequests").asLong());
        JsonNode s = u.get("sensitivity").get(0);
        assertThat(s.get("input").asText()).isEqualTo("INIT");
        JsonNode t4g = s.get("breakEvenRequests").get("t4g.small");
        assertThat(t4g.get("atLow").asLong()).isGreaterThan(t4g.get("atHigh").asLong());
        assertThat(u.get("lambdaRibbon").size()).isGreaterThan(10);
        CommandRun text = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "512", "--ec2", "t4g.small",
                "--cold-ratio", "0.2", "--init-range", "100ms..2s");
        assertThat(text.out).contains("Break-even over the uncertain inputs", "(band ", "Sensitivity");
    }

    @Test
    void sizingGivesEachConfigurationsCostABand() {
        CommandRun r = CommandRun.of("sizing", "--generate", "poisson(20/s);duration=exp(200ms);horizon=10m;memory=512",
                "--memory", "256,1024", "--cpu-fraction-range", "0.2..0.9", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode j = r.json();
        for (JsonNode row : j.get("rows")) {
            assertThat(row.get("monthlyCostLow").asDouble()).isLessThanOrEqualTo(row.get("monthlyCost").asDouble());
            assertThat(row.get("monthlyCostHigh").asDouble()).isGreaterThanOrEqualTo(row.get("monthlyCost").asDouble());
        }
        // 256 MB is the configuration whose cost depends on how CPU-bound the function is (at 512 MB it ran as measured)
        assertThat(j.get("rows").get(0).get("monthlyCostHigh").asDouble()).isGreaterThan(j.get("rows").get(0).get("monthlyCostLow").asDouble());
        assertThat(j.get("uncertainty").get("inputs").get(0).get("input").asText()).isEqualTo("CPU-bound share");
        assertThat(j.get("uncertainty").has("recommendationHolds")).isTrue();
    }

    @Test
    void batchGetsBandColumnsFromACalibratedFunctionsFile(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("functions.yaml");
        CommandRun c = CommandRun.of("calibrate", CalibrateCommandTest.EXAMPLE.toString(), "-o", yaml.toString());
        assertThat(c.exitCode).as(c.err).isZero();
        Path csv = dir.resolve("scenarios.csv");
        Files.writeString(csv, "name,trace,functions\norders," + CalibrateCommandTest.EXAMPLE.toAbsolutePath() + ","
                + yaml.toAbsolutePath() + "\n");
        Path out = dir.resolve("out");
        CommandRun b = CommandRun.of("batch", csv.toString(), "-o", out.toString());
        assertThat(b.exitCode).as(b.out + b.err).isZero();
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertThat(lines.get(0)).contains("cold_starts_low", "cold_starts_high", "lambda_monthly_usd_low",
                "lambda_monthly_usd_high", "most_sensitive_input");
    }
}
