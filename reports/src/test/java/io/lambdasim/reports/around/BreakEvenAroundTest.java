package io.lambdasim.reports.around;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.reports.breakeven.BreakEvenReport;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The analytic break-even with and without the bill around the function, on the README's cost example
 * (120 ms at 1,536 MB, free tier) against one instance at $0.0104 an hour (t3.micro's price, 1 vCPU,
 * memory never limiting, one instance at least): the same crossings as {@code lambdasim cost}, derived
 * in CostAroundTest from aws.amazon.com/lambda/pricing and aws.amazon.com/api-gateway/pricing.
 */
class BreakEvenAroundTest {

    private static BreakEvenReport breakEven(String... more) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(Map.of("duration_ms", "120", "memory_mb", "1536",
                "ec2", "box=0.0104", "min_instances", "1"));
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return UseCases.breakEven(BreakEvenRequest.from(SettingValues.of(m)));
    }

    @Test
    void theCrossingWithAndWithoutTheFrontDoor() {
        BreakEvenReport alone = breakEven();
        assertThat(alone.functionOnly()).isNull();
        // $0.0104 × 730 = $7.592: 4,518,329.6 requests for the function alone
        assertThat(alone.result().crossingsOf("box").get(0).requests()).isCloseTo(4_518_329.6, within(1.0));
        BreakEvenReport http = breakEven("front_door", "http-api", "logs", "yes");
        // 4.200006e-6 R + 350 B × $0.50/GB per request = 14.45868 (+ nothing below the free tiers): with the logs,
        // 0.5 × 350 / 2^30 = 1.6298145e-7 $ a request: 4.36298745e-6 R = 14.45868 -> R = 3,313,940.4
        assertThat(http.result().crossingsOf("box").get(0).requests()).isCloseTo(3_313_940.4, within(1.0));
        assertThat(http.functionOnly().crossingsOf("box").get(0).requests()).isCloseTo(4_518_329.6, within(1.0));
        // the front door alone gives cost's 3,442,538; the logs alone move it far less
        List<Map.Entry<Component, Double>> movers = http.movers("box");
        assertThat(movers).extracting(Map.Entry::getKey).containsExactly(Component.FRONT_DOOR, Component.LOGS);
        assertThat(movers.get(0).getValue()).isCloseTo(3_442_538, within(1.0));
        @SuppressWarnings("unchecked")
        Map<String, Object> whole = (Map<String, Object>) http.json().get("wholeBill");
        assertThat(whole.get("components")).isEqualTo(List.of("frontDoor", "logs"));
    }
}
