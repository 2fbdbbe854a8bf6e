package io.lambdasim.reports.around;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A simulated scenario's bill around the function: the engine's counts of messages and batches (or
 * requests) for the covered hour, projected to a month of 730 h, priced by hand with the bundled
 * around-prices.json (aws.amazon.com/sqs/pricing: $0.40 per million after 1 M free; /api-gateway/pricing:
 * HTTP API $1.00 per million), and written beside the existing cost keys.
 */
class AroundScenarioTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    private static JsonNode simulate(String... settings) {
        ScenarioOptions.Builder b = ScenarioOptions.builder().set("generate", "constant(100ms);duration=const(20ms);horizon=1h");
        for (int i = 0; i < settings.length; i += 2) {
            b.set(settings[i], settings[i + 1]);
        }
        ScenarioResult r = RUNNER.run(b.build());
        return ScenarioJson.toJson(r);
    }

    @Test
    void sqsRequestsFollowTheEnginesMessagesAndBatches() {
        JsonNode o = simulate("source", "sqs", "batch_size", "10", "batch_window", "1s");
        long messages = o.get("sources").get("messages").asLong();
        long batches = o.get("sources").get("batches").asLong();
        assertThat(messages).isEqualTo(36_000); // 10 a second for an hour
        // a month is 730 of these hours; each message a send (1 KiB: one chunk), each batch of at most 10 a
        // receive and a delete: 730 × (messages + 2 × batches) requests, the first million free, $0.40 per million
        long requests = 730 * (messages + 2 * batches);
        BigDecimal expected = BigDecimal.valueOf(requests - 1_000_000).multiply(new BigDecimal("0.40"))
                .divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL128);
        assertThat(o.get("monthly").get("triggers").decimalValue())
                .isEqualByComparingTo(expected.setScale(8, RoundingMode.HALF_EVEN));
        // the covered period's share: an hour of 730
        assertThat(o.get("cost").get("triggers").decimalValue().setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(expected.divide(BigDecimal.valueOf(730), MathContext.DECIMAL128).setScale(6, RoundingMode.HALF_EVEN));
        assertThat(o.get("monthly").get("frontDoor").decimalValue()).isZero();
        // the existing keys keep their meaning: the function's own bill
        assertThat(o.get("monthly").get("total").decimalValue()).isEqualByComparingTo(
                o.get("monthly").get("requests").decimalValue().add(o.get("monthly").get("compute").decimalValue())
                        .add(o.get("monthly").get("provisioned").decimalValue()).add(o.get("monthly").get("storage").decimalValue()));
    }

    @Test
    void syncRequestsPassTheFrontDoor() {
        JsonNode o = simulate("front_door", "http-api");
        // 36,000 requests an hour × 730 = 26,280,000 a month × $1.00 per million = $26.28
        assertThat(o.get("invocations").asLong()).isEqualTo(36_000);
        assertThat(o.get("monthly").get("frontDoor").decimalValue()).isEqualByComparingTo("26.28");
        assertThat(o.get("around").get("monthlyLines").get(0).get("item").asText()).isEqualTo("HTTP API requests");
    }

    @Test
    void ec2FleetsPayTheirOwnAddressesAndVolumes() {
        JsonNode o = simulate("ec2", "t3.micro", "public_ipv4", "1", "ebs_gb", "8");
        // a static fleet of 2 t3.micro all month: 1,460 instance-hours × $0.005 for one address each
        // (aws.amazon.com/vpc/pricing, public IPv4) = $7.30, plus 2 × 8 GB × $0.08 gp3 GB-month = $1.28
        assertThat(o.get("ec2").get(0).get("instances").get("peak").asInt()).isEqualTo(2);
        assertThat(o.get("ec2").get(0).get("monthlyNetworkCost").asDouble()).isCloseTo(8.58, org.assertj.core.api.Assertions.within(0.01));
    }
}
