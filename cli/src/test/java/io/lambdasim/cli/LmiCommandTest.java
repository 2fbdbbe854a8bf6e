package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Managed Instances option on the command line: issue 13's contract. */
class LmiCommandTest {

    private static final String POISSON = "poisson(20/s);duration=exp(150ms);horizon=20m;memory=1024;seed=3";

    @Test
    void simulateJsonHasTheLmiBlock() {
        CommandRun r = CommandRun.of("simulate", "--generate", POISSON, "--lmi", "m7g.large,max_concurrency=8", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode lmi = r.json().get("lmi");
        assertThat(lmi.get("instanceType").asText()).isEqualTo("m7g.large");
        assertThat(lmi.get("instances").get("min").asInt()).isGreaterThanOrEqualTo(3); // AWS's default floor
        assertThat(lmi.get("instances").get("peak").asInt()).isGreaterThanOrEqualTo(lmi.get("instances").get("min").asInt());
        assertThat(lmi.get("environments").get("maxConcurrency").asInt()).isEqualTo(8);
        assertThat(lmi.get("coldStarts").asLong()).isZero();
        for (String block : List.of("cost", "monthly")) {
            JsonNode c = lmi.get(block);
            // itemised: the parts add up to the total
            assertThat(c.get("instances").asDouble() + c.get("managementFee").asDouble() + c.get("requests").asDouble())
                    .isCloseTo(c.get("total").asDouble(), within(1e-6));
        }
        // The fee is 15% of the on-demand instances (no discount given).
        assertThat(lmi.get("cost").get("managementFee").asDouble())
                .isCloseTo(0.15 * lmi.get("cost").get("instances").asDouble(), within(1e-7));
        // 20 minutes projected to 730 hours: × 2,190.
        assertThat(lmi.get("monthly").get("total").asDouble())
                .isCloseTo(2190 * lmi.get("cost").get("total").asDouble(), within(1e-4));
    }

    @Test
    void sameSeedGivesByteIdenticalOutput() {
        String[] args = {"simulate", "--generate", POISSON, "--lmi", "c7g.large", "--ec2", "c7g.large", "--json"};
        CommandRun a = CommandRun.of(args);
        CommandRun b = CommandRun.of(args);
        assertThat(a.exitCode).as(a.err).isZero();
        assertThat(b.out).isEqualTo(a.out);
    }

    @Test
    void textSummaryNamesTheThirdOption() {
        CommandRun r = CommandRun.of("simulate", "--generate", POISSON, "--lmi", "m7g.large");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("Lambda Managed Instances on m7g.large").contains("management fee");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        for (String[] bad : new String[][] {
                {"m9z.huge", "m9z.huge"},
                {"m7g.large,max_concurrency=0", "max_concurrency 0"},
                {"m7g.large,min=5,max=4", "lmi_min 5 exceeds lmi_max 4"},
                {"t3.micro", "burstable"}}) {
            CommandRun r = CommandRun.of("simulate", "--generate", "poisson(1/s);duration=const(10ms);horizon=1m", "--lmi", bad[0]);
            assertThat(r.exitCode).as(bad[0]).isEqualTo(2);
            assertThat(r.err.strip()).as(bad[0]).contains(bad[1]).doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void analyticBreakevenHasTheThirdCurveFamily() {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "200", "--memory-mb", "1769", "--ec2", "m7g.large",
                "--lmi", "m7g.large", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode j = r.json();
        JsonNode lmi = j.get("lmi").get(0);
        assertThat(lmi.get("option").asText()).isEqualTo("lmi:m7g.large");
        // m7g.large (2 vCPU, 8 GiB) keeps 1 vCPU and 1 GB: one 2,048 MB, 1 vCPU environment. A request is
        // 0.2 s × 0.5 CPU = 0.1 vCPU-s; at the target 1/1.5 an environment serves 2/3 × 2,628,000 / 0.1
        // = 17,520,000 requests a month.
        assertThat(lmi.get("requestsPerInstance").asDouble()).isCloseTo(17_520_000, within(1.0));
        // instance 0.0816 × 730 = $59.568, fee 15% = $8.9352
        assertThat(lmi.get("instanceMonthlyCost").asDouble()).isCloseTo(59.568, within(1e-4));
        assertThat(lmi.get("managementFeeMonthlyCost").asDouble()).isCloseTo(8.9352, within(1e-4));
        assertThat(j.get("series")).extracting(s -> s.get("option").asText()).contains("lambda", "m7g.large", "lmi:m7g.large");
        assertThat(lmi.get("crossings").size()).isGreaterThan(0);
    }

    @Test
    void breakevenWithOnlyManagedInstances(@TempDir Path dir) throws Exception {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "512", "--lmi", "c7g.large");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("Managed Instances (c7g.large)");
        CommandRun none = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "512");
        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err).contains("--lmi");
    }

    @Test
    void traceBreakevenNamesTheCheapestAmongAllThree() {
        CommandRun r = CommandRun.of("breakeven", "--generate", "poisson(5/s);duration=const(100ms);horizon=10m;memory=512",
                "--ec2", "t4g.small", "--lmi", "c7g.large", "--max-factor", "4", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode j = r.json();
        assertThat(j.get("lmi").get(0).get("option").asText()).isEqualTo("lmi:c7g.large");
        assertThat(j.get("cheapestToday").asText()).isIn("lambda", "t4g.small", "lmi:c7g.large");
        assertThat(j.get("summary").asText()).startsWith("Cheapest at today's traffic:").contains("Managed Instances (c7g.large)");
    }

    @Test
    void batchColumnsGiveLmiColumnsInResults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenarios.csv");
        Files.writeString(file, "name,generate,lmi_instance,lmi_min,lmi_max_concurrency,lmi_target_cpu\n"
                + "api,poisson(5/s);duration=const(100ms);horizon=5m;memory=512,c7g.large,3,16,0.5\n"
                + "bad,poisson(5/s);duration=const(100ms);horizon=5m;memory=512,c7g.large,3,0,0.5\n");
        CommandRun r = CommandRun.of("batch", file.toString(), "-o", dir.resolve("out").toString());
        String results = Files.readString(dir.resolve("out").resolve("results.csv"));
        String header = results.lines().findFirst().orElseThrow();
        assertThat(header).contains("lmi_usd", "lmi_monthly_usd", "lmi_instances_min", "lmi_instances_mean",
                "lmi_instances_peak", "lmi_instance_hours", "lmi_throttles", "lmi_latency_p50_ms", "lmi_latency_p99_ms");
        assertThat(results).contains("lmi_max_concurrency");
        // the bad row is reported with its column and the batch exits 1
        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).contains("lmi_max_concurrency");
    }
}
