package io.lambdasim.reports.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.reports.run.ScenarioExtension;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

class Ec2ScenarioExtensionTest {

    @Test
    void registeredExtensionPutsEachFleetBesideTheLambdaBill() {
        ScenarioRunner runner = new ScenarioRunner();
        assertThat(runner.extensions()).hasAtLeastOneElementOfType(Ec2ScenarioExtension.class);
        // One 1 s request a second for an hour: a static m7g.large fleet keeps its minimum of 2,
        // which costs 2 × $0.0816 for the hour and 2 × 730 × $0.0816 = $119.14 a month.
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("constant(1s);duration=const(1s);horizon=1h;memory=1024")
                .set("ec2", "m7g.large").build();
        ScenarioResult r = runner.run(o);
        ScenarioExtension.Result ec2 = r.extensions().stream()
                .filter(x -> x.figures().containsKey("ec2_m7g.large_usd")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(ec2.figures().get("ec2_m7g.large_monthly_usd"))).isCloseTo(119.14, within(0.01));
        assertThat(Double.parseDouble(ec2.figures().get("ec2_m7g.large_usd"))).isCloseTo(2 * 0.0816, within(0.001));
        ObjectNode json = new ObjectMapper().createObjectNode();
        ec2.writeJson(json);
        assertThat(json.get("ec2").get(0).get("instances").get("peak").asInt()).isEqualTo(2);
        assertThat(json.get("ec2").get(0).get("queueMs").get("p99").asDouble()).isZero();
        // Lambda a month: 2,628,000 requests of 1 GB-s: (2,628,000 − 400,000) × $0.0000166667
        // + (2,628,000 − 1,000,000) × $0.0000002 = $37.13 + $0.33 = $37.46 (plus an INIT an hour):
        // cheaper than the fleet.
        assertThat(json.get("ec2").get(0).get("lambdaMonthlyCost").asDouble()).isCloseTo(37.46, within(0.05));
        assertThat(json.get("ec2").get(0).get("cheaperThanLambda").asBoolean()).isFalse();
        assertThat(ec2.summaryLines()).singleElement().asString().startsWith("EC2 m7g.large (static): 2 instances at peak")
                .contains("dearer than Lambda ($37.4");
        // Issue 17: which balancer placed the requests, in the JSON, the words and the figures. One
        // request at a time on two instances: none waits, and the instances take turns (equal
        // use). Each 1 s at 1,024 MB with the default CPU share 0.5 is 500 ms of I/O plus 500 ms of
        // CPU at 1024 / 1769 of a vCPU, which a full instance vCPU does in 289.4 ms: 789.4 ms.
        JsonNode fleet = json.get("ec2").get(0);
        assertThat(fleet.get("balancer").asText()).isEqualTo("least-outstanding");
        assertThat(fleet.get("waitedShare").asDouble()).isZero();
        assertThat(fleet.get("queueMs").get("mean").asDouble()).isZero();
        assertThat(fleet.get("responseMs").get("mean").asDouble()).isCloseTo(500 + 500 * 1024 / 1769.0, within(1.0));
        assertThat(fleet.get("instanceCpuUtilization").get("min").asDouble())
                .isCloseTo(fleet.get("instanceCpuUtilization").get("max").asDouble(), within(0.001));
        assertThat(ec2.summaryLines().get(0)).contains("0.0% of requests waited, behind a least-outstanding balancer");
        assertThat(ec2.figures()).containsEntry("ec2_balancer", "least-outstanding");
    }

    @Test
    void theBalancerSettingChoosesThePlacement() {
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("poisson(20/s);duration=exp(200ms);horizon=10m;memory=1769")
                .set("ec2", "c7g.large").set("balancer", "round-robin", true).set("cpu_fraction", "1").build();
        ScenarioExtension.Result ec2 = new ScenarioRunner().run(o).extensions().stream()
                .filter(x -> x.figures().containsKey("ec2_c7g.large_usd")).findFirst().orElseThrow();
        ObjectNode json = new ObjectMapper().createObjectNode();
        ec2.writeJson(json);
        assertThat(json.get("ec2").get(0).get("balancer").asText()).isEqualTo("round-robin");
        assertThat(ec2.summaryLines().get(0)).contains("behind a round-robin balancer");
    }

    @Test
    void anInstanceTooSmallForOneRequestIsReportedNotFatal() {
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("constant(10s);duration=const(100ms);horizon=10m;memory=2048")
                .set("ec2", "t3.micro,m7g.large").build();
        ScenarioResult r = new ScenarioRunner().run(o);
        ScenarioExtension.Result ec2 = r.extensions().stream()
                .filter(x -> x.figures().containsKey("ec2_m7g.large_usd")).findFirst().orElseThrow();
        // t3.micro has 1 GiB (price book): a 2,048 MB request cannot run on it.
        assertThat(ec2.summaryLines()).hasSize(2).last().asString()
                .isEqualTo("EC2 t3.micro left out: a request holding 2048 MB does not fit in an instance of 1024 MB");
        assertThat(ec2.figures()).doesNotContainKey("ec2_t3.micro_usd");
    }

    @Test
    void noEc2TypesNoResult() {
        ScenarioOptions o = ScenarioOptions.builder().generate("constant(1m);duration=const(1s);horizon=10m").build();
        assertThat(new Ec2ScenarioExtension().run(o, null)).isNull();
    }
}
