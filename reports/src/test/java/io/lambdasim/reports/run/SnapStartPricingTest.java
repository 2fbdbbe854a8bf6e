package io.lambdasim.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's charges in a scenario's monthly bill. Prices: aws.amazon.com/lambda/pricing, "SnapStart"
 * (us-east-1, x86_64: cache $0.0000015046 per GB-s, restore $0.0001397998 per GB restored); rules:
 * docs.aws.amazon.com/lambda/latest/dg/snapstart.html ("SnapStart pricing": Python and .NET pay, Java
 * does not; "Supported features and limitations": no provisioned concurrency, /tmp up to 512 MB).
 */
class SnapStartPricingTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner(List.of(), PriceBookPricing::forOptions);

    /** One call an hour for a day at 1,024 MB: the 10-minute keep-alive has expired each time, so 24 restores. */
    private static ScenarioOptions.Builder hourly() {
        return ScenarioOptions.builder()
                .generate("schedule(rate(1 hour));duration=const(100ms);horizon=1d;function=nightly;memory=1024")
                .set("memory_mb", "1024");
    }

    @Test
    void aPythonFunctionPaysTheCacheForTheMonthAndEachRestore() {
        ScenarioResult r = RUNNER.run(hourly().set("snapstart", "python3.12").build());
        assertThat(r.simulation().total().coldStarts()).isEqualTo(24);
        // A day projected to a 730 h month: 24 × 730 / 24 = 730 restores × 1 GB × $0.0001397998 = $0.102053854;
        // the version is active the whole month: 1 GB × 2,628,000 s × $0.0000015046 = $3.9540888.
        assertThat(r.monthly().snapStart()).isEqualByComparingTo("4.056142654");
        assertThat(r.monthly().total()).isEqualByComparingTo(
                r.monthly().requests().add(r.monthly().compute()).add(r.monthly().provisioned())
                        .add(r.monthly().storage()).add(new BigDecimal("4.056142654")));
        // the simulated day's share of that month: 24 / 730
        assertThat(r.cost().snapStart()).isEqualByComparingTo(new BigDecimal("4.056142654")
                .multiply(BigDecimal.valueOf(24)).divide(BigDecimal.valueOf(730), java.math.MathContext.DECIMAL128));
        ObjectNode json = ScenarioJson.toJson(r);
        assertThat(json.at("/monthly/snapStart").decimalValue()).isEqualByComparingTo("4.05614265"); // JSON money has 8 decimals
    }

    @Test
    void javaAndSnapStartOffPayNothing() {
        assertThat(RUNNER.run(hourly().set("snapstart", "java21").build()).monthly().snapStart()).isZero();
        assertThat(RUNNER.run(hourly().build()).monthly().snapStart()).isZero();
        assertThat(RUNNER.run(hourly().set("snapstart", "no").build()).monthly().snapStart()).isZero();
    }

    @Test
    void whatAwsDoesNotSupportIsRefused() {
        assertThatThrownBy(() -> hourly().set("snapstart", "nodejs20.x").build())
                .hasMessageContaining("nodejs20.x").hasMessageContaining("Java, Python and .NET");
        assertThatThrownBy(() -> RUNNER.run(hourly().set("snapstart", "python3.12").set("ephemeral_mb", "1024").build()))
                .hasMessageContaining("1024 MB").hasMessageContaining("512 MB");
        assertThatThrownBy(() -> RUNNER.run(hourly().set("snapstart", "dotnet8").set("provisioned", "2").build()))
                .hasMessageContaining("provisioned concurrency");
    }
}
