package io.lambdasim.reports.around;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cheapest option of a simulated scenario on whole bills (issue 18): each side with its own
 * surroundings. Ten 20 ms requests a second for an hour, a month of 730 such hours: 26,280,000 requests.
 * On the function alone Lambda is cheaper than two t3.micro (the default static fleet); behind an HTTP
 * API ($1.00 per million, aws.amazon.com/api-gateway/pricing, around-prices.json) it pays $26.28 more a
 * month and the fleet, which pays no front door of its own here, wins.
 */
class CheapestWholeBillTest {

    private static final String WORKLOAD = "constant(100ms);duration=const(20ms);horizon=1h";

    private static JsonNode simulate(String... settings) {
        ScenarioOptions.Builder b = ScenarioOptions.builder().set("generate", WORKLOAD).set("ec2", "t3.micro");
        for (int i = 0; i < settings.length; i += 2) {
            b.set(settings[i], settings[i + 1]);
        }
        return ScenarioJson.toJson(new ScenarioRunner().run(b.build()));
    }

    @Test
    void theFrontDoorTurnsTheCheapestWholeBillToTheFleet() {
        JsonNode o = simulate("front_door", "http-api");
        BigDecimal lambda = o.get("monthly").get("total").decimalValue();
        double ec2 = o.get("ec2").get(0).get("monthlyCost").asDouble();
        // the function alone: Lambda is cheaper, as the existing key has always said
        assertThat(o.get("ec2").get(0).get("cheaperThanLambda").asBoolean()).isFalse();
        assertThat(lambda.doubleValue()).isLessThan(ec2);
        assertThat(lambda.add(new BigDecimal("26.28")).doubleValue()).isGreaterThan(ec2);
        JsonNode w = o.get("cheapestWholeBill");
        assertThat(w.get("option").asText()).isEqualTo("t3.micro");
        assertThat(w.get("monthlyCost").asDouble()).isEqualTo(ec2); // no addresses or volumes asked for
        JsonNode lambdaRank = w.get("ranking").get(1);
        assertThat(lambdaRank.get("option").asText()).isEqualTo("Lambda");
        assertThat(lambdaRank.get("aroundMonthlyCost").decimalValue()).isEqualByComparingTo("26.28");
        assertThat(lambdaRank.get("monthlyCost").decimalValue()).isEqualByComparingTo(lambda.add(new BigDecimal("26.28")));
    }

    @Test
    void theFleetsOwnAddressesCountOnItsSide() {
        // one public IPv4 per instance: 2 × 730 h × $0.005 = $7.30 a month (aws.amazon.com/vpc/pricing) on the fleet's side
        JsonNode o = simulate("public_ipv4", "1");
        JsonNode ec2 = o.get("cheapestWholeBill").get("ranking").get(1);
        assertThat(ec2.get("option").asText()).isEqualTo("t3.micro");
        assertThat(ec2.get("aroundMonthlyCost").decimalValue()).isEqualByComparingTo("7.30");
        assertThat(o.get("cheapestWholeBill").get("option").asText()).isEqualTo("Lambda");
    }

    @Test
    void resultsCsvHasTheWholeBillBesideTheFunctionOnlyCheapest() {
        Scenario s = new Scenario(0, 2, "api", Map.of("generate", WORKLOAD, "ec2", "t3.micro", "front_door", "http-api"), null);
        ScenarioOutcome out = new SimulatingExecutor().run(s, Path.of("."), f -> { });
        Map<String, String> f = out.figures();
        assertThat(f.get(ResultColumns.CHEAPEST_OPTION)).isEqualTo("Lambda");
        assertThat(f.get(ResultColumns.CHEAPEST_WHOLE_BILL_OPTION)).isEqualTo("t3.micro");
        assertThat(f.get(ResultColumns.CHEAPEST_WHOLE_BILL_MONTHLY_USD)).isEqualTo(f.get("ec2_t3.micro_monthly_usd"));
        // the report's bars: Lambda's stack carries its front door
        double lambdaBar = out.costs().stream().filter(c -> c.option().equals("Lambda")).findFirst().orElseThrow().totalUsd();
        assertThat(lambdaBar).isCloseTo(Double.parseDouble(f.get(ResultColumns.LAMBDA_MONTHLY_USD)) + 26.28,
                org.assertj.core.api.Assertions.within(0.01));
    }
}
