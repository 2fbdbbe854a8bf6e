package io.lambdasim.reports.lmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three-way comparison (Lambda, Managed Instances, an EC2 fleet) on a steady load, against the
 * closed form of AWS's published LMI pricing methodology (aws-samples/sample-aws-lambda-managed-instances,
 * tools/pricing-calculator/docs/CALCULATOR_METHODOLOGY.md), with the prices of the bundled price book.
 */
class LmiScenarioTest {

    /**
     * One invocation every 10 ms for ten minutes, 960 ms each at 1,769 MB (one full vCPU in Lambda), a
     * quarter of it CPU work: 96 in flight, 24 vCPUs busy; free tier off (the methodology applies none).
     */
    private static Map<String, String> steady() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("generate", "constant(10ms);duration=const(960ms);horizon=10m;memory=1769");
        s.put("cpu_fraction", "0.25");
        s.put("free_tier", "no");
        s.put("ec2", "m7g.xlarge");
        s.put("lmi", "m7g.xlarge");
        return s;
    }

    @Test
    void steadyLoadReproducesTheMethodologysClosedForm() {
        ScenarioOutcome out = new SimulatingExecutor().run(new Scenario(0, 2, "steady", steady(), null), Path.of("."), p -> { });
        Map<String, String> f = out.figures();

        // Methodology, Balanced-style inputs: sustainable concurrency per vCPU = 1 / 0.25 = 4; a 2,048 MB
        // environment at 2 GB per vCPU has 1 vCPU; 96 / 4 = 24 environments; an m7g.xlarge (4 vCPU, 16 GiB)
        // keeps 1 vCPU and 1 GB: min(⌊3/1⌋, ⌊15,360/2,048⌋) = 3 per instance; 24 / 3 = 8 instances; with the 50%
        // buffer ⌈8 × 1.5⌉ = 12; the 3-instance floor does not bind.
        int instances = Math.max(3, (int) Math.ceil(Math.ceil(Math.ceil(96 / 4.0) / 3) * 1.5));
        assertThat(instances).isEqualTo(12);
        assertThat(f.get("lmi_instances_min")).isEqualTo("12");
        assertThat(f.get("lmi_instances_peak")).isEqualTo("12");
        assertThat(f.get("lmi_throttles")).isEqualTo("0");

        // Monthly (730 h): EC2 cost = 12 × $0.1632 × 730 = $1,429.632; management fee = 15% of it = $214.4448;
        // requests = 100/s × 3,600 × 730 = 262,800,000 × $0.20/M = $52.56.
        double requestsPerMonth = 100.0 * 3600 * 730;
        double ec2Part = instances * 0.1632 * 730;
        double fee = 0.15 * ec2Part;
        double requests = requestsPerMonth * 0.20 / 1e6;
        assertThat(Double.parseDouble(f.get("lmi_monthly_usd"))).isCloseTo(ec2Part + fee + requests, within(0.005));
        // The simulated ten minutes themselves (a sixth of an hour; 730 × 6 of them make the month): 2 instance-hours,
        // 60,000 requests.
        assertThat(Double.parseDouble(f.get("lmi_instance_hours"))).isCloseTo(2, within(1e-3));
        assertThat(Double.parseDouble(f.get("lmi_usd"))).isCloseTo((ec2Part + fee + requests) / (730 * 6), within(0.005));

        // Standard Lambda by the same methodology: GB-s = requests × 0.96 s × 1,769/1,024 GB at $0.0000166667
        // (x86 first tier), plus $0.20 per million requests; for the simulated ten minutes (free tier off).
        double lambdaPeriod = 60_000 * 0.96 * 1769 / 1024.0 * 0.0000166667 + 60_000 * 0.20 / 1e6;
        assertThat(Double.parseDouble(f.get("lambda_total_usd"))).isCloseTo(lambdaPeriod, within(0.005));

        // Managed Instances is the cheapest of the three for this steady, CPU-light load.
        double ec2Fleet = Double.parseDouble(f.get("ec2_m7g.xlarge_usd"));
        assertThat(ec2Fleet).isGreaterThan(Double.parseDouble(f.get("lmi_usd")));
        assertThat(f.get("cheapest_option")).isEqualTo("lmi:m7g.xlarge");
        assertThat(out.costs()).extracting(c -> c.option()).containsExactly("Lambda", "m7g.xlarge", "lmi:m7g.xlarge");
    }

    @Test
    void jsonBlockHasTheContractKeysAndNoColdStarts() {
        ScenarioOptions.Builder b = ScenarioOptions.builder().name("steady");
        steady().forEach((k, v) -> b.set(k, v));
        ScenarioResult r = new ScenarioRunner().run(b.build());
        JsonNode lmi = ScenarioJson.toJson(r).get("lmi");
        for (String k : new String[] {"min", "mean", "peak"}) {
            assertThat(lmi.get("instances").has(k)).as(k).isTrue();
        }
        assertThat(lmi.get("instanceHours").asDouble()).isCloseTo(2, within(1e-6));
        assertThat(lmi.get("throttled").asLong()).isZero();
        assertThat(lmi.get("coldStarts").asLong()).isZero();
        assertThat(lmi.get("latencyMs").get("p50").asDouble()).isCloseTo(960, within(1.0));
        assertThat(lmi.get("latencyMs").get("p99").asDouble()).isCloseTo(960, within(1.0));
        for (String block : new String[] {"cost", "monthly"}) {
            for (String k : new String[] {"instances", "managementFee", "requests", "total"}) {
                assertThat(lmi.get(block).has(k)).as(block + "." + k).isTrue();
            }
        }
        // Ten minutes: 12 × 0.1632 / 6 = $0.3264; fee 15% of it, $0.04896; 60,000 requests $0.012; a month is
        // 730 × 6 such periods.
        assertThat(lmi.get("cost").get("instances").decimalValue()).isEqualByComparingTo("0.3264");
        assertThat(lmi.get("cost").get("managementFee").decimalValue()).isEqualByComparingTo("0.04896");
        assertThat(lmi.get("cost").get("requests").decimalValue()).isEqualByComparingTo("0.012");
        assertThat(lmi.get("monthly").get("total").asDouble()).isCloseTo(730 * 6 * (0.3264 + 0.04896 + 0.012), within(1e-6));
    }

    @Test
    void savingsPlanDiscountsTheInstancesNotTheFee() {
        ScenarioOptions.Builder b = ScenarioOptions.builder().name("steady");
        steady().forEach((k, v) -> b.set(k, v));
        b.set("savings_plan", "0.3");
        JsonNode cost = ScenarioJson.toJson(new ScenarioRunner().run(b.build())).get("lmi").get("cost");
        // 0.3264 × 0.7 = 0.22848; the fee stays 15% of on-demand.
        assertThat(cost.get("instances").decimalValue()).isEqualByComparingTo("0.22848");
        assertThat(cost.get("managementFee").decimalValue()).isEqualByComparingTo("0.04896");
    }

    @Test
    void badSettingsAreOneLineNamingTheValue() {
        assertThatThrownBy(() -> ScenarioOptions.builder().set("lmi", "m7g.large,max_concurrency=0"))
                .hasMessageContaining("lmi_max_concurrency 0 outside 1..1600").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ScenarioOptions.builder().set("lmi", "m7g.large,min=5,max=4"))
                .hasMessageContaining("lmi_min 5 exceeds lmi_max 4");
        assertThatThrownBy(() -> ScenarioOptions.builder().set("lmi", "m7g.large,colour=red"))
                .hasMessageContaining("colour=red");
        ScenarioOptions.Builder b = ScenarioOptions.builder().generate("poisson(1/s);duration=const(10ms);horizon=1m");
        b.set("lmi", "m9z.huge");
        assertThatThrownBy(() -> new ScenarioRunner().run(b.build())).hasMessageContaining("m9z.huge")
                .hasMessageContaining("m7g.large");
        ScenarioOptions.Builder t = ScenarioOptions.builder().generate("poisson(1/s);duration=const(10ms);horizon=1m");
        t.set("lmi", "t3.micro");
        assertThatThrownBy(() -> new ScenarioRunner().run(t.build())).hasMessageContaining("burstable");
    }
}
