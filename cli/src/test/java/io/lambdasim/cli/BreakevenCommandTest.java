package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakevenCommandTest {

    @TempDir
    Path tmp;

    @Test
    void seedCheck128MbAt100msBreaksEvenNear22MillionRequests() {
        // The 2014 comparison (the 100 ms era's prices of aws.amazon.com/lambda/pricing): aws-2014 rules, no free tier, a $9 a
        // month instance: 128 MB at 100 ms costs 0.0125 GB-s × $0.00001667 + $0.0000002 =
        // $4.08375e-7 a request, so $9.00017 (0.012329 × 730) buys 22,039,000 requests.
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "128", "--rules", "aws-2014",
                "--no-free-tier", "--ec2", "t2=0.012329", "--min-instances", "1", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode t2 = r.json().get("ec2").get(0);
        assertThat(t2.get("monthlyCost").asDouble()).isCloseTo(9.0, within(0.01));
        assertThat(t2.get("breakEvenRequests").asDouble()).isCloseTo(22_039_000, within(22_039_000 * 0.01));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            // The same comparison's other two figures, same $9 instance:
            // 1,536 MB at 1 s: 1.5 GB-s × $0.00001667 + $0.0000002 = $2.5205e-5 → 357,000;
            // 1,024 MB at 150 s: 150 GB-s × $0.00001667 + $0.0000002 = $2.5007e-3 → 3,600.
            "1000, 1536, 357079",
            "150000, 1024, 3599"})
    void seedFiguresForLongerFunctions(String durationMs, String memoryMb, long expected) {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", durationMs, "--memory-mb", memoryMb, "--rules",
                "aws-2014", "--no-free-tier", "--ec2", "t2=0.012329", "--min-instances", "1", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.json().get("ec2").get(0).get("breakEvenRequests").asLong()).isCloseTo(expected, within(2L));
    }

    @Test
    void crossingCostsAgreeWithTheExactBillWithinACent() {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2",
                "m7g.large,c7g.large,t4g.small", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode crossings = r.json().get("crossings");
        assertThat(crossings.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode c : crossings) {
            if (!c.get("atStep").asBoolean()) {
                assertThat(c.get("lambdaCostExact").asDouble()).isCloseTo(c.get("ec2Cost").asDouble(), within(0.01));
            }
        }
        // m7g.large: two instances ($119.14) against 200 ms at 0.5 GB = 0.1 GB-s a request at
        // $0.0000166667 + $0.0000002 = $1.866667e-6, after the free tier's 1M requests ($0.20) and
        // 400,000 GB-s ($6.67): (119.14 + 0.20 + 6.67) / 1.866667e-6 = 67.5 million.
        JsonNode m7g = r.json().get("ec2").get(0);
        assertThat(m7g.get("breakEvenRequests").asDouble()).isCloseTo(67_500_000, within(100_000.0));
    }

    @Test
    void exactBillMatchesTheCostCommandWhenItIsAvailable() {
        CommandRun be = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "128", "--rules", "aws-2014",
                "--no-free-tier", "--ec2", "t2=0.012329", "--min-instances", "1", "--json");
        long requests = be.json().get("ec2").get(0).get("breakEvenRequests").asLong();
        CommandRun cost = CommandRun.of("cost", "--requests", Long.toString(requests), "--duration-ms", "100",
                "--memory-mb", "128", "--rules", "aws-2014", "--no-free-tier", "--json");
        org.junit.jupiter.api.Assumptions.assumeTrue(cost.exitCode == 0, "lambdasim cost not available yet");
        assertThat(cost.json().get("totalCost").asDouble()).isCloseTo(9.0, within(0.01));
    }

    @Test
    void tableNamesTheCheapestOptionInEveryIntervalAndCsvHasChartPoints() throws Exception {
        Path csv = tmp.resolve("points.csv");
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "200", "--memory-mb", "512", "--ec2", "m7g.large",
                "--csv", csv.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("Cheapest option by monthly requests").contains("Lambda").contains("m7g.large cheaper above");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("option,requests,monthly_cost");
        assertThat(lines).anyMatch(l -> l.startsWith("lambda,1000,")).anyMatch(l -> l.startsWith("m7g.large,"));
    }

    @Test
    void aSteadyVcpuAllMonthIsCheaperOnEc2InWords() {
        // One 1 s CPU-bound request a second at 1,769 MB keeps one vCPU busy; a month of it on
        // Lambda is about $69 (with the free tier), one m7g.large $59.57.
        CommandRun r = CommandRun.of("breakeven", "--generate", "constant(1s);duration=const(1s);horizon=1d;memory=1769",
                "--cpu-fraction", "1", "--ec2", "m7g.large", "--min-instances", "1", "--max-factor", "4");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("Cheapest at today's traffic: m7g.large")
                .contains("Today m7g.large is cheaper than Lambda");
    }

    @Test
    void aFewThousandInvocationsAMonthAreCheaperOnLambdaInWords() {
        // One 200 ms request every 10 minutes: 4,380 a month, inside the free tier.
        CommandRun r = CommandRun.of("breakeven", "--generate", "constant(10m);duration=const(200ms);horizon=1d",
                "--ec2", "t4g.small", "--max-factor", "8", "--json");
        assertThat(r.exitCode).as(r.err).isZero();
        JsonNode o = r.json().get("ec2").get(0);
        assertThat(o.get("cheaperToday").asText()).isEqualTo("lambda");
        assertThat(o.get("summary").asText()).startsWith("Today Lambda is cheaper than t4g.small");
        assertThat(r.json().get("summary").asText()).startsWith("Cheapest at today's traffic: Lambda");
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        CommandRun r = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "128", "--ec2", "t2=cheap");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).contains("t2=cheap").doesNotContain("\n").doesNotContain("Exception");
        CommandRun mem = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "100", "--ec2", "m7g.large");
        assertThat(mem.exitCode).isEqualTo(2);
        assertThat(mem.err).contains("--memory-mb '100'").contains("128 to 10240");
        CommandRun type = CommandRun.of("breakeven", "--duration-ms", "100", "--memory-mb", "128", "--ec2", "z9.huge");
        assertThat(type.err).contains("unknown instance type 'z9.huge'");
    }

    /** Issue 17's command, on 2 h of its traffic instead of 24 h (the engine's QueueingTheoryTest replays all 24). */
    private static CommandRun issue17(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("breakeven", "--generate",
                "poisson(12/s);duration=exp(250ms);horizon=2h;memory=1769", "--memory-mb", "1769", "--ec2", "c7g.large",
                "--min-instances", "2", "--max-instances", "2", "--cpu-fraction", "1", "--max-factor", "1"));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void issue17TheBalancerIsChosenAndTheFleetIsTheM_M_4Queue() {
        // Two c7g.large (2 vCPU, 4 GiB: 2 slots of 1,769 MB each) at 3 vCPUs of offered load: M/M/4
        // at ρ = 0.75, where Erlang C gives P(wait) = 0.509 and a mean wait of 127 ms (the engine's
        // QueueingTheoryTest derives both). Two hours is enough to tell it from the M/M/6 (10%
        // waited) the fleet was before: a static fleet now keeps to --max-instances.
        CommandRun central = issue17("--json", "--balancer", "central");
        assertThat(central.exitCode).as(central.err).isZero();
        JsonNode fleet = central.json().get("ec2").get(0).get("fleet");
        assertThat(fleet.get("peakInstances").asInt()).isEqualTo(2);
        assertThat(fleet.get("balancer").asText()).isEqualTo("central");
        assertThat(fleet.get("waitedShare").asDouble()).isCloseTo(0.509, within(0.05));
        assertThat(fleet.get("queueMs").get("mean").asDouble()).isCloseTo(127, within(0.25 * 127));
        assertThat(fleet.get("queueMs").get("p99").asDouble()).isPositive();
        assertThat(fleet.get("responseMs").get("mean").asDouble()).isCloseTo(127 + 250, within(0.15 * 377));
        assertThat(fleet.get("instanceCpuUtilization").get("max").asDouble()).isCloseTo(0.75, within(0.05));
        // The default is least-outstanding; the older keys are all still there.
        CommandRun byDefault = issue17("--json");
        JsonNode d = byDefault.json().get("ec2").get(0).get("fleet");
        assertThat(d.get("balancer").asText()).isEqualTo("least-outstanding");
        for (String key : List.of("mode", "peakInstances", "averageInstances", "instanceHours", "launches", "cpuUtilization",
                "overloadedSeconds", "queuedInvocations", "queueMs", "surplusVcpuHours", "throttledSeconds")) {
            assertThat(d.has(key)).as(key).isTrue();
        }
        assertThat(issue17("--balancer", "round-robin").out).contains("requests placed by a round-robin balancer")
                .contains("waited %");
    }

    @Test
    void issue17BadBalancerOrATooSmallInstanceIsOneLineAndExitCode2() {
        CommandRun bad = issue17("--balancer", "random");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.strip()).isEqualTo("lambdasim breakeven: --balancer 'random': "
                + "expected one of least-outstanding, round-robin, central");
        // t3.micro has 1 GiB (price book): a 4,096 MB request cannot run on it.
        CommandRun tooBig = CommandRun.of("breakeven", "--generate", "poisson(2/s);duration=exp(250ms);horizon=10m;memory=4096",
                "--ec2", "t3.micro", "--max-factor", "1");
        assertThat(tooBig.exitCode).isEqualTo(2);
        assertThat(tooBig.err.strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("a request holding 4096 MB does not fit in an instance of 1024 MB");
    }
}
