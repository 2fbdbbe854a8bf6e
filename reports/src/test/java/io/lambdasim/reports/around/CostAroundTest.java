package io.lambdasim.reports.around;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.CostReport;
import io.lambdasim.reports.usecase.CostRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code lambdasim cost --front-door ...} on the README example (3,000,000 requests of 120 ms at
 * 1,536 MB against one t3.micro, free tier): the break-even moves from 4,518,330 requests a month
 * (the function alone) to where the function plus its front door costs as much as the instance.
 *
 * <p>Hand arithmetic from the bundled price books: t3.micro $0.0104 × 730 h = $7.592 a month; a
 * request bills 120 ms × 1.5 GB = 0.18 GB-s at $0.0000166667 (aws.amazon.com/lambda/pricing) after
 * 400,000 free GB-s (free from 2,222,222 requests on), plus $0.20 per million after 1,000,000 free.
 * API Gateway (aws.amazon.com/api-gateway/pricing, us-east-1): HTTP API $1.00 per million for the
 * first 300 M, REST API $3.50 per million for the first 333 M; their 12-month free tier is not applied.
 */
class CostAroundTest {

    private static CostReport cost(String... settings) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requests", "3000000");
        m.put("duration_ms", "120");
        m.put("memory_mb", "1536");
        m.put("ec2", "t3.micro");
        for (int i = 0; i < settings.length; i += 2) {
            m.put(settings[i], settings[i + 1]);
        }
        return UseCases.cost(CostRequest.from(SettingValues.of(m)));
    }

    @Test
    void httpApiMovesTheT3MicroBreakEvenFrom452To344Million() {
        CostReport alone = cost();
        assertThat(alone.ec2().get(0).breakEvenRequests()).isEqualTo(4_518_330);
        CostReport http = cost("front_door", "http-api");
        // above 2,222,222 requests: 0.2e-6 (R − 1e6) + 0.0000166667 (0.18 R − 400,000) + 1.0e-6 R = 7.592
        // 4.200006e-6 R = 7.592 + 0.2 + 6.66668 = 14.45868  ->  R = 3,442,537.95: the first whole request is 3,442,538
        assertThat(http.ec2().get(0).breakEvenRequests()).isEqualTo(3_442_538);
        assertThat(http.ec2().get(0).breakEven().functionOnly()).isEqualTo(4_518_330);
        assertThat(http.ec2().get(0).breakEven().movers()).extracting(SteadyBreakEven.Mover::component)
                .containsExactly(Component.FRONT_DOOR);
        // and the month's front door at 3 M requests: $3.00
        assertThat(http.around().of(Component.FRONT_DOOR)).isEqualByComparingTo("3");
    }

    @Test
    void restApiMovesItToAbout21Million() {
        // below 2,222,222 requests the duration is free: 0.2e-6 (R − 1e6) + 3.5e-6 R = 7.592
        // 3.7e-6 R = 7.792  ->  R = 2,105,945.95: the first whole request is 2,105,946
        assertThat(cost("front_door", "rest-api").ec2().get(0).breakEvenRequests()).isEqualTo(2_105_946);
    }

    @Test
    void functionUrlsAndTheSameDataOutOnBothSidesLeaveItWhereItWas() {
        assertThat(cost("front_door", "function-url").ec2().get(0).breakEvenRequests()).isEqualTo(4_518_330);
        // data out costs $0.09/GB on both sides (aws.amazon.com/ec2/pricing): it cancels in the comparison
        assertThat(cost("response_bytes", "100000").ec2().get(0).breakEvenRequests()).isEqualTo(4_518_330);
    }

    @Test
    void theJsonHasTheComponentsBesideTheExistingKeys() {
        ObjectNode o = cost("front_door", "http-api", "logs", "yes").json();
        assertThat(o.get("totalCost").decimalValue()).isEqualByComparingTo("2.733338"); // unchanged: the function's bill
        assertThat(o.get("cost").get("frontDoor").decimalValue()).isEqualByComparingTo("3");
        // 3 M × 350 platform bytes = 1.05e9 B / 2^30 = 0.9778887 GB × $0.50 = $0.48894435
        assertThat(o.get("monthly").get("logs").decimalValue()).isEqualByComparingTo("0.48894435");
        assertThat(o.get("cost").has("triggers")).isTrue();
        assertThat(o.get("cost").has("network")).isTrue();
        assertThat(o.get("ec2").get(0).get("breakEvenRequestsFunctionOnly").asLong()).isEqualTo(4_518_330);
        assertThat(o.get("ec2").get(0).get("movedMostBy").get(0).get("component").asText()).isEqualTo("frontDoor");
    }

    @Test
    void aValueOutsideItsRangeNamesTheValueAndTheRange() {
        assertThatThrownBy(() -> cost("front_door", "cloudfront")).isInstanceOf(SettingException.class)
                .hasMessageContaining("cloudfront").hasMessageContaining("none, http-api, rest-api, alb, function-url");
        assertThatThrownBy(() -> Settings.AZS.parse("9")).isInstanceOf(SettingException.class)
                .hasMessageContaining("from 1 to 6");
    }
}
