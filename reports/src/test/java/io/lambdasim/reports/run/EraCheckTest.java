package io.lambdasim.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.BreakEvenRequest;
import io.lambdasim.reports.usecase.CostRequest;
import io.lambdasim.reports.usecase.SizingRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a setting the billing era lacks is an error naming the setting, the value and what the
 * era allows, from every use case alike (billing-rules.json cites each era's limits).
 */
class EraCheckTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner(List.of(), PriceBookPricing::forOptions);
    private static final String GEN = "constant(1s);duration=const(100ms);horizon=1h";

    private static void failsOn(Setting<?> setting, String value, String reason, ThrowingCallable call) {
        SettingException e = catchThrowableOfType(call, SettingException.class);
        assertThat(e).as("a SettingException on " + setting.key()).isNotNull();
        assertThat(e.setting()).isEqualTo(setting);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.reason()).contains(reason);
    }

    private static ScenarioOptions.Builder scenario(String rules) {
        return ScenarioOptions.builder().generate(GEN).set("rules", rules);
    }

    @Test
    void costBreakEvenAndSizingCheckTheEraBeforeComputing() {
        // arm64 from Sep 2021 (Graviton2 blog): not under the Dec 2020 rules as they were.
        failsOn(Settings.ARCH, "arm64", "aws-2020-12-strict has x86_64 only (arm64 from Sep 2021: aws-2021-09)",
                () -> UseCases.cost(CostRequest.from(SettingValues.of(Map.of("requests", "3000000", "duration_ms", "120",
                        "memory_mb", "1536", "arch", "arm64", "rules", "aws-2020-12-strict")))));
        // 3,008 MB from Nov 2017; aws-2014 stops at 1,536 MB.
        failsOn(Settings.MEMORY_MB, "3008", "outside aws-2014's range 128..1536 MB",
                () -> UseCases.breakEven(BreakEvenRequest.from(SettingValues.of(Map.of("duration_ms", "100",
                        "memory_mb", "3008", "rules", "aws-2014")))));
        // /tmp above 512 MB from Mar 2022 (larger ephemeral storage blog).
        failsOn(Settings.EPHEMERAL_MB, "2048", "fixed at 512 MB",
                () -> UseCases.cost(CostRequest.from(SettingValues.of(Map.of("requests", "1", "duration_ms", "120",
                        "memory_mb", "1536", "ephemeral_mb", "2048", "rules", "aws-2018-10")))));
        // Compute Savings Plans cover Lambda from Feb 2020.
        failsOn(Settings.SAVINGS_PLAN, "0.17", "aws-2017-11 has no Compute Savings Plans",
                () -> UseCases.cost(CostRequest.from(SettingValues.of(Map.of("requests", "1", "duration_ms", "120",
                        "memory_mb", "1536", "savings_plan", "0.17", "rules", "aws-2017-11")))));
        failsOn(Settings.MEMORY_SIZES, "3008", "outside aws-2014's range",
                () -> UseCases.sizing(SizingRequest.from(SettingValues.of(Map.of("generate", GEN,
                        "memory_sizes", "128,3008", "rules", "aws-2014")))));
        failsOn(Settings.ARCHES, "arm64", "x86_64 only",
                () -> UseCases.sizing(SizingRequest.from(SettingValues.of(Map.of("generate", GEN,
                        "arches", "x86_64,arm64", "rules", "aws-2018-10")))));
    }

    @Test
    void aScenarioChecksEverySettingAgainstItsEra() {
        failsOn(Settings.PROVISIONED, "2", "aws-2014 has no provisioned concurrency (provisioned concurrency from Dec 2019",
                () -> RUNNER.run(scenario("aws-2014").set("provisioned", "2").build()));
        failsOn(Settings.TIMEOUT, "15m", "outside aws-2017-11's range 1..300 s",
                () -> RUNNER.run(scenario("aws-2017-11").set("timeout", "900s").build()));
        failsOn(Settings.ARCH, "arm64", "x86_64 only",
                () -> RUNNER.run(scenario("aws-2018-10").set("arch", "arm64").build()));
        failsOn(Settings.SAVINGS_PLAN, "0.17", "no Compute Savings Plans",
                () -> RUNNER.run(scenario("aws-2014").set("savings_plan", "0.17").build()));
        failsOn(Settings.EPHEMERAL_MB, "1024", "fixed at 512 MB",
                () -> RUNNER.run(scenario("aws-2020-12-strict").set("ephemeral_mb", "1024").build()));
        failsOn(Settings.MEMORY_MB, "10240", "128..3008 MB",
                () -> RUNNER.run(scenario("aws-2018-10").set("memory_mb", "10240").build()));
        failsOn(Settings.SNAPSTART, "python3.12", "aws-2021-09 has no SnapStart (SnapStart from Nov 2022: aws-2022-08)",
                () -> RUNNER.run(scenario("aws-2021-09").set("snapstart", "python3.12").build()));
    }

    @Test
    void aFunctionsFileValueTheEraLacksNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("functions.csv");
        Files.writeString(f, "function,memory_mb,provisioned\napi,1024,\nreport,3008,\n");
        assertThatThrownBy(() -> RUNNER.run(scenario("aws-2014").set("functions", f.toString()).build()))
                .hasMessage(f + ":3: memory_mb '3008': outside aws-2014's range 128..1536 MB in steps of 64 MB");
        Files.writeString(f, "function,memory_mb,provisioned\napi,1024,5\n");
        assertThatThrownBy(() -> RUNNER.run(scenario("aws-2017-11").set("functions", f.toString()).build()))
                .hasMessageStartingWith(f + ":2: provisioned '5': aws-2017-11 has no provisioned concurrency");
    }

    @Test
    void underThe2020RulesAFunctionWithProvisionedConcurrencyPaysItsRequestsInFull() {
        // One call a second, 100 ms, for an hour, projected to 730 h: about 2.6 M requests a month, every
        // one served by the one provisioned environment. The current pricing page takes the 1 M free
        // requests off; the Dec 2020 page gives a function with PC no free tier: 1 M x $0.20/M = $0.20 more.
        // PC charges are the same under both and never free.
        ScenarioResult now = RUNNER.run(scenario("aws-2022-08").set("provisioned", "1").build());
        ScenarioResult old = RUNNER.run(scenario("aws-2020-12").set("provisioned", "1").build());
        assertThat(old.monthly().requests().subtract(now.monthly().requests())).isEqualByComparingTo("0.20");
        assertThat(old.monthly().provisioned()).isEqualByComparingTo(now.monthly().provisioned());
        assertThat(now.monthly().provisioned()).isPositive();
        // Without PC the free tier applies under both.
        ScenarioResult plainNow = RUNNER.run(scenario("aws-2022-08").build());
        ScenarioResult plainOld = RUNNER.run(scenario("aws-2020-12").build());
        assertThat(plainOld.monthly().requests()).isEqualByComparingTo(plainNow.monthly().requests());
        assertThat(plainOld.monthly().compute()).isEqualByComparingTo(plainNow.monthly().compute());
        assertThat(plainNow.monthly().requests()).isLessThan(old.monthly().requests());
    }
}
